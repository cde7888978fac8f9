package edu.yiban.sdk;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One runtime serves many threads at once: writers recording entries, evaluators evaluating, readers
 * reading, with a plugin's indicator and listener running — nothing is lost, every chain verifies, and the
 * evaluation afterwards equals the one a fresh runtime gives on the same records.
 */
class ConcurrentUseTest {
    private static final int WRITERS = 4;
    private static final int ENTRIES_PER_WRITER = 60;

    @Test
    void writersEvaluatorsAndReadersShareOneRuntime() throws Exception {
        AtomicInteger told = new AtomicInteger();
        YibanPlugin counting = new YibanPlugin() {
            @Override
            public String id() {
                return "counting";
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public void register(PluginContext context) {
                context.archiveListener(record -> told.incrementAndGet());
            }
        };
        LedgerStore store = LedgerStore.inMemory();
        List<StudentNo> students = new ArrayList<>();
        try (Yiban yiban = Yiban.builder().clock(Campus.clock()).store(store).plugin(counting)
                .plugin(new TestPlugins.LibraryPlugin(s -> s.hashCode() % 7)).config(TestPlugins.librarySettings()).build()) {
            Campus.fill(yiban.campus());
            for (int i = 1; i <= WRITERS * 3; i++) {
                StudentNo s = StudentNo.of(String.format("20220101%02d", 10 + i));
                students.add(s);
                yiban.campus().enrol(Enrolment.of(s, "学生" + i, Campus.EDU2201, LocalDate.of(2022, 9, 1)));
            }

            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                List<StudentNo> mine = students.subList(w * 3, w * 3 + 3);
                work.add(pool.submit(() -> {
                    start.await();
                    for (int e = 0; e < ENTRIES_PER_WRITER; e++) {
                        StudentNo s = mine.get(e % 3);
                        yiban.archive(s).record(ArchiveEntry.builder().date(LocalDate.of(2022, 10, 1 + e % 28)).term(T2022_1)
                                .category(Category.ACTIVITY).title("活动 " + e).points(Dimension.MORAL, Points.of("0.5"))
                                .source(SourceSystem.YIBAN).recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build());
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 5; i++) {
                        assertThat(yiban.evaluateStudents(T2022_1).clean()).isTrue();
                    }
                    return null;
                }));
                work.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 200; i++) {
                        yiban.archive(students.get(i % students.size())).timeline(Viewer.of(COUNSELLOR));
                        assertThat(yiban.plugins()).hasSize(2);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();

            int written = WRITERS * ENTRIES_PER_WRITER;
            long entries = students.stream().mapToLong(s -> yiban.archive(s).history(Viewer.of(COUNSELLOR)).size()).sum();
            assertThat(entries).isEqualTo(written);
            assertThat(told.get()).isEqualTo(written);
            assertThat(yiban.core().verify().ok()).isTrue();
            assertThat(yiban.faults()).isEmpty();

            // a fresh runtime over the same records evaluates to the same results
            var after = yiban.evaluateStudents(T2022_1).results();
            LedgerStore copy = LedgerStore.inMemory();
            List<StoredRecord> all = store.readAll(1, Integer.MAX_VALUE);
            for (StoredRecord r : all) {
                copy.append(r.stream(), r.sequence() - 1,
                        List.of(new PendingRecord(r.sequence(), r.type(), r.recordedAt(), r.payload(), r.hash())));
            }
            try (Yiban fresh = Yiban.builder().clock(Campus.clock()).store(copy)
                    .plugin(new TestPlugins.LibraryPlugin(s -> s.hashCode() % 7)).config(TestPlugins.librarySettings()).build()) {
                assertThat(fresh.evaluateStudents(T2022_1).results()).isEqualTo(after);
            }
        }
    }
}

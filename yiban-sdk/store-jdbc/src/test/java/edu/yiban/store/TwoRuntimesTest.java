package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.sdk.Yiban;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two runtimes in one JVM over one database, neither with a follower thread, so that only the catch-up every call makes
 * before it answers keeps them in step: a student enrolled through one is known to the other at once, and while both
 * record entries into the same archives from two threads each, every write acknowledged through one is seen by the
 * other's very next read, and in the end both evaluate the term alike, counting every acknowledged entry.
 */
class TwoRuntimesTest {
    private static final int THREADS_EACH = 2;
    private static final int WRITES_EACH = 60;

    static List<TestDatabase> databases() {
        return TestDatabase.each();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoRuntimesOnOneDatabaseSeeEveryWriteTheOtherAcknowledged(TestDatabase database) throws Exception {
        try (Yiban a = runtime(database); Yiban b = runtime(database)) {
            Campus.fill(a.campus());
            assertThat(b.campus().students()).hasSameSizeAs(a.campus().students()).isNotEmpty();

            StudentNo enrolledThroughB = StudentNo.of("2022019001");
            b.campus().enrol(Enrolment.of(enrolledThroughB, "孙悦", Campus.EDU2201, LocalDate.of(2022, 9, 1)));
            assertThat(a.campus().student(enrolledThroughB)).isPresent();
            EntryRef first = a.archive(enrolledThroughB).record(grade(enrolledThroughB, 0, 80));
            assertThat(b.archive(enrolledThroughB).version()).isEqualTo(first.sequence());

            List<StudentNo> students = List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI, enrolledThroughB);
            AtomicInteger acknowledged = new AtomicInteger(1);
            AtomicInteger refused = new AtomicInteger();
            Map<String, Long> stale = new ConcurrentHashMap<>();
            ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_EACH);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 2 * THREADS_EACH; t++) {
                    Yiban writer = t % 2 == 0 ? a : b;
                    Yiban reader = t % 2 == 0 ? b : a;
                    int thread = t;
                    done.add(threads.submit(() -> {
                        for (int i = 0; i < WRITES_EACH; i++) {
                            StudentNo student = students.get((thread + i) % students.size());
                            EntryRef ref;
                            try {
                                ref = writer.archive(student).record(grade(student, thread * 1000 + i, 60 + i % 40));
                            } catch (ConcurrencyException spent) {
                                refused.incrementAndGet(); // nothing was written: not acknowledged
                                continue;
                            }
                            acknowledged.incrementAndGet();
                            long seen = reader.archive(student).version();
                            if (seen < ref.sequence()) {
                                stale.put(student + "#" + ref.sequence(), seen);
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                threads.shutdownNow();
            }

            assertThat(stale).as("reads that missed a write acknowledged before them").isEmpty();
            long entries = a.core().archives().columns().term(Campus.T2022_1).size();
            assertThat(b.core().archives().columns().term(Campus.T2022_1).size()).isEqualTo(entries);
            assertThat(entries).isEqualTo(acknowledged.get());
            assertThat(a.scoring().students().evaluate(Campus.T2022_1).results())
                    .isEqualTo(b.scoring().students().evaluate(Campus.T2022_1).results());
            assertThat(a.core().verify().ok()).isTrue();
            System.out.printf("two runtimes on %s: %d entries acknowledged, %d refused after every retry; each runtime "
                    + "saw %d, lost 0%n", database, acknowledged.get(), refused.get(), entries);

            try (Yiban c = runtime(database)) {
                assertThat(c.core().archives().columns().term(Campus.T2022_1).size()).isEqualTo(entries);
                assertThat(c.scoring().students().evaluate(Campus.T2022_1).results())
                        .isEqualTo(a.scoring().students().evaluate(Campus.T2022_1).results());
            }
        }
    }

    private static Yiban runtime(TestDatabase database) {
        return Yiban.builder().store(database.open()).clock(Campus.clock()).follow(Duration.ZERO).build();
    }

    private static ArchiveEntry grade(StudentNo student, int n, int score) {
        return ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(Campus.T2022_1).category(Category.ACADEMIC)
                .title("C" + n + " " + score).attribute("course", "C" + n).attribute("credits", "2")
                .attribute("score", Integer.toString(score)).source(SourceSystem.ACADEMIC_AFFAIRS)
                .recordedBy(Campus.COUNSELLOR).visibility(Visibility.FAMILY).build();
    }
}

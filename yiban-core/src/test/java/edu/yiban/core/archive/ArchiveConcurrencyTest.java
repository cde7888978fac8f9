package edu.yiban.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight writers recording into overlapping archives: every entry kept once, columns complete, chains intact. */
class ArchiveConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ENTRIES_PER_THREAD = 250;

    @Test
    void eightThreadsRecordingIntoSixSharedArchivesLoseAndDuplicateNothing() throws Exception {
        YibanCore core = Campus.open();
        List<StudentNo> students = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StudentNo no = StudentNo.of("20220109" + i + "0");
            core.directory().enrol(Enrolment.of(no, "学生" + i, Campus.EDU2201, LocalDate.of(2022, 9, 1)));
            students.add(no);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<EntryRef>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Random random = new Random(thread);
                List<EntryRef> refs = new ArrayList<>();
                start.await();
                for (int i = 0; i < ENTRIES_PER_THREAD; i++) {
                    StudentNo student = students.get(random.nextInt(students.size()));
                    refs.add(core.archives().of(student).record(Campus.entry(Campus.T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS)
                            .toBuilder().title(thread + "/" + i).build()));
                }
                return refs;
            }));
        }
        start.countDown();
        Set<EntryRef> refs = new HashSet<>();
        for (Future<List<EntryRef>> f : futures) {
            refs.addAll(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(refs).hasSize(THREADS * ENTRIES_PER_THREAD);
        Set<String> titles = new HashSet<>();
        for (StudentNo s : students) {
            List<ArchiveRecord> timeline = core.archives().of(s).timeline(Viewer.of(PersonId.of(s.value())));
            timeline.forEach(r -> assertThat(titles.add(r.entry().title())).isTrue());
            assertThat(core.archives().of(s).version()).isEqualTo(timeline.size());
        }
        assertThat(titles).hasSize(THREADS * ENTRIES_PER_THREAD);
        assertThat(core.archives().columns().term(Campus.T2022_1).size()).isEqualTo(THREADS * ENTRIES_PER_THREAD);
        assertThat(core.verify().ok()).isTrue();
    }
}

package edu.yiban.core.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Space;
import edu.yiban.core.visibility.Visibility;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two cores over one store, as two app servers over one database: each call catches up with the store's log before it
 * answers, so what one core wrote and acknowledged the other reads at once, with no follower thread and no write of its
 * own to that stream.
 */
class TwoCoresTest {
    private static final LocalDate ENROLLED = LocalDate.of(2022, 9, 1);

    @Test
    void aStudentEnrolledThroughOneCoreIsKnownToTheOtherAtOnce() {
        LedgerStore store = LedgerStore.inMemory();
        try (YibanCore a = Campus.open(store); YibanCore b = core(store)) {
            assertThat(b.directory().students()).hasSameSizeAs(a.directory().students()).hasSize(3);

            StudentNo sun = StudentNo.of("2022019001");
            b.directory().enrol(Enrolment.of(sun, "孙悦", Campus.EDU2201, ENROLLED));

            assertThat(a.directory().student(sun)).isPresent();
            assertThat(a.directory().studentsOf(Campus.EDU2201)).extracting(s -> s.studentNo()).contains(sun);
            assertThat(a.archives().of(sun).version()).isZero();
            assertThat(a.directory().version()).isEqualTo(b.directory().version());
        }
    }

    @Test
    void entriesRecordedThroughOneCoreAreInTheOthersColumnsAtOnce() {
        LedgerStore store = LedgerStore.inMemory();
        try (YibanCore a = Campus.open(store); YibanCore b = core(store)) {
            EntryRef one = b.archives().of(Campus.LI_MING).record(entry("1"));
            assertThat(a.archives().of(Campus.LI_MING).version()).isEqualTo(one.sequence());
            assertThat(a.archives().columns().term(Campus.T2022_1).size()).isEqualTo(1);

            // a batch to several archives through one core, then one more entry through the other, on top of it
            b.archives().recordAll(Map.of(Campus.WANG_FANG, List.of(entry("2"), entry("3")), Campus.ZHAO_LEI, List.of(entry("4"))));
            EntryRef five = a.archives().of(Campus.WANG_FANG).record(entry("5"));

            assertThat(five.sequence()).isEqualTo(3);
            assertThat(a.archives().columns().term(Campus.T2022_1).size()).isEqualTo(5);
            assertThat(b.archives().columns().term(Campus.T2022_1).size()).isEqualTo(5);
            assertThat(a.verify().ok()).isTrue();
        }
    }

    @Test
    void aSpaceOpenedAndPostedToThroughOneCoreIsListedAndReadByTheOther() {
        LedgerStore store = LedgerStore.inMemory();
        try (YibanCore a = Campus.open(store); YibanCore b = core(store)) {
            Space opened = b.spaces().openForClass(Campus.EDU2201);
            assertThat(a.spaces().spaces()).extracting(p -> p.id()).containsExactly(opened.id());

            Space seenByA = a.spaces().ofClass(Campus.EDU2201);
            long before = seenByA.version();
            b.spaces().ofClass(Campus.EDU2201).post(Campus.COUNSELLOR, Post.of("周五晚班会在 11 栋活动室"));
            assertThat(seenByA.posts()).hasSize(1);
            assertThat(seenByA.version()).isEqualTo(before + 1);

            // and the other way round, on a space the first core already holds
            seenByA.post(Campus.COUNSELLOR, Post.of("请准时参加"));
            assertThat(b.spaces().ofClass(Campus.EDU2201).posts()).hasSize(2);
            assertThat(b.spaces().find(edu.yiban.core.space.SpaceId.ofClass(ClassId.of("MATH2201")))).isEmpty();
        }
    }

    @Test
    void aReadFailsWithTheStoresErrorWhenTheStoreCannotSayItsHead() {
        LedgerStore store = LedgerStore.inMemory();
        YibanCore a = Campus.open(store);
        store.close();
        assertThatThrownBy(() -> a.directory().students()).isInstanceOf(StoreException.class);
        a.close();
    }

    @Test
    void theFollowerThreadStopsWhenTheCoreCloses() {
        LedgerStore store = LedgerStore.inMemory();
        YibanCore a = YibanCore.builder().store(store).clock(Campus.clock()).follow(Duration.ofMillis(20)).build();
        List<Thread> threads = followerThreads();
        assertThat(threads).isNotEmpty();
        a.close();
        // the executor is terminated when close() returns; its worker thread may take a moment more to end
        threads.forEach(TwoCoresTest::awaitEnd);
        assertThat(followers()).isZero();
        assertThatThrownBy(() -> YibanCore.builder().follow(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    private static long followers() {
        return followerThreads().size();
    }

    private static List<Thread> followerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("yiban-follow") && t.isAlive()).toList();
    }

    private static void awaitEnd(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static YibanCore core(LedgerStore store) {
        return YibanCore.builder().store(store).clock(Campus.clock()).build();
    }

    private static edu.yiban.core.archive.ArchiveEntry entry(String points) {
        return Campus.entry(Campus.T2022_1, LocalDate.of(2022, 10, 1), points, Visibility.FAMILY);
    }
}

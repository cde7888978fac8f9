package edu.yiban.core.archive;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.PARENT;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.T2022_2;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrowthArchiveTest {
    private static final Viewer SELF = Viewer.of(PersonId.of(LI_MING.value()));
    private final YibanCore core = Campus.open();
    private final GrowthArchive archive = core.archives().of(LI_MING);

    @Test
    void theTimelineListsEffectiveEntriesByDateThenRecordingOrder() {
        EntryRef late = archive.record(entry(T2022_1, LocalDate.of(2022, 12, 1), "2", Visibility.CAMPUS));
        EntryRef early = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS));
        EntryRef sameDay = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "3", Visibility.CAMPUS));

        assertThat(archive.timeline(SELF)).extracting(ArchiveRecord::ref).containsExactly(early, sameDay, late);
        assertThat(early).hasToString("2022010101#2");
    }

    @Test
    void aCorrectionReplacesTheEntryWhichStaysInTheHistory() {
        EntryRef wrong = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "6", Visibility.CAMPUS));

        EntryRef right = archive.correct(wrong, entry(T2022_1, LocalDate.of(2022, 10, 1), "4", Visibility.CAMPUS), "获奖等级录入有误");

        assertThat(archive.timeline(SELF)).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo(right);
            assertThat(r.corrects()).hasValue(wrong);
            assertThat(r.reason()).hasValue("获奖等级录入有误");
        });
        assertThat(archive.history(SELF)).extracting(ArchiveRecord::ref, ArchiveRecord::effective)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(wrong, false), org.assertj.core.groups.Tuple.tuple(right, true));
        assertThat(archive.history(SELF).get(0).endedBy()).hasValue(right);
        assertThat(archive.totals(SELF).of(Dimension.MORAL)).isEqualTo(Points.of(4));
    }

    @Test
    void aCorrectedEntryCannotBeCorrectedAgain() {
        EntryRef wrong = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "6", Visibility.CAMPUS));
        archive.correct(wrong, entry(T2022_1, LocalDate.of(2022, 10, 1), "4", Visibility.CAMPUS), "更正");
        long version = archive.version();

        assertThatThrownBy(() -> archive.correct(wrong, entry(T2022_1, LocalDate.of(2022, 10, 1), "5", Visibility.CAMPUS), "再更正"))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message(MessageBundle.ZH)).isEqualTo("条目 2022010101#1 已被更正或撤销；请更正替代它的条目");
                    assertThat(e.message(MessageBundle.EN)).startsWith("entry 2022010101#1 was already corrected or revoked");
                });
        assertThat(archive.version()).isEqualTo(version);
    }

    @Test
    void aRevokedEntryLeavesTheTimelineAndItsRevocationIsKept() {
        EntryRef mistaken = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.CAMPUS));

        EntryRef revocation = archive.revoke(mistaken, "重复录入", COUNSELLOR);

        assertThat(archive.timeline(SELF)).isEmpty();
        assertThat(archive.revocations(SELF)).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo(revocation);
            assertThat(r.revokes()).isEqualTo(mistaken);
            assertThat(r.by()).isEqualTo(COUNSELLOR);
        });
        assertThatThrownBy(() -> archive.revoke(revocation, "撤销撤销记录", COUNSELLOR)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEntryOfAnotherStudentCannotBeCorrectedHere() {
        EntryRef hers = core.archives().of(WANG_FANG).record(entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.CAMPUS));

        assertThatThrownBy(() -> archive.correct(hers, entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS), "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("target"));
    }

    @Test
    void totalsAddEachDimensionExactlyPerTermAndOverall() {
        archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "0.1", Visibility.CAMPUS));
        archive.record(entry(T2022_1, LocalDate.of(2022, 10, 2), "0.2", Visibility.CAMPUS));
        archive.record(entry(T2022_2, LocalDate.of(2023, 3, 2), "1.25", Visibility.CAMPUS));
        archive.record(ArchiveEntry.builder().date(LocalDate.of(2023, 3, 3)).term(T2022_2).category(Category.DISCIPLINE)
                .points(Dimension.MORAL, Points.of("-3")).title("通报批评").source(SourceSystem.STUDENT_AFFAIRS)
                .recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build());

        // 0.10 + 0.20 = 0.30 exactly (no 0.30000000000000004); 1.25 - 3 = -1.75
        assertThat(archive.totals(SELF, T2022_1).of(Dimension.MORAL)).hasToString("0.30");
        assertThat(archive.totals(SELF, T2022_2).of(Dimension.MORAL)).hasToString("-1.75");
        assertThat(archive.totals(SELF).of(Dimension.MORAL)).hasToString("-1.45");
        assertThat(archive.totals(SELF).of(Dimension.PHYSICAL)).isEqualTo(Points.ZERO);
        assertThat(archive.entries(SELF, T2022_2, Category.DISCIPLINE)).hasSize(1);
    }

    @Test
    void aParentSeesOnlyWhatIsSharedWithParentsAndTheTotalsOfThat() {
        archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.FAMILY));
        archive.record(entry(T2022_1, LocalDate.of(2022, 10, 2), "5", Visibility.CAMPUS));
        archive.record(entry(T2022_1, LocalDate.of(2022, 10, 3), "1", Visibility.PUBLIC));

        assertThat(archive.timeline(Viewer.of(PARENT))).extracting(r -> r.entry().points().orElseThrow())
                .containsExactly(Points.of(2), Points.of(1));
        assertThat(archive.totals(Viewer.of(PARENT)).of(Dimension.MORAL)).isEqualTo(Points.of(3));
        assertThat(archive.timeline(Viewer.anonymous())).hasSize(1);
        assertThat(archive.timeline(Viewer.of(COUNSELLOR))).hasSize(3);
    }

    @Test
    void recordAllIsAllOrNothingForOneStudent() {
        ArchiveEntry good = entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS);
        ArchiveEntry bad = good.toBuilder().term(TermId.parse("2030-2031-1")).build();

        assertThatThrownBy(() -> archive.recordAll(List.of(good, bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("entries[1].term")));
        assertThat(archive.version()).isZero();
        assertThat(core.ledger().version(StreamId.of("archive", LI_MING.value()))).isZero();
    }

    @Test
    void anImportForManyStudentsIsCheckedWholeBeforeAnythingIsWritten() {
        ArchiveEntry good = entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS);
        ArchiveEntry bad = good.toBuilder().title(" ").build();

        assertThatThrownBy(() -> core.archives().recordAll(Map.of(LI_MING, List.of(good), WANG_FANG, List.of(good, bad))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("entries[2022010102][1].title")));
        assertThat(core.archives().columns().rows()).isZero();

        Map<StudentNo, List<EntryRef>> written = core.archives().recordAll(Map.of(LI_MING, List.of(good), WANG_FANG, List.of(good, good)));
        assertThat(written.get(WANG_FANG)).hasSize(2);
        assertThat(core.archives().columns().rows()).isEqualTo(3);
    }

    @Test
    void anEntryMustFallInATermOfTheStudentsStudy() {
        core.directory().changeStatus(LI_MING, new StatusChange(StudentStatus.WITHDRAWN, LocalDate.of(2022, 12, 31), "退学"));

        archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS));
        assertThatThrownBy(() -> archive.record(entry(T2022_2, LocalDate.of(2023, 3, 1), "1", Visibility.CAMPUS)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("term");
                        assertThat(v.zh()).isEqualTo("学期 2022-2023-2 不在学生 2022010101 的在籍期间内（入学 2022-09-01，离校 2022-12-31）");
                        assertThat(v.en()).isEqualTo("term 2022-2023-2 lies outside the study of student 2022010101 (enrolled 2022-09-01, left 2022-12-31)");
                    });
                });
    }

    @Test
    void pointsNeedADimensionAndStayWithinBounds() {
        ArchiveEntry noDimension = entry(T2022_1, LocalDate.of(2022, 10, 1), "1", Visibility.CAMPUS).toBuilder().dimension(null).build();
        ArchiveEntry huge = entry(T2022_1, LocalDate.of(2022, 10, 1), "1000000.01", Visibility.CAMPUS);

        assertThatThrownBy(() -> archive.record(noDimension)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("dimension"));
        assertThatThrownBy(() -> archive.record(huge)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("points"));
    }

    @Test
    void aStudentTheDirectoryDoesNotKnowHasNoArchive() {
        assertThatThrownBy(() -> core.archives().of(StudentNo.of("2099000001")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.message(MessageBundle.ZH)).isEqualTo("不存在学生 2099000001"));
    }

    @Test
    void theColumnsHoldEveryEntryOfATermAndMarkCorrectedOnesIneffective() {
        EntryRef first = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.CAMPUS));
        core.archives().of(WANG_FANG).record(entry(T2022_1, LocalDate.of(2022, 10, 5), "3.5", Visibility.PUBLIC));
        archive.correct(first, entry(T2022_2, LocalDate.of(2023, 3, 1), "2.5", Visibility.CAMPUS), "学期录错");
        ArchiveColumns columns = core.archives().columns();

        TermColumns autumn = columns.term(T2022_1);
        assertThat(autumn.size()).isEqualTo(2);
        assertThat(columns.student(autumn.student(0))).isEqualTo(LI_MING);
        assertThat(autumn.effective(0)).isFalse();
        assertThat(autumn.effective(1)).isTrue();
        assertThat(autumn.points(1)).isEqualTo(350);
        assertThat(autumn.dimension(1)).isEqualTo(Dimension.MORAL.ordinal());
        assertThat(autumn.epochDay(1)).isEqualTo((int) LocalDate.of(2022, 10, 5).toEpochDay());
        assertThat(columns.category(autumn.category(1))).isEqualTo(Category.VOLUNTEER);
        assertThat(columns.attributes(autumn.attributes(1))).containsEntry("hours", "8");
        assertThat(autumn.visibility(1)).isEqualTo(Visibility.PUBLIC.mask());
        TermColumns spring = columns.term(T2022_2);
        assertThat(spring.size()).isEqualTo(1);
        assertThat(spring.sequence(0)).isEqualTo(2);
        assertThat(columns.terms()).containsExactly(T2022_1, T2022_2);
        assertThat(columns.term(TermId.parse("2030-2031-1")).size()).isZero();
    }

    @Test
    void aSnapshotDoesNotChangeWhenLaterEntriesArriveOrAreCorrected() {
        EntryRef first = archive.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.CAMPUS));
        TermColumns before = core.archives().columns().term(T2022_1);

        archive.correct(first, entry(T2022_1, LocalDate.of(2022, 10, 1), "3", Visibility.CAMPUS), "更正");

        assertThat(before.size()).isEqualTo(1);
        assertThat(before.effective(0)).isTrue();
        assertThat(core.archives().columns().term(T2022_1).effective(0)).isFalse();
    }

    @Test
    void anArchiveReopenedFromItsStoreHasTheSameEntriesAndColumns() {
        LedgerStore store = LedgerStore.inMemory();
        YibanCore live = Campus.open(store);
        GrowthArchive li = live.archives().of(LI_MING);
        EntryRef first = li.record(entry(T2022_1, LocalDate.of(2022, 10, 1), "2", Visibility.CAMPUS));
        li.correct(first, entry(T2022_1, LocalDate.of(2022, 10, 1), "3", Visibility.CAMPUS), "更正");
        live.archives().of(WANG_FANG).record(entry(T2022_2, LocalDate.of(2023, 3, 1), "1", Visibility.PUBLIC));

        YibanCore reopened = YibanCore.builder().store(store).clock(Campus.clock()).build();

        assertThat(reopened.archives().of(LI_MING).history(SELF)).isEqualTo(li.history(SELF));
        assertThat(reopened.archives().columns().rows()).isEqualTo(3);
        TermColumns autumn = reopened.archives().columns().term(T2022_1);
        assertThat(autumn.effective(0)).isFalse();
        assertThat(autumn.effective(1)).isTrue();
        assertThat(reopened.archives().of(LI_MING).version()).isEqualTo(2);
        assertThat(reopened.verify().ok()).isTrue();
    }

    @Test
    void aColumnRowCostsTwentyFiveBytesAndArraysGrowByHalf() {
        List<ArchiveEntry> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            batch.add(entry(T2022_1, LocalDate.of(2022, 10, 1).plusDays(i % 90), Integer.toString(i % 7), Visibility.CAMPUS));
        }
        archive.recordAll(batch);
        ArchiveColumns columns = core.archives().columns();

        // 5 ints (student, sequence, day, points, attribute set) + 1 short (category) + 3 bytes (dimension, visibility, flags)
        assertThat(columns.rows()).isEqualTo(10_000);
        assertThat(columns.bytes() % 25).isZero();
        assertThat(columns.bytes()).isBetween(25L * 10_000, 25L * 15_000);
    }
}

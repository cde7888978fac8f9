package edu.yiban.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.internal.archive.Projections;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The archives' projections (the compact columns and each student's timeline) rebuilt from the store
 * equal the live ones after any sequence of recordings, corrections and revocations; and the columns
 * agree with the timelines on every effective entry's points.
 */
class ArchiveProjectionProperties {
    private static final List<StudentNo> STUDENTS = List.of(Campus.LI_MING, Campus.WANG_FANG, Campus.ZHAO_LEI);
    private static final List<TermId> TERMS = List.of(Campus.T2022_1, Campus.T2022_2, Campus.T2023_1);

    /** One step: 0 record, 1 correct, 2 revoke; for a student; the rest picks entries and values. */
    record Step(int kind, int student, int term, int points, int pick) {
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(-500, 2000),
                Arbitraries.integers().between(0, 100)).as(Step::new);
    }

    @Property(tries = 60)
    void projectionsRebuiltFromTheStoreEqualTheLiveOnes(@ForAll @Size(max = 40) List<@net.jqwik.api.From("steps") Step> steps) {
        LedgerStore store = LedgerStore.inMemory();
        YibanCore live = Campus.open(store);
        Map<StudentNo, List<EntryRef>> effective = new HashMap<>();
        for (Step step : steps) {
            StudentNo student = STUDENTS.get(step.student());
            GrowthArchive archive = live.archives().of(student);
            List<EntryRef> mine = effective.computeIfAbsent(student, s -> new ArrayList<>());
            ArchiveEntry entry = Campus.entry(TERMS.get(step.term()), LocalDate.of(2022, 10, 1).plusDays(step.points() & 31),
                    Points.ofHundredths(step.points()).toString(), step.pick() % 2 == 0 ? Visibility.CAMPUS : Visibility.PUBLIC);
            if (step.kind() == 0 || mine.isEmpty()) {
                mine.add(archive.record(entry));
            } else if (step.kind() == 1) {
                EntryRef target = mine.remove(step.pick() % mine.size());
                mine.add(archive.correct(target, entry, "更正"));
            } else {
                archive.revoke(mine.remove(step.pick() % mine.size()), "撤销", Campus.COUNSELLOR);
            }
        }

        YibanCore reopened = YibanCore.builder().store(store).clock(Campus.clock()).build();

        for (TermId term : TERMS) {
            assertThat(Projections.rows(reopened.archives().columns(), term)).isEqualTo(Projections.rows(live.archives().columns(), term));
        }
        for (StudentNo student : STUDENTS) {
            Viewer self = Viewer.of(PersonId.of(student.value()));
            assertThat(reopened.archives().of(student).history(self)).isEqualTo(live.archives().of(student).history(self));
            assertThat(live.archives().of(student).timeline(self)).extracting(ArchiveRecord::ref)
                    .containsExactlyInAnyOrderElementsOf(effective.getOrDefault(student, List.of()));
            for (TermId term : TERMS) {
                assertThat(columnTotal(live.archives().columns(), term, student))
                        .isEqualTo(live.archives().of(student).totals(self, term).total().hundredths());
            }
        }
        assertThat(reopened.verify().ok()).isTrue();
    }

    private static long columnTotal(ArchiveColumns columns, TermId term, StudentNo student) {
        TermColumns t = columns.term(term);
        int index = columns.indexOf(student).orElse(-1);
        long total = 0;
        for (int row = 0; row < t.size(); row++) {
            if (t.student(row) == index && t.effective(row) && t.points(row) != ArchiveColumns.NO_POINTS) {
                total += t.points(row);
            }
        }
        return total;
    }
}

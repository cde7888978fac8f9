package edu.yiban.org.recruitment;

import static edu.yiban.org.SeedCampus.STATION;
import static edu.yiban.org.SeedCampus.student;
import static edu.yiban.org.recruitment.StationCampus.EDU;
import static edu.yiban.org.recruitment.StationCampus.FL;
import static edu.yiban.org.recruitment.StationCampus.MATH;
import static edu.yiban.org.recruitment.StationCampus.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.PersonId;
import edu.yiban.org.SeedCampus;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.recruitment.Selection.Chosen;
import edu.yiban.org.recruitment.Selection.Departure;
import edu.yiban.org.tree.Bound;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.CharterException;
import edu.yiban.org.tree.OrgSnapshot.Appointed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rotation at a term end (换届轮换) on the seed organisation: 24 station students from 2022-09-01 (ranks 1–8
 * of EDU, MATH and FL), ranks 9 and 10 of each college still pending; the spring term 2022-2023-2 ends on
 * 2023-07-10.
 */
class StationRotationTest {
    private static final LocalDate TERM_END = LocalDate.of(2023, 7, 10);
    private static final LocalDate NEXT_DAY = TERM_END.plusDays(1);

    private SeedCampus seed;

    @BeforeEach
    void buildTheSeedOrganisation() {
        seed = SeedCampus.build();
    }

    /**
     * EDU#1 graduates on 2023-06-30 and FL#2 withdraws on 2023-04-01. Target 24:
     * <pre>
     * departures: EDU#1 after 2023-06-29, FL#2 after 2023-03-31   → sitting 22 (EDU 7, FL 7, MATH 8)
     * rounds 1–7: every college already has r or more: nobody
     * round 8:    EDU and FL have 7: EDU#9, FL#9 (rank 9 both: college code order) → 24 = target
     * </pre>
     */
    @Test
    void rotationReplacesAGraduatedAndAWithdrawnStudent() {
        StationCampus.change(seed, EDU, 1, StudentStatus.GRADUATED, LocalDate.of(2023, 6, 30));
        StationCampus.change(seed, FL, 2, StudentStatus.WITHDRAWN, LocalDate.of(2023, 4, 1));

        Selection s = seed.organisation.recruitment(StationCampus.presetWithTarget(24)).rotate(STATION, TERM_END);

        assertThat(s.departures()).extracting(Departure::student, Departure::lastDay, Departure::reason).containsExactly(
                tuple(student(EDU, 1), LocalDate.of(2023, 6, 29), Reason.NOT_STUDYING),
                tuple(student(FL, 2), LocalDate.of(2023, 3, 31), Reason.NOT_STUDYING));
        assertThat(s.departures().get(0).zh()).isEqualTo("学生1-1 (2022010001) 于 2023-06-29 后卸任成员：已不在读（毕业）");
        assertThat(s.departures().get(1).termsServed()).isEqualTo(2);
        assertThat(s.day()).isEqualTo(NEXT_DAY);
        assertThat(s.seats().sitting()).isEqualTo(22);
        assertThat(s.chosen()).extracting(Chosen::student, Chosen::round)
                .containsExactly(tuple(student(EDU, 9), 8), tuple(student(FL, 9), 8));
        assertThat(people(members(seed, NEXT_DAY))).hasSize(24).contains(student(EDU, 9), student(FL, 9))
                .doesNotContain(student(EDU, 1), student(FL, 2));
        assertThat(people(members(seed, LocalDate.of(2023, 3, 1)))).hasSize(24).contains(student(FL, 2)).doesNotContain(student(EDU, 9));
        assertThat(people(members(seed, LocalDate.of(2023, 5, 1)))).hasSize(23).doesNotContain(student(FL, 2));
        assertThat(seed.tree.validate(NEXT_DAY)).noneMatch(v -> v.node().filter(STATION::equals).isPresent());
    }

    @Test
    void studentsWhoServedTheMostTermsLeaveAtTheTermEndAndAreNotChosenAgain() {
        RecruitmentPreset twoTerms = RecruitmentPreset.seed().withMaxTermsServed(Optional.of(2));

        Selection s = seed.organisation.recruitment(twoTerms).rotate(STATION, TERM_END);

        assertThat(s.departures()).hasSize(24).allSatisfy(d -> {
            assertThat(d.reason()).isEqualTo(Reason.TERM_LIMIT);
            assertThat(d.lastDay()).isEqualTo(TERM_END);
            assertThat(d.termsServed()).isEqualTo(2);
        });
        assertThat(s.chosenByCollege()).containsEntry(EDU, 2).containsEntry(FL, 2).containsEntry(MATH, 2);
        assertThat(s.passed(Reason.TERM_LIMIT)).hasSize(24);
        assertThat(s.seats().belowMinimum()).isTrue();
        assertThat(members(seed, NEXT_DAY)).hasSize(6);
    }

    @Test
    void theSeedPresetKeepsStudentsWithinFourTerms() {
        Selection s = seed.organisation.recruitment().previewRotation(STATION, TERM_END);

        assertThat(seed.organisation.recruitment().preset().maxTermsServed()).hasValue(4);
        assertThat(s.departures()).isEmpty();
        assertThat(s.chosen()).hasSize(6);
    }

    @Test
    void aRotationPreviewWritesNothing() {
        StationCampus.change(seed, EDU, 1, StudentStatus.GRADUATED, LocalDate.of(2023, 6, 30));
        long version = seed.tree.version();

        Selection s = seed.organisation.recruitment().previewRotation(STATION, TERM_END);

        assertThat(s.applied()).isFalse();
        assertThat(s.departures()).hasSize(1);
        assertThat(s.chosen()).hasSize(6);
        assertThat(s.seats()).isEqualTo(new Selection.Seats(new Bound(20, 30), 30, 23, 29));
        assertThat(seed.tree.version()).isEqualTo(version);
        assertThat(people(members(seed, NEXT_DAY))).contains(student(EDU, 1)).hasSize(24);
    }

    @Test
    void whenTheCharterRefusesAReplacementTheDeparturesAreNotWrittenEither() {
        StationCampus.change(seed, EDU, 1, StudentStatus.GRADUATED, LocalDate.of(2023, 6, 30));
        Charter concurrentOnly = StationCampus.seedCharterWithStationStudents(slot -> slot.put("concurrent", true));
        YibanOrganisation stricter = YibanOrganisation.builder(seed.core).charter(concurrentOnly).build();
        long version = seed.tree.version();

        assertThatThrownBy(() -> stricter.recruitment().rotate(STATION, TERM_END)).isInstanceOf(CharterException.class);

        assertThat(seed.tree.version()).isEqualTo(version);
        assertThat(people(members(seed, NEXT_DAY))).contains(student(EDU, 1)).hasSize(24);
    }

    private static List<PersonId> people(List<Appointed> appointed) {
        return appointed.stream().map(a -> a.appointment().person()).toList();
    }
}

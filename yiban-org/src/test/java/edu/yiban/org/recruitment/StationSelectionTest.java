package edu.yiban.org.recruitment;

import static edu.yiban.org.SeedCampus.DAY;
import static edu.yiban.org.SeedCampus.STATION;
import static edu.yiban.org.SeedCampus.student;
import static edu.yiban.org.recruitment.StationCampus.EDU;
import static edu.yiban.org.recruitment.StationCampus.FL;
import static edu.yiban.org.recruitment.StationCampus.MATH;
import static edu.yiban.org.recruitment.StationCampus.emptyStation;
import static edu.yiban.org.recruitment.StationCampus.members;
import static edu.yiban.org.recruitment.StationCampus.range;
import static edu.yiban.org.recruitment.StationCampus.recommend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.SeedCampus;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.recruitment.Selection.Chosen;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Bound;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.CharterException;
import edu.yiban.org.tree.CharterViolation.Problem;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.Recommendation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Selecting the work station (工作站招新) from the colleges' recommendations, within the charter and by the preset. */
class StationSelectionTest {

    /**
     * Worked example, target 20 (the charter's least), one sure seat per college. EDU recommends 12
     * students, MATH 8, FL 3, ranked 1.. in each college:
     * <pre>
     * round 1 (sure seats): EDU#1 FL#1 MATH#1   →  3   (equal ranks: college code order)
     * round 2:              EDU#2 FL#2 MATH#2   →  6
     * round 3:              EDU#3 FL#3 MATH#3   →  9   (FL has no one left)
     * rounds 4–8:           EDU#r MATH#r        → 19   (MATH has no one left)
     * round 9:              EDU#9               → 20 = target
     * seats: EDU 9 + FL 3 + MATH 8 = 20; EDU#10–#12 passed over: station full
     * </pre>
     */
    @Test
    void eachCollegeIsSureOfASeatThenTheCollegesTakeTurnsByRank() {
        SeedCampus seed = emptyStation();
        recommend(seed, DAY, EDU, range(1, 12));
        recommend(seed, DAY, MATH, range(1, 8));
        recommend(seed, DAY, FL, range(1, 3));

        Selection s = seed.organisation.recruitment(StationCampus.presetWithTarget(20)).select(STATION, DAY);

        assertThat(s.chosenByCollege()).isEqualTo(Map.of(EDU, 9, FL, 3, MATH, 8));
        assertThat(s.chosen().subList(0, 6)).extracting(Chosen::student)
                .containsExactly(student(EDU, 1), student(FL, 1), student(MATH, 1), student(EDU, 2), student(FL, 2), student(MATH, 2));
        assertThat(s.chosen().subList(0, 3)).allSatisfy(c -> {
            assertThat(c.round()).isEqualTo(1);
            assertThat(c.reason()).isEqualTo(Reason.FLOOR);
        });
        assertThat(s.chosen().get(s.chosen().size() - 1)).satisfies(c -> {
            assertThat(c.student()).isEqualTo(student(EDU, 9));
            assertThat(c.round()).isEqualTo(9);
            assertThat(c.reason()).isEqualTo(Reason.ROUND);
        });
        assertThat(s.passed(Reason.STATION_FULL)).containsExactly(student(EDU, 10), student(EDU, 11), student(EDU, 12));
        assertThat(s.seats()).isEqualTo(new Selection.Seats(new Bound(20, 30), 20, 0, 20));
        assertThat(s.chosen()).allSatisfy(c -> assertThat(c.appointment()).isPresent());
        assertThat(members(seed, DAY)).hasSize(20);
        assertThat(seed.tree.validate(DAY)).noneMatch(v -> v.node().filter(STATION::equals).isPresent());
    }

    @Test
    void eachLineSaysWhyInChineseAndEnglish() {
        SeedCampus seed = emptyStation();
        recommend(seed, DAY, EDU, range(1, 2));

        Selection s = seed.organisation.recruitment().preview(STATION, DAY);

        Chosen first = s.chosen().get(0);
        assertThat(first.message(MessageBundle.ZH)).isEqualTo("学生1-1 (2022010001)：EDU学院 (EDU)推荐第 1 位；第 1 轮入选：每个学院保底 1 个名额");
        assertThat(first.message(MessageBundle.EN)).isEqualTo(
                "学生1-1 (2022010001): recommended by EDU学院 (EDU) as number 1; chosen in round 1: each college is sure of 1 seat(s)");
        assertThat(s.chosen().get(1).en()).endsWith("chosen in round 2: the colleges take turns by their ranks");
    }

    @Test
    void aCollegeIsSureOfItsSeatEvenPastTheTargetWithinTheCharterMaximum() {
        SeedCampus seed = emptyStation();
        recommend(seed, DAY, EDU, range(1, 10));
        recommend(seed, DAY, MATH, range(1, 10));
        StationRecruitment recruitment = seed.organisation.recruitment(StationCampus.presetWithTarget(20));
        assertThat(recruitment.select(STATION, DAY).seats().after()).isEqualTo(20);
        LocalDate later = DAY.plusDays(30);
        recommend(seed, later, FL, range(1, 2));

        Selection s = recruitment.select(STATION, later);

        assertThat(s.chosenStudents()).containsExactly(student(FL, 1));
        assertThat(s.chosen().get(0).reason()).isEqualTo(Reason.FLOOR);
        assertThat(s.seats().after()).isEqualTo(21);
        assertThat(s.passed(Reason.STATION_FULL)).contains(student(FL, 2));
    }

    @Test
    void aTargetAboveTheCharterMaximumIsHeldToTheMaximum() {
        SeedCampus seed = SeedCampus.build();
        for (CollegeId college : SeedCampus.COLLEGES) {
            seed.tree.recommend(new Recommendation(STATION, college, student(college, 11), 11, DAY));
        }

        Selection s = seed.organisation.recruitment(StationCampus.presetWithTarget(40)).select(STATION, DAY);

        assertThat(s.seats().target()).isEqualTo(30);
        assertThat(s.seats().sitting()).isEqualTo(24);
        assertThat(s.chosen()).hasSize(6);
        assertThat(s.passed(Reason.STATION_FULL)).containsExactly(student(EDU, 11), student(FL, 11), student(MATH, 11));
        assertThat(members(seed, DAY)).hasSize(30);
        assertThat(seed.tree.validate(DAY)).isEmpty();
    }

    @Test
    void aFullStationChoosesNobodyAndWritesNothing() {
        SeedCampus seed = SeedCampus.build();
        seed.organisation.recruitment().select(STATION, DAY);
        assertThat(members(seed, DAY)).hasSize(30);
        recommend(seed, DAY, EDU, 11);
        long version = seed.tree.version();

        Selection s = seed.organisation.recruitment().select(STATION, DAY);

        assertThat(s.chosen()).isEmpty();
        assertThat(s.passed(Reason.STATION_FULL)).containsExactly(student(EDU, 11));
        assertThat(s.passed(Reason.ON_STATION)).hasSize(30);
        assertThat(seed.tree.version()).isEqualTo(version);
    }

    @Test
    void whenTheCharterRefusesAnyAppointmentTheWholeSelectionIsRefusedAndNothingIsWritten() {
        // another campus's rule: station students hold the post concurrently (兼任); the selection appoints full-time
        Charter concurrentOnly = StationCampus.seedCharterWithStationStudents(slot -> slot.put("concurrent", true));
        SeedCampus seed = emptyStation(concurrentOnly);
        recommend(seed, DAY, EDU, range(1, 3));
        recommend(seed, DAY, MATH, range(1, 3));
        long version = seed.tree.version();

        assertThatThrownBy(() -> seed.organisation.recruitment().select(STATION, DAY))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).hasSize(6).allSatisfy(v -> {
                    assertThat(v.rule()).isEqualTo("station.students");
                    assertThat(v.problem()).isEqualTo(Problem.CONCURRENCY);
                }));
        assertThatThrownBy(() -> seed.organisation.recruitment().preview(STATION, DAY)).isInstanceOf(CharterException.class);
        assertThat(seed.tree.version()).isEqualTo(version);
        assertThat(members(seed, DAY)).isEmpty();
    }

    @Test
    void studentsPassedOverSayWhy() {
        SeedCampus seed = emptyStation();
        recommend(seed, DAY, EDU, range(1, 3));
        StationCampus.change(seed, EDU, 2, StudentStatus.WITHDRAWN, DAY.plusDays(5));

        Selection first = seed.organisation.recruitment().select(STATION, DAY.plusDays(10));
        Selection second = seed.organisation.recruitment().preview(STATION, DAY.plusDays(20));

        assertThat(first.chosenStudents()).containsExactly(student(EDU, 1), student(EDU, 3));
        assertThat(first.passed()).singleElement().satisfies(p -> {
            assertThat(p.student()).isEqualTo(student(EDU, 2));
            assertThat(p.reason()).isEqualTo(Reason.NOT_STUDYING);
            assertThat(p.zh()).isEqualTo("学生1-2 (2022010002)：EDU学院 (EDU)推荐第 2 位；未入选：已不在读（退学）");
        });
        assertThat(second.chosen()).isEmpty();
        assertThat(second.passed(Reason.ON_STATION)).containsExactly(student(EDU, 1), student(EDU, 3));
    }

    @Test
    void aStudentAlreadyAppointedFromALaterDayIsNotChosenAgain() {
        SeedCampus seed = emptyStation();
        recommend(seed, DAY, EDU, range(1, 3));
        seed.tree.appoint(Appointment.of(STATION, student(EDU, 1), Position.MEMBER, DAY.plusDays(30)));

        Selection s = seed.organisation.recruitment().select(STATION, DAY);

        assertThat(s.chosenStudents()).containsExactly(student(EDU, 2), student(EDU, 3));
        assertThat(s.passed(Reason.ON_STATION)).containsExactly(student(EDU, 1));
    }

    @Test
    void aSelectionPlannedOnAnOutdatedViewIsPlannedAgainOnTheNewState() {
        SeedCampus seed = SeedCampus.build();
        YibanOrganisation elsewhere = YibanOrganisation.builder(seed.core).charter(Charter.seed()).build();   // another process on the same store
        seed.tree.appoint(Appointment.of(STATION, student(EDU, 9), Position.MEMBER, DAY));   // written after it caught up

        Selection s = elsewhere.recruitment().select(STATION, DAY);

        assertThat(s.seats().sitting()).isEqualTo(25);
        assertThat(s.chosenStudents()).doesNotContain(student(EDU, 9)).hasSize(5);
        assertThat(s.passed(Reason.ON_STATION)).contains(student(EDU, 9));
        assertThat(elsewhere.tree().at(DAY).appointments(STATION)).hasSize(30);
    }

    @Test
    void aCollegeCapLeavesItsOtherStudentsOut() {
        SeedCampus seed = emptyStation();
        recommend(seed, DAY, EDU, range(1, 12));
        recommend(seed, DAY, MATH, range(1, 12));

        Selection s = seed.organisation.recruitment(RecruitmentPreset.seed().withMaxPerCollege(10)).preview(STATION, DAY);

        assertThat(s.chosenByCollege()).containsEntry(EDU, 10).containsEntry(MATH, 10);
        assertThat(s.passed(Reason.COLLEGE_FULL)).hasSize(4);
    }

    @Test
    void theSameRecommendationsGiveTheSameSelectionWhateverTheOrderTheyWereMade() {
        SeedCampus one = emptyStation();
        recommend(one, DAY, EDU, range(1, 12));
        recommend(one, DAY, FL, range(1, 12));
        recommend(one, DAY, MATH, range(1, 4));
        SeedCampus other = emptyStation();
        recommend(other, DAY, MATH, range(1, 4));
        recommend(other, DAY, FL, range(1, 12));
        recommend(other, DAY, EDU, range(1, 12));

        Selection preview = one.organisation.recruitment().preview(STATION, DAY);

        assertThat(other.organisation.recruitment().preview(STATION, DAY)).isEqualTo(preview);
        Selection done = one.organisation.recruitment().select(STATION, DAY);
        assertThat(done.chosenStudents()).isEqualTo(preview.chosenStudents());
        assertThat(done.passed()).isEqualTo(preview.passed());
        assertThat(done.applied()).isTrue();
        assertThat(preview.applied()).isFalse();
    }

    @Test
    void aNodeWithoutSlotsForRecommendedStudentsCannotRecruit() {
        SeedCampus seed = emptyStation();

        assertThatThrownBy(() -> seed.organisation.recruitment().select(SeedCampus.CENTRE, DAY))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo("recruitment.no-slot");
                    assertThat(e.message(MessageBundle.ZH)).isEqualTo("组织 centre（易班发展中心）在章程中没有由学院推荐的成员职位");
                });
    }

    @Test
    void theBoundsComeFromTheCharterNotFromTheCode() {
        Charter smaller = StationCampus.seedCharterWithStationStudents(slot -> {
            ObjectNode count = (ObjectNode) slot.get("count");
            count.put("min", 5);
            count.put("max", 8);
        });
        SeedCampus seed = emptyStation(smaller);
        recommend(seed, DAY, EDU, range(1, 12));

        Selection s = seed.organisation.recruitment().select(STATION, DAY);

        assertThat(s.seats().charter()).hasToString("5–8");
        assertThat(s.chosen()).hasSize(8);
        assertThat(s.passed(Reason.STATION_FULL)).containsExactly(student(EDU, 9), student(EDU, 10), student(EDU, 11), student(EDU, 12));
    }
}

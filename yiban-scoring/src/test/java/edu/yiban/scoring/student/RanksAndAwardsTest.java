package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.EDU2202;
import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.system.IndicatorSystem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ranks with their tie-breaks, award quotas with their rounding, gates and vetoes, and bands. */
class RanksAndAwardsTest {
    /** Moral points as recorded on activities; intellectual points from competitions; a sanction of severity 3. */
    private static final RuleSet RULES = Rules.set("{}", """
            {"code": "activity", "name": {"zh": "活动", "en": "activities"}, "category": "activity", "method": {"type": "recorded"}},
            {"code": "discipline", "name": {"zh": "处分", "en": "sanctions"}, "category": "discipline", "part": "moral",
             "method": {"type": "table", "rows": [{"when": {}, "points": 0, "severity": 3}]}, "severity": "sanction-level"}""", "");
    private static final IndicatorSystem SYSTEM = Rules.halfAndHalf();

    private StudentCampus campus;
    private int next;

    @BeforeEach
    void open() {
        campus = new StudentCampus();
    }

    @AfterEach
    void close() {
        campus.close();
    }

    /** A student of {@code classId} with {@code moral} and {@code intellectual} points and one course of {@code score}. */
    private StudentNo student(ClassId classId, String moral, String intellectual, String score) {
        StudentNo no = campus.enrol(String.format("20220101%02d", ++next), "学生" + next, classId);
        campus.record(no, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.MORAL, moral));
        campus.record(no, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.INTELLECTUAL, intellectual));
        campus.record(no, campus.grade(T2022_1, "课程", "2", score));
        return no;
    }

    private StudentResults evaluate() {
        return StudentEvaluation.builder(campus.core).rules(RuleSets.of(RULES)).system(SYSTEM)
                .tieBreak(List.of("intellectual", "moral")).build().evaluate(T2022_1);
    }

    @Test
    void equalTotalsAreRankedByTheAcademicPartThenTheMoralPartThenTheStudentNumber() {
        StudentNo a = student(EDU2201, "80", "60", "80");     // 70, academic 60
        StudentNo b = student(EDU2201, "60", "80", "80");     // 70, academic 80
        StudentNo c = student(EDU2201, "70", "70", "80");     // 70, academic 70, moral 70
        StudentNo d = student(EDU2201, "70", "70", "80");     // 70, the same as c: 学号 decides
        StudentNo e = student(EDU2201, "90", "90", "80");     // 90

        List<Ranked> ranks = evaluate().ranks(Grouping.CLASS);

        assertThat(ranks).extracting(Ranked::subject, Ranked::rank, Ranked::sharedRank).containsExactly(
                tuple(e.value(), 1, 1), tuple(b.value(), 2, 2), tuple(c.value(), 3, 2), tuple(d.value(), 4, 2), tuple(a.value(), 5, 2));
        // percentile (5 − rank) / 4 × 100
        assertThat(ranks).extracting(Ranked::percentile).extracting(BigDecimal::toPlainString)
                .containsExactly("100.00", "75.00", "50.00", "25.00", "0.00");
    }

    @Test
    void ranksAreWithinEachGroupOfTheGrouping() {
        StudentNo a = student(EDU2201, "50", "50", "80");
        StudentNo b = student(EDU2202, "40", "40", "80");
        StudentNo c = student(EDU2202, "60", "60", "80");

        StudentResults results = evaluate();

        assertThat(results.ranks(Grouping.CLASS)).extracting(Ranked::group, Ranked::subject, Ranked::rank, Ranked::of).containsExactly(
                tuple("EDU2201", a.value(), 1, 1), tuple("EDU2202", c.value(), 1, 2), tuple("EDU2202", b.value(), 2, 2));
        assertThat(results.ranks(Grouping.MAJOR)).extracting(Ranked::subject, Ranked::rank)
                .containsExactly(tuple(c.value(), 1), tuple(a.value(), 2), tuple(b.value(), 3));
    }

    /** Ten students of one class with totals 95, 90 … 50. */
    private List<StudentNo> tenStudents() {
        List<StudentNo> students = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String points = Integer.toString(95 - 5 * i);
            students.add(student(EDU2201, points, points, "80"));
        }
        return students;
    }

    private static AwardPolicy policy(String awards, String bands) {
        return AwardPolicy.fromJson(Rules.json("""
                {"id": "test-awards", "name": {"zh": "评奖", "en": "awards"}, "oneAwardEach": true, "awards": [%s], "bands": %s}"""
                .formatted(awards, bands)));
    }

    private static final String BANDS = """
            {"basis": "TOTAL", "levels": [{"code": "excellent", "name": {"zh": "优秀", "en": "excellent"}, "from": 85, "eligibleOnly": true},
                                          {"code": "good", "name": {"zh": "良好", "en": "good"}, "from": 70},
                                          {"code": "pass", "name": {"zh": "合格", "en": "pass"}, "from": 60}],
             "otherwise": {"code": "fail", "name": {"zh": "不合格", "en": "fail"}}}""";

    private static String award(String code, String share, String rounding, int minimum) {
        return """
                {"code": "%s", "name": {"zh": "%s", "en": "%s"}, "scope": "CLASS", "share": %s, "rounding": "%s", "minimum": %d}"""
                .formatted(code, code, code, share, rounding, minimum);
    }

    @Test
    void aQuotaIsTheShareOfTheGroupRoundedAsThePolicySaysAndAtLeastItsMinimum() {
        tenStudents();
        StudentResults results = evaluate();

        // 15% of 10 = 1.5: half-up 2, floor 1, ceiling 2; 1% of 10 = 0.1: floor 0, but at least the minimum 1
        assertThat(results.awards(policy(award("a", "0.15", "HALF_UP", 0), BANDS)).quotas()).singleElement()
                .satisfies(q -> {
                    assertThat(q.exact()).isEqualByComparingTo("1.5");
                    assertThat(q.quota()).isEqualTo(2);
                    assertThat(q.groupSize()).isEqualTo(10);
                });
        assertThat(results.awards(policy(award("a", "0.15", "FLOOR", 0), BANDS)).quotas().get(0).quota()).isEqualTo(1);
        assertThat(results.awards(policy(award("a", "0.11", "CEILING", 0), BANDS)).quotas().get(0).quota()).isEqualTo(2);
        assertThat(results.awards(policy(award("a", "0.01", "FLOOR", 0), BANDS)).quotas().get(0).quota()).isZero();
        assertThat(results.awards(policy(award("a", "0.01", "FLOOR", 1), BANDS)).quotas().get(0).quota()).isEqualTo(1);
    }

    @Test
    void awardsGoInRankOrderPassingOverVetoedAndGatedStudentsAndOneAwardEach() {
        List<StudentNo> s = tenStudents();
        campus.record(s.get(0), campus.grade(T2022_1, "补考课程", "2", "55"));              // a failed course: gated
        campus.record(s.get(1), campus.entry(T2022_1, Category.DISCIPLINE, "level", "demerit")); // vetoed to 0
        StudentResults results = evaluate();

        AwardOutcome outcome = results.awards(policy(award("first", "0.2", "FLOOR", 0) + "," + award("second", "0.2", "FLOOR", 0), BANDS));

        // first: 20% of 10 = 2 places: s0 fails a gate, s1 is vetoed → s2, s3; second: the next two not yet awarded → s4, s5
        assertThat(outcome.recipients("first")).containsExactly(s.get(2), s.get(3));
        assertThat(outcome.recipients("second")).containsExactly(s.get(4), s.get(5));
        assertThat(outcome.standing(s.get(2)).orElseThrow().awards()).containsExactly("first");
        // bands by total: s0 (95, not eligible) is passed over for excellent → good; s1 (vetoed to 0) → fail; s2 (85) excellent;
        // s3 (80) and s5 (70) good; s7 (60) pass; s8 (55) fail
        assertThat(outcome.standings()).extracting(AwardOutcome.Standing::band).containsExactly(
                "good", "fail", "excellent", "good", "good", "good", "pass", "pass", "fail", "fail");
    }

    @Test
    void anAwardMayRequireSomeGatesOnly() {
        List<StudentNo> s = tenStudents();
        campus.record(s.get(0), campus.grade(T2022_1, "补考课程", "8", "30"));   // GPA (2 × 3.0 + 8 × 0) / 10 = 0.6, and failed
        String onlyGpa = award("a", "0.1", "FLOOR", 0).replace("\"minimum\": 0", "\"minimum\": 0, \"gates\": [\"no-failed-course\"]");
        campus.record(s.get(1), campus.grade(T2022_1, "补考课程", "1", "59"));   // failed, but GPA (6 + 0) / 3 = 2.0

        AwardOutcome outcome = evaluate().awards(policy(onlyGpa, BANDS));

        // the award requires no failed course only: s0 and s1 both failed one → s2
        assertThat(outcome.recipients("a")).containsExactly(s.get(2));
    }

    @Test
    void bandsByPercentileFollowTheRankWithinTheScope() {
        List<StudentNo> s = tenStudents();
        String byPercentile = """
                {"basis": "PERCENTILE", "scope": "CLASS",
                 "levels": [{"code": "top", "name": {"zh": "前列", "en": "top"}, "from": 80}],
                 "otherwise": {"code": "rest", "name": {"zh": "其余", "en": "rest"}}}""";

        AwardOutcome outcome = evaluate().awards(policy("", byPercentile));

        // percentile (10 − rank) / 9 × 100: rank 1 → 100, rank 2 → 88.89, rank 3 → 77.78
        assertThat(outcome.standings()).extracting(AwardOutcome.Standing::band).containsExactly(
                "top", "top", "rest", "rest", "rest", "rest", "rest", "rest", "rest", "rest");
        assertThat(outcome.quotas()).isEmpty();
        assertThat(s).hasSize(10);
    }

    @Test
    void anAwardRequiringAGateTheSystemDoesNotHaveIsRefused() {
        tenStudents();
        String unknownGate = award("a", "0.1", "FLOOR", 0).replace("\"minimum\": 0", "\"minimum\": 0, \"gates\": [\"min-cet4\"]");

        assertThatThrownBy(() -> evaluate().awards(policy(unknownGate, BANDS)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("awards[0].gates[0]");
                    assertThat(v.zh()).isEqualTo("奖项 a 要求的资格条件 min-cet4 不在指标体系中");
                }));
    }

    @Test
    void theExamplePolicyGivesQuotasAcrossClassMajorAndCohort() {
        for (int i = 0; i < 12; i++) {
            student(i < 8 ? EDU2201 : EDU2202, Integer.toString(90 - i), Integer.toString(90 - i), "85");
        }
        // the example policy names the default system's gates
        AwardOutcome outcome = campus.evaluation().evaluate(T2022_1).awards(AwardPolicy.example());

        // special: 1% of the cohort of 12 = 0.12, floor 0; first-class: 3% of the major of 12 = 0.36, half-up 0, minimum 1 → the top;
        // second-class: 7% of 8 = 0.56 → 1 and of 4 = 0.28 → 0, minimum 1; third-class 11% of 8 = 0.88 → 1, of 4 = 0.44 → 0, minimum 1
        assertThat(outcome.quotas()).extracting(AwardOutcome.Quota::award, AwardOutcome.Quota::group, AwardOutcome.Quota::quota).containsExactly(
                tuple("special", "2022", 0), tuple("first-class", "EDU-PRI", 1),
                tuple("second-class", "EDU2201", 1), tuple("second-class", "EDU2202", 1),
                tuple("third-class", "EDU2201", 1), tuple("third-class", "EDU2202", 1));
        assertThat(outcome.quotas()).extracting(q -> q.recipients().size()).containsExactly(0, 1, 1, 1, 1, 1);
    }
}

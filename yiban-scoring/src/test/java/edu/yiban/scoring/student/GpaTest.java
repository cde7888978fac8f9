package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2022_2;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.scoring.result.RawValues;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The academic part: the credit-weighted GPA by the 4.0 scale, failed courses and the lowest score. */
class GpaTest extends OneStudentCampus {
    private static final RuleSet NO_RULES = Rules.set("{}", "", "");


    private Academic academic(EvaluationPeriod period) {
        return Rules.evaluation(campus, NO_RULES).evaluate(period).result(li).orElseThrow().academic().orElseThrow();
    }

    @Test
    void theGpaIsTheCreditWeightedMeanOfGradePointsRoundedOnceHalfUp() {
        campus.record(li, campus.grade(T2022_1, "高等数学", "1", "93"));
        campus.record(li, campus.grade(T2022_1, "教育心理学", "3", "76"));

        // 93 → 4.0, 76 → 2.7: (1 × 4.0 + 3 × 2.7) / 4 = 12.1 / 4 = 3.025 → 3.03 (half-up, not half-even 3.02)
        Academic a = academic(EvaluationPeriod.term(T2022_1));

        assertThat(a.creditPoints()).isEqualByComparingTo("12.1");
        assertThat(a.credits()).isEqualByComparingTo("4");
        assertThat(a.gpa()).isEqualTo(new BigDecimal("3.03"));
    }

    @Test
    void gradesInWordsBecomeTheirScoresAndBandsStartAtTheirLowestScore() {
        campus.record(li, campus.gradeWord(T2022_1, "体育", "1", "优秀"));
        campus.record(li, campus.grade(T2022_1, "英语", "2", "85"));
        campus.record(li, campus.grade(T2022_1, "写作", "2", "84.99"));
        campus.record(li, campus.grade(T2022_1, "美术", "1", "60"));

        // 优秀 = 95 → 4.0; 85 → 3.7 (85 starts the band); 84.99 → 3.3; 60 → 1.0
        // (4.0 + 7.4 + 6.6 + 1.0) / 6 = 19 / 6 = 3.1666… → 3.17
        Academic a = academic(EvaluationPeriod.term(T2022_1));

        assertThat(a.creditPoints()).isEqualByComparingTo("19");
        assertThat(a.gpa()).isEqualTo(new BigDecimal("3.17"));
        assertThat(a.lowestScore()).isEqualByComparingTo("60");
        assertThat(a.failed()).isZero();
    }

    @Test
    void failedCoursesAndTheLowestScoreAreRawValuesForGates() {
        campus.record(li, campus.grade(T2022_1, "高等数学", "4", "58"));
        campus.record(li, campus.gradeWord(T2022_1, "体育", "1", "不及格"));
        campus.record(li, campus.grade(T2022_1, "英语", "3", "88"));

        RawValues raw = Rules.evaluation(campus, NO_RULES).rawValues(EvaluationPeriod.term(T2022_1));

        // 58 and 不及格 (0) lie below 60; the lowest is 0; GPA (0 + 0 + 3 × 3.7) / 8 = 11.1 / 8 = 1.3875 → 1.39
        assertThat(raw.get(li.value(), StudentEvaluation.FAILED_COURSES).orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(raw.get(li.value(), StudentEvaluation.LOWEST_SCORE).orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(raw.get(li.value(), StudentEvaluation.GPA).orElseThrow()).satisfies(m -> {
            assertThat(m.value()).isEqualTo(new BigDecimal("1.39"));
            assertThat(m.note().orElseThrow().zh()).isEqualTo("3 门课程：Σ(学分 × 绩点) 11.1000 ÷ Σ 学分 8.00 = 1.39（四舍五入保留两位小数）");
        });
    }

    @Test
    void aYearsGpaWeighsAllItsTermsCoursesTogether() {
        campus.record(li, campus.grade(T2022_1, "A", "1", "95"));
        campus.record(li, campus.grade(T2022_2, "B", "3", "70"));

        // not the mean of the terms' GPAs ((4.0 + 2.0) / 2 = 3.0) but (4.0 + 3 × 2.0) / 4 = 2.5
        assertThat(academic(EvaluationPeriod.year(Y2022)).gpa()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void aStudentWithoutGradesHasNoGpaAndItsExplanationSaysSo() {
        StudentResults results = StudentEvaluation.builder(campus.core).rules(RuleSets.of(RuleSet.example2022())).build().evaluate(T2022_1);

        StudentResult result = results.result(li).orElseThrow();

        assertThat(result.academic()).isEmpty();
        assertThat(result.result().failedGates()).contains("min-gpa", "min-course-score");
        assertThat(result.result().explanation().find("academic").orElseThrow().notes())
                .filteredOn(n -> n.kind() == edu.yiban.scoring.result.Note.Kind.MISSING).singleElement()
                .satisfies(n -> assertThat(n.en()).isEqualTo("no value of GPA: it scores 0"));
    }

    @Test
    void aGradeTheScaleCannotReadRefusesTheEvaluation() {
        campus.record(li, campus.gradeWord(T2022_1, "体育", "1", "A+"));
        campus.record(li, campus.grade(T2022_1, "英语", "0", "88"));
        campus.record(li, campus.grade(T2022_1, "数学", "2", "101"));
        campus.record(li, campus.entry(T2022_1, edu.yiban.core.archive.Category.ACADEMIC, "course", "写作", "credits", "2"));

        assertThatThrownBy(() -> academic(EvaluationPeriod.term(T2022_1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.path(), v -> v.en())
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("2022010101#1.attributes.grade", "the grade \"A+\" is not in the grade scale"),
                                org.assertj.core.groups.Tuple.tuple("2022010101#2.attributes.credits", "the attribute credits is 0; it lies between 0 and 100"),
                                org.assertj.core.groups.Tuple.tuple("2022010101#3.attributes.score", "the attribute score is 101; it lies between 0 and 100"),
                                org.assertj.core.groups.Tuple.tuple("2022010101#4.attributes.score", "a grade needs a score or a grade word")));
    }

    @Test
    void aScaleWithoutABandFromZeroIsRefusedNamingTheBands() {
        String json = """
                {"id": "broken", "name": {"zh": "缺档", "en": "missing band"}, "category": "academic", "passMark": 60,
                 "bands": [{"from": 90, "points": 4}, {"from": 60, "points": 1}]}""";

        assertThatThrownBy(() -> GradeScale.fromJson(Rules.json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("bands");
                    assertThat(v.zh()).isEqualTo("没有从 0 分起的分档：低于 60 分的成绩将没有绩点");
                    assertThat(v.en()).isEqualTo("no band starts at 0: scores below 60 would have no grade points");
                }));
    }

    @Test
    void aScaleWhereAHigherScoreGivesFewerPointsIsRefused() {
        String json = """
                {"id": "broken", "name": {"zh": "倒挂", "en": "inverted"}, "category": "academic", "passMark": 60,
                 "bands": [{"from": 0, "points": 0}, {"from": 90, "points": 3}, {"from": 80, "points": 3.5}, {"from": 80, "points": 3.5}]}""";

        assertThatThrownBy(() -> GradeScale.fromJson(Rules.json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactlyInAnyOrder("bands[3].from", "bands[1].points"));
    }
}

package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2022_2;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.result.Measure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Grade scales where a band table does not fit (issue 10, point 2): points as a formula of any decimal score,
 * letter and pass/fail grades, resits (补考) and retakes (重修), and course kinds left out (辅修, 免修).
 */
class GradesTest extends OneStudentCampus {
    private static final RuleSet NO_RULES = Rules.set("{}", "", "");
    private static final String BANDS = """
            "bands": [{"from": 90, "points": 4.0}, {"from": 85, "points": 3.7}, {"from": 82, "points": 3.3}, {"from": 78, "points": 3.0},
                      {"from": 75, "points": 2.7}, {"from": 72, "points": 2.3}, {"from": 68, "points": 2.0}, {"from": 64, "points": 1.5},
                      {"from": 60, "points": 1.0}, {"from": 0, "points": 0}]""";
    private static final String TENTHS = """
            "points": {"formula": "if(score < 60, 0, score / 10 - 5)", "decimals": 2}""";

    /** A campus's scale: pass mark 60 and {@code fields} (a JSON fragment). */
    private static GradeScale scale(String fields) {
        return GradeScale.fromJson(Rules.json("""
                {"id": "campus", "name": {"zh": "本校绩点", "en": "campus scale"}, "category": "academic", "passMark": 60, %s}"""
                .formatted(fields)));
    }

    /** The 4.0 preset with other resit and retake policies. */
    private static GradeScale fourPoint(GradeScale.PassedLater passedLater, GradeScale.StillFailed stillFailed,
                                        GradeScale.FailedCourses failedCourses) {
        GradeScale p = GradeScale.fourPoint();
        return GradeScale.checked(new GradeScale(p.id(), p.name(), p.description(), p.category(), p.passMark(), p.bands(), p.points(),
                p.grades(), new GradeScale.Attempts(p.attempts().words(), passedLater, stillFailed, failedCourses), p.excludedKinds()));
    }

    private StudentEvaluation evaluation(GradeScale scale) {
        return StudentEvaluation.builder(campus.core).rules(RuleSets.of(NO_RULES)).system(Rules.pointsOnly()).tieBreak(List.of())
                .gradeScale(scale).build();
    }

    private Academic academic(GradeScale scale, EvaluationPeriod period) {
        return evaluation(scale).evaluate(period).result(li).orElseThrow().academic().orElseThrow();
    }

    private Academic academic(GradeScale scale) {
        return academic(scale, EvaluationPeriod.term(T2022_1));
    }

    private Measure measure(GradeScale scale, EvaluationPeriod period, String indicator) {
        return evaluation(scale).rawValues(period).get(li.value(), indicator).orElseThrow();
    }

    private Measure measure(GradeScale scale, String indicator) {
        return measure(scale, EvaluationPeriod.term(T2022_1), indicator);
    }

    /** A grade entry with attributes given as key, value, key, value … */
    private EntryRef grade(TermId term, String... attributes) {
        return campus.record(li, campus.entry(term, Category.ACADEMIC, attributes));
    }

    // ------------------------------------------------------------------ points as a formula

    @Test
    void aDecimalScoreGetsTheFormulasPointsRoundedOnceHalfUp() {
        GradeScale scale = scale(TENTHS);

        // 85.5 / 10 − 5 = 3.55 exactly (not the 3.50 of 85); 59.99 lies below 60: 0; 60 / 10 − 5 = 1
        assertThat(scale.points(new BigDecimal("85.5"))).isEqualTo(new BigDecimal("3.55"));
        assertThat(scale.points(new BigDecimal("59.99"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(scale.points(new BigDecimal("60"))).isEqualTo(new BigDecimal("1.00"));
        assertThat(scale.points(new BigDecimal("85.555"))).as("rounded once, half-up").isEqualTo(new BigDecimal("3.56"));
    }

    @Test
    void theGpaAddsUpTheFormulasPointsExactlyAndItsNoteNamesTheFormula() {
        grade(T2022_1, "course", "高等数学", "credits", "2", "score", "85.5");
        grade(T2022_1, "course", "大学物理", "credits", "1", "score", "59.99");
        grade(T2022_1, "course", "大学英语", "credits", "1", "score", "60");

        // Σ credits × points = 2 × 3.55 + 1 × 0 + 1 × 1.00 = 8.10 over 4 credits = 2.025 → 2.03 (half-up)
        // Σ credits × score = 171 + 59.99 + 60 = 290.99 over 4 = 72.7475 → 72.75; 59.99 fails
        Academic a = academic(scale(TENTHS));

        assertThat(a.creditPoints()).isEqualByComparingTo("8.10");
        assertThat(a.gpa()).isEqualTo(new BigDecimal("2.03"));
        assertThat(a.weightedAverage()).isEqualTo(new BigDecimal("72.75"));
        assertThat(a.failed()).isEqualTo(1);
        assertThat(a.lowestScore()).isEqualByComparingTo("59.99");
        assertThat(measure(scale(TENTHS), StudentEvaluation.GPA).note().orElseThrow().en()).isEqualTo(
                "3 courses: \u03a3(credits \u00d7 points) 8.1000 \u00f7 \u03a3 credits 4.00 = 2.03 (rounded half-up to two decimals);"
                        + " points by the formula if(score < 60, 0, score / 10 - 5), rounded half-up to 2 decimals");
    }

    @Test
    void aPartFormulaReadsTheGpaOfAFormulaScale() {
        grade(T2022_1, "course", "高等数学", "credits", "2", "score", "85.5");
        grade(T2022_1, "course", "大学物理", "credits", "1", "score", "59.99");
        grade(T2022_1, "course", "大学英语", "credits", "1", "score", "60");
        RuleSet rules = Rules.custom("""
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                  {"code": "intellectual", "name": {"zh": "智育", "en": "intellectual"}, "weight": 1, "formula": "min(max(gpa * 25, 0), 100)"}]}""",
                "", "", "");

        StudentResult result = StudentEvaluation.builder(campus.core).rules(RuleSets.of(rules)).gradeScale(scale(TENTHS)).build()
                .evaluate(T2022_1).result(li).orElseThrow();

        // GPA 2.03 (above) × 25 = 50.75, within 0–100
        assertThat(result.total()).isEqualByComparingTo("50.75");
    }

    @Test
    void pointsToFourDecimalsAddUpExactlyAtThatScale() {
        GradeScale scale = scale("""
                "points": {"formula": "score / 30", "decimals": 4}""");
        grade(T2022_1, "course", "高等数学", "credits", "1.5", "score", "85.5");
        grade(T2022_1, "course", "大学英语", "credits", "1", "score", "86");

        // 85.5 / 30 = 2.85; 86 / 30 = 2.8666… → 2.8667 (rounded once per course, to 4 decimals)
        // Σ credits × points = 1.5 × 2.85 + 1 × 2.8667 = 4.275 + 2.8667 = 7.1417 exactly; over 2.5 credits = 2.85668 → 2.86
        Academic a = academic(scale);

        assertThat(scale.points(new BigDecimal("86"))).isEqualTo(new BigDecimal("2.8667"));
        assertThat(a.creditPoints()).isEqualTo(new BigDecimal("7.141700"));
        assertThat(a.gpa()).isEqualTo(new BigDecimal("2.86"));
    }

    // ------------------------------------------------------------------ letter and pass/fail grades

    @Test
    void letterGradesCountTheirPointsAndOnlyThoseWithAScoreCountInTheAverage() {
        GradeScale scale = scale(BANDS + """
                , "grades": [{"grade": "A", "points": 4.0, "score": 95}, {"grade": "B", "points": 3.0}, {"grade": "C", "score": 75},
                             {"grade": "F", "points": 0}]""");
        grade(T2022_1, "course", "英语", "credits", "2", "grade", "A");
        grade(T2022_1, "course", "写作", "credits", "1", "grade", "B");
        grade(T2022_1, "course", "美术", "credits", "1", "grade", "C");
        grade(T2022_1, "course", "体育", "credits", "1", "grade", "F");

        // points: A 4.0, B 3.0, C → 75 → band 2.7, F 0: (2 × 4.0 + 3.0 + 2.7 + 0) / 5 = 13.7 / 5 = 2.74
        // scores: only A (95) and C (75) have one: (2 × 95 + 75) / 3 = 265 / 3 = 88.33…; lowest 75; F (0 points) fails
        Academic a = academic(scale);

        assertThat(a.gpa()).isEqualTo(new BigDecimal("2.74"));
        assertThat(a.weightedAverage()).isEqualTo(new BigDecimal("88.33"));
        assertThat(a.scoredCredits()).isEqualByComparingTo("3");
        assertThat(a.lowestScore()).isEqualByComparingTo("75");
        assertThat(a.failed()).isEqualTo(1);
        assertThat(measure(scale, StudentEvaluation.WEIGHTED_AVERAGE).note().orElseThrow().en()).endsWith(
                "; 2 courses graded by a word without a score are not in it: 写作 (B), 体育 (F)");
    }

    @Test
    void passFailCoursesCountInCreditsAndFailedCoursesButNotInTheGpaOrAverages() {
        grade(T2022_1, "course", "高等数学", "credits", "4", "score", "88");
        grade(T2022_1, "course", "劳动教育", "credits", "1", "grade", "合格");
        grade(T2022_1, "course", "军事理论", "credits", "2", "grade", "不合格");

        // GPA: only 高等数学 has points: 4 × 3.7 / 4 = 3.70; credits 4 + 1 + 2 = 7; 不合格 is a failed course
        Academic a = academic(GradeScale.fourPoint());

        assertThat(a.gpa()).isEqualTo(new BigDecimal("3.70"));
        assertThat(a.gpaCredits()).isEqualByComparingTo("4");
        assertThat(a.credits()).isEqualByComparingTo("7");
        assertThat(a.courses()).isEqualTo(3);
        assertThat(a.passFail()).isEqualTo(2);
        assertThat(a.failed()).isEqualTo(1);
        assertThat(a.weightedAverage()).isEqualTo(new BigDecimal("88.00"));
        assertThat(a.lowestScore()).isEqualByComparingTo("88");
        assertThat(measure(GradeScale.fourPoint(), StudentEvaluation.GPA).note().orElseThrow()).satisfies(n -> {
            assertThat(n.en()).isEqualTo("1 courses: \u03a3(credits \u00d7 points) 14.8000 \u00f7 \u03a3 credits 4.00 = 3.70 (rounded half-up to two"
                    + " decimals); 2 pass/fail courses have no points or score and are not in it: 劳动教育 (合格), 军事理论 (不合格)");
            assertThat(n.zh()).endsWith("；2 门合格制课程没有绩点和分数，不计入：劳动教育（合格）、军事理论（不合格）");
        });
        assertThat(measure(GradeScale.fourPoint(), StudentEvaluation.CREDITS).note().orElseThrow().en())
                .isEqualTo("7.00 credits in 3 courses; including 2 pass/fail courses: 劳动教育 (合格), 军事理论 (不合格)");
    }

    @Test
    void onlyPassFailCoursesGiveCreditsAndFailedCoursesButNoGpa() {
        grade(T2022_1, "course", "劳动教育", "credits", "1", "grade", "通过");

        // nothing has points or a score: no gpa, weighted-average or lowest-score to read (a gate on them fails)
        var raw = evaluation(GradeScale.fourPoint()).rawValues(EvaluationPeriod.term(T2022_1));

        assertThat(raw.get(li.value(), StudentEvaluation.CREDITS).orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(raw.get(li.value(), StudentEvaluation.FAILED_COURSES).orElseThrow().value()).isEqualByComparingTo("0");
        assertThat(raw.get(li.value(), StudentEvaluation.GPA)).isEmpty();
        assertThat(raw.get(li.value(), StudentEvaluation.WEIGHTED_AVERAGE)).isEmpty();
        assertThat(raw.get(li.value(), StudentEvaluation.LOWEST_SCORE)).isEmpty();
    }

    // ------------------------------------------------------------------ resits and retakes

    /** 高等数学 4 credits failed at 55 and resat at 72; 大学英语 2 credits at 80 (3.0). */
    private void resatAndPassed() {
        grade(T2022_1, "course", "高等数学", "credits", "4", "score", "55");
        grade(T2022_1, "course", "高等数学", "credits", "4", "score", "72", "attempt", "补考");
        grade(T2022_1, "course", "大学英语", "credits", "2", "score", "80");
    }

    @Test
    void aCourseFailedAtFirstAndPassedAtAResitCountsThePassMarkByDefault() {
        resatAndPassed();

        // 高等数学 counts 60 → 1.0: GPA (4 × 1.0 + 2 × 3.0) / 6 = 10 / 6 = 1.666… → 1.67
        // average (4 × 60 + 2 × 80) / 6 = 400 / 6 = 66.67; lowest 60; failed at the first attempt: 1
        Academic a = academic(GradeScale.fourPoint());

        assertThat(a.courses()).isEqualTo(2);
        assertThat(a.credits()).isEqualByComparingTo("6");
        assertThat(a.gpa()).isEqualTo(new BigDecimal("1.67"));
        assertThat(a.weightedAverage()).isEqualTo(new BigDecimal("66.67"));
        assertThat(a.lowestScore()).isEqualByComparingTo("60");
        assertThat(a.failed()).isEqualTo(1);
        assertThat(a.reattempted()).isEqualTo(1);
        Measure gpa = measure(GradeScale.fourPoint(), StudentEvaluation.GPA);
        assertThat(gpa.note().orElseThrow().en()).endsWith("; resits and retakes: 高等数学: first attempt 55 (#1), resit 72 (#2);"
                + " failed at first, passed later: counts the pass mark 60");
        assertThat(gpa.note().orElseThrow().zh()).endsWith("；补考与重修：高等数学：首次考试 55（#1）、补考 72（#2）；首次不及格、后来通过：按及格线 60 分计");
        assertThat(measure(GradeScale.fourPoint(), StudentEvaluation.FAILED_COURSES).note().orElseThrow().en()).startsWith(
                "1 of 2 courses below the pass mark 60; a course failed at its first attempt counts even when passed later; resits and retakes:");
    }

    @Test
    void aCourseFailedAtFirstAndPassedLaterMayCountTheAttemptThatPassed() {
        resatAndPassed();

        // 72 → 2.3: GPA (4 × 2.3 + 2 × 3.0) / 6 = 15.2 / 6 = 2.533… → 2.53; average (288 + 160) / 6 = 74.666… → 74.67
        Academic a = academic(fourPoint(GradeScale.PassedLater.ACTUAL, GradeScale.StillFailed.BEST, GradeScale.FailedCourses.AT_FIRST_ATTEMPT));

        assertThat(a.gpa()).isEqualTo(new BigDecimal("2.53"));
        assertThat(a.weightedAverage()).isEqualTo(new BigDecimal("74.67"));
        assertThat(a.lowestScore()).isEqualByComparingTo("72");
    }

    @Test
    void aCourseFailedAtFirstAndPassedLaterMayCountItsFirstAttemptYetNotAsFailed() {
        resatAndPassed();

        // 55 → 0: GPA (0 + 2 × 3.0) / 6 = 1.00; average (220 + 160) / 6 = 63.333… → 63.33; still failed? no: 0
        Academic a = academic(fourPoint(GradeScale.PassedLater.FIRST, GradeScale.StillFailed.BEST, GradeScale.FailedCourses.STILL_FAILED));

        assertThat(a.gpa()).isEqualTo(new BigDecimal("1.00"));
        assertThat(a.weightedAverage()).isEqualTo(new BigDecimal("63.33"));
        assertThat(a.lowestScore()).isEqualByComparingTo("55");
        assertThat(a.failed()).isZero();
    }

    /** 高等数学 2 credits at 40, resat at 55, retaken at 50 — failed at every attempt; 大学英语 2 credits at 80. */
    private void failedThrice() {
        grade(T2022_1, "course", "高等数学", "credits", "2", "score", "40");
        grade(T2022_1, "course", "高等数学", "credits", "2", "score", "55", "attempt", "补考");
        grade(T2022_2, "course", "高等数学", "credits", "2", "score", "50", "attempt", "重修");
        grade(T2022_2, "course", "大学英语", "credits", "2", "score", "80");
    }

    @Test
    void aCourseStillFailedCountsItsBestAttemptByDefault() {
        failedThrice();

        // best 55 → 0 points: GPA (0 + 2 × 3.0) / 4 = 1.50; average (2 × 55 + 2 × 80) / 4 = 270 / 4 = 67.50; lowest 55
        Academic a = academic(GradeScale.fourPoint(), EvaluationPeriod.year(Y2022));

        assertThat(a.courses()).isEqualTo(2);
        assertThat(a.gpa()).isEqualTo(new BigDecimal("1.50"));
        assertThat(a.weightedAverage()).isEqualTo(new BigDecimal("67.50"));
        assertThat(a.lowestScore()).isEqualByComparingTo("55");
        assertThat(a.failed()).isEqualTo(1);
        assertThat(measure(GradeScale.fourPoint(), EvaluationPeriod.year(Y2022), StudentEvaluation.LOWEST_SCORE).note().orElseThrow().en())
                .isEqualTo("the lowest score of 2 courses; resits and retakes: 高等数学: first attempt 40 (#1), resit 55 (#2), retake 50 (#3);"
                        + " failed at every attempt: counts the best, resit 55 (#2)");
    }

    @Test
    void aCourseStillFailedMayCountItsFirstOrItsLatestAttempt() {
        failedThrice();

        // first 40: average (80 + 160) / 4 = 60.00; latest 50: (100 + 160) / 4 = 65.00
        Academic first = academic(fourPoint(GradeScale.PassedLater.PASS_MARK, GradeScale.StillFailed.FIRST,
                GradeScale.FailedCourses.AT_FIRST_ATTEMPT), EvaluationPeriod.year(Y2022));
        Academic latest = academic(fourPoint(GradeScale.PassedLater.PASS_MARK, GradeScale.StillFailed.LATEST,
                GradeScale.FailedCourses.AT_FIRST_ATTEMPT), EvaluationPeriod.year(Y2022));

        assertThat(first.weightedAverage()).isEqualTo(new BigDecimal("60.00"));
        assertThat(first.lowestScore()).isEqualByComparingTo("40");
        assertThat(latest.weightedAverage()).isEqualTo(new BigDecimal("65.00"));
        assertThat(latest.lowestScore()).isEqualByComparingTo("50");
    }

    @Test
    void aRetakeInALaterTermJoinsItsCourseByCodeOverTheYearAndCountsNowhereWithoutIt() {
        grade(T2022_1, "course", "高等数学", "courseCode", "MATH101", "credits", "3", "score", "52");
        grade(T2022_1, "course", "大学英语", "credits", "2", "score", "85");
        grade(T2022_2, "course", "高等数学（重修）", "courseCode", "MATH101", "credits", "3", "score", "78", "attempt", "重修");
        grade(T2022_2, "course", "体育", "credits", "1", "score", "90");

        // the year: MATH101 failed at 52, passed at the retake: counts 60 → 1.0
        //   GPA (3 × 1.0 + 2 × 3.7 + 1 × 4.0) / 6 = 14.4 / 6 = 2.40; failed at the first attempt: 1
        Academic year = academic(GradeScale.fourPoint(), EvaluationPeriod.year(Y2022));
        // the autumn alone: 52 → 0: (0 + 7.4) / 5 = 1.48; the spring alone: the retake has no first attempt there, so only 体育: 4.00
        Academic autumn = academic(GradeScale.fourPoint(), EvaluationPeriod.term(T2022_1));
        Academic spring = academic(GradeScale.fourPoint(), EvaluationPeriod.term(T2022_2));

        assertThat(year.courses()).isEqualTo(3);
        assertThat(year.gpa()).isEqualTo(new BigDecimal("2.40"));
        assertThat(year.failed()).isEqualTo(1);
        assertThat(autumn.gpa()).isEqualTo(new BigDecimal("1.48"));
        assertThat(spring.courses()).isEqualTo(1);
        assertThat(spring.gpa()).isEqualTo(new BigDecimal("4.00"));
        assertThat(measure(GradeScale.fourPoint(), EvaluationPeriod.term(T2022_2), StudentEvaluation.CREDITS).note().orElseThrow().en())
                .isEqualTo("1.00 credits in 1 courses; resits and retakes: 高等数学（重修）: retake 78 (#3) has no first attempt in this period"
                        + " and is not counted in it");
    }

    @Test
    void aFirstAttemptCorrectedAfterItsResitKeepsItsResit() {
        EntryRef first = grade(T2022_1, "course", "高等数学", "credits", "4", "score", "50");
        grade(T2022_1, "course", "高等数学", "credits", "4", "score", "75", "attempt", "补考");
        ArchiveEntry corrected = campus.entry(T2022_1, Category.ACADEMIC, "course", "高等数学", "credits", "4", "score", "58");
        campus.core.archives().of(li).correct(first, corrected, "登分错误");

        // the correction (#3) comes after the resit (#2) but is the same term's first attempt: 58 fails, 75 passes → 60 → 1.0
        Academic a = academic(GradeScale.fourPoint());

        assertThat(a.courses()).isEqualTo(1);
        assertThat(a.gpa()).isEqualTo(new BigDecimal("1.00"));
        assertThat(a.reattempted()).isEqualTo(1);
    }

    @Test
    void failedCoursesCountsFirstAttemptsOrOnlyTheCoursesStillFailed() {
        grade(T2022_1, "course", "高等数学", "credits", "1", "score", "55");
        grade(T2022_1, "course", "高等数学", "credits", "1", "score", "65", "attempt", "补考");
        grade(T2022_1, "course", "大学物理", "credits", "1", "score", "45");
        grade(T2022_1, "course", "大学物理", "credits", "1", "score", "50", "attempt", "补考");
        grade(T2022_1, "course", "大学英语", "credits", "1", "score", "90");

        // failed at the first attempt: 高等数学 and 大学物理 = 2; still failed after the resits: 大学物理 = 1
        Academic atFirst = academic(GradeScale.fourPoint());
        Academic stillFailed = academic(fourPoint(GradeScale.PassedLater.PASS_MARK, GradeScale.StillFailed.BEST,
                GradeScale.FailedCourses.STILL_FAILED));

        assertThat(atFirst.failed()).isEqualTo(2);
        assertThat(stillFailed.failed()).isEqualTo(1);
        assertThat(measure(fourPoint(GradeScale.PassedLater.PASS_MARK, GradeScale.StillFailed.BEST, GradeScale.FailedCourses.STILL_FAILED),
                StudentEvaluation.FAILED_COURSES).note().orElseThrow().zh()).startsWith("3 门课程中 1 门低于及格线 60 分；补考或重修通过的课程不计入；");
    }

    @Test
    void aCoursePassedAtFirstKeepsItsFirstAttempt() {
        grade(T2022_1, "course", "高等数学", "credits", "2", "score", "70");
        grade(T2022_1, "course", "高等数学", "credits", "2", "score", "95", "attempt", "重修");

        // passed at 70 (2.0); the retake to raise the grade does not count
        Academic a = academic(GradeScale.fourPoint());

        assertThat(a.gpa()).isEqualTo(new BigDecimal("2.00"));
        assertThat(a.failed()).isZero();
    }

    // ------------------------------------------------------------------ kinds left out

    @Test
    void coursesOfAnExcludedKindCountInNoMeasureAndTheNotesNameThem() {
        grade(T2022_1, "course", "高等数学", "credits", "3", "score", "90", "kind", "必修");
        grade(T2022_1, "course", "大学英语", "credits", "2", "score", "80");
        grade(T2022_1, "course", "日语", "credits", "2", "score", "50", "kind", "辅修");
        grade(T2022_1, "course", "体育", "credits", "1", "kind", "免修");

        // 日语 (辅修) and 体育 (免修, no score at all) are left out: GPA (3 × 4.0 + 2 × 3.0) / 5 = 18 / 5 = 3.60; no failed course
        Academic a = academic(GradeScale.fourPoint());

        assertThat(a.courses()).isEqualTo(2);
        assertThat(a.credits()).isEqualByComparingTo("5");
        assertThat(a.gpa()).isEqualTo(new BigDecimal("3.60"));
        assertThat(a.failed()).isZero();
        assertThat(a.lowestScore()).isEqualByComparingTo("80");
        assertThat(a.excluded()).isEqualTo(2);
        assertThat(measure(GradeScale.fourPoint(), StudentEvaluation.FAILED_COURSES).note().orElseThrow().en())
                .isEqualTo("0 of 2 courses below the pass mark 60; 2 courses left out by their kind: 日语 (辅修), 体育 (免修)");
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void entriesTheScaleCannotReadRefuseTheEvaluationEachNamed() {
        grade(T2022_1, "course", "高等数学", "credits", "2", "score", "80", "attempt", "期中");
        grade(T2022_1, "course", "体育", "credits", "1", "grade", "A+");
        grade(T2022_1, "course", "英语", "credits", "2", "score", "-1");
        grade(T2022_1, "credits", "2", "score", "70", "attempt", "补考");
        grade(T2022_1, "course", "写作", "credits", "2", "score", "100.5");

        assertThatThrownBy(() -> academic(GradeScale.fourPoint()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.path(), v -> v.en())
                        .containsExactly(
                                tuple("2022010101#1.attributes.attempt",
                                        "the attempt \"期中\" is not in the grade scale; its attempt words are: first, resit, retake, 正考, 缓考, 补考, 重修"),
                                tuple("2022010101#2.attributes.grade", "the grade \"A+\" is not in the grade scale"),
                                tuple("2022010101#3.attributes.score", "the attribute score is -1; it lies between 0 and 100"),
                                tuple("2022010101#4.attributes.course", "a resit needs the course it belongs to: the attribute course or courseCode"),
                                tuple("2022010101#5.attributes.score", "the attribute score is 100.5; it lies between 0 and 100")));
        assertThatThrownBy(() -> academic(GradeScale.fourPoint()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).zh())
                        .isEqualTo("考试类型“期中”不在绩点换算表中；可用的考试类型：first, resit, retake, 正考, 缓考, 补考, 重修"));
    }

    @Test
    void aFormulaThatDoesNotParseOrReadsAnotherVariableIsRefusedWithItsPathAndColumn() {
        assertThatThrownBy(() -> scale("""
                "points": {"formula": "gpa * 25"}"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("points.formula");
                    assertThat(v.en()).isEqualTo("at column 1 of `gpa * 25`: unknown variable 'gpa'; the variables are: score");
                    assertThat(v.zh()).isEqualTo("公式“gpa * 25”第 1 个字符处：未知的变量“gpa”；可用的变量：score");
                }));
        assertThatThrownBy(() -> scale("""
                "points": {"formula": "if(score < 60, 0, score / 10 -"}"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("points.formula");
                    assertThat(v.en()).startsWith("at column 31 of `if(score < 60, 0, score / 10 -`");
                }));
    }

    @Test
    void aFormulaGivingNegativeFallingOrUnworkablePointsAtSomeScoreIsRefusedNamingTheScore() {
        // score / 10 − 5 is −5 at 0; 100 − score falls from 100 at 0 to 99.99 at 0.01; 1 / (score − 50) divides by 0 at 50
        Map<String, String> faults = Map.of(
                "score / 10 - 5", "the formula gives -5.00 points at the score 0: grade points cannot be negative",
                "100 - score", "the formula gives 99.99 points at the score 0.01, fewer than 100.00 at 0: a higher score never gives fewer points",
                "if(score == 50, 1 / (score - 50), 0)", "the formula cannot be worked out at the score 50: at column 19 of"
                        + " `if(score == 50, 1 / (score - 50), 0)`: division by zero: the divisor 'score - 50' came to 0");
        faults.forEach((formula, fault) -> assertThatThrownBy(() -> scale("""
                "points": {"formula": "%s"}""".formatted(formula)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path() + ": " + v.en()).isEqualTo("points.formula: " + fault))));
    }

    @Test
    void aScaleWithBothOrNeitherBandsAndFormulaOrWithWordsThatStandForNothingIsRefusedAtOnce() {
        assertThatThrownBy(() -> scale(BANDS + ", " + TENTHS + """
                , "grades": [{"grade": "合格", "pass": true, "score": 60}, {"grade": "缺考"}, {"grade": "A", "points": 3.333}],
                "excludedKinds": ["辅修", "辅修"]"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.path(), v -> v.en())
                        .containsExactly(
                                tuple("points", "a scale gives points by bands or by a formula, not both: remove bands or points"),
                                tuple("grades[0].pass", "the grade 合格 is a pass or a fail, which has no score or points: remove pass, or score and points"),
                                tuple("grades[1]", "the grade 缺考 stands for nothing: give it a score, points, or pass (true or false)"),
                                tuple("grades[2].points", "grade points 3.333: the scale has points to 2 decimals"),
                                tuple("excludedKinds[1]", "the course kind 辅修 is listed twice")));
        assertThatThrownBy(() -> scale("""
                "grades": [], "points": {"formula": "score / 25", "decimals": 5}"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("points.decimals"));
        assertThatThrownBy(() -> scale("""
                "grades": [{"grade": "优秀", "score": 95}]"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("bands");
                    assertThat(v.zh()).isEqualTo("换算表需要分档（bands）或绩点公式（points）");
                }));
    }

    // ------------------------------------------------------------------ the preset

    @Test
    void theFourPointPresetStaysABandTableAndKeepsItsNumbers() {
        GradeScale preset = GradeScale.fourPoint();

        // 86 → 3.7, 85.5 → 3.7 (its band starts at 85), 59.99 → 0; 优秀 → 95
        assertThat(preset.points()).isEmpty();
        assertThat(preset.decimals()).isEqualTo(2);
        assertThat(preset.bands()).hasSize(10);
        assertThat(preset.points(new BigDecimal("86"))).isEqualByComparingTo("3.7");
        assertThat(preset.points(new BigDecimal("85.5"))).isEqualByComparingTo("3.7");
        assertThat(preset.points(new BigDecimal("59.99"))).isEqualByComparingTo("0");
        assertThat(preset.score("优秀")).contains(new BigDecimal("95"));
        assertThat(preset.word("合格")).hasValueSatisfying(w -> assertThat(w.pass()).contains(true));
        assertThat(preset.attempts()).satisfies(at -> {
            assertThat(at.words()).containsEntry("补考", GradeScale.Attempt.RESIT).containsEntry("重修", GradeScale.Attempt.RETAKE);
            assertThat(at.passedLater()).isEqualTo(GradeScale.PassedLater.PASS_MARK);
            assertThat(at.stillFailed()).isEqualTo(GradeScale.StillFailed.BEST);
            assertThat(at.failedCourses()).isEqualTo(GradeScale.FailedCourses.AT_FIRST_ATTEMPT);
        });
        assertThat(preset.excludedKinds()).containsExactly("辅修", "第二学位", "免修");
    }
}

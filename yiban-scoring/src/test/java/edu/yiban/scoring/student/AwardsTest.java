package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.EDU2202;
import static edu.yiban.scoring.student.StudentCampus.ENG2201;
import static edu.yiban.scoring.student.StudentCampus.STA2101;
import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.student.AwardOutcome.Consideration;
import edu.yiban.scoring.student.AwardOutcome.Shortfall;
import edu.yiban.scoring.student.AwardOutcome.Verdict;
import edu.yiban.scoring.system.IndicatorSystem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Awards as campuses award them: a share or a count of a scope, each level's own conditions and bands, places that
 * pass down or stay empty, gated students taking a lower level or not, ties at the boundary, incomplete results
 * refused, and the outcome read out in Chinese and English.
 */
class AwardsTest {
    /** Points recorded on activities; a sanction: a warning (警告) of severity 1, a demerit (记过) of severity 3. */
    private static final RuleSet RULES = Rules.set("{}", """
            {"code": "activity", "name": {"zh": "活动", "en": "activities"}, "category": "activity", "method": {"type": "recorded"}},
            {"code": "discipline", "name": {"zh": "处分", "en": "sanctions"}, "category": "discipline", "part": "moral",
             "method": {"type": "table", "rows": [{"when": {"level": "warning"}, "points": 0, "severity": 1},
                                                  {"when": {}, "points": 0, "severity": 3}]}, "severity": "sanction-level"}""", "");
    private static final IndicatorSystem SYSTEM = Rules.halfAndHalf();
    private static final String BANDS = """
            {"basis": "TOTAL", "levels": [{"code": "excellent", "name": {"zh": "优秀", "en": "excellent"}, "from": 85, "eligibleOnly": true},
                                          {"code": "good", "name": {"zh": "良好", "en": "good"}, "from": 70},
                                          {"code": "pass", "name": {"zh": "合格", "en": "pass"}, "from": 60}],
             "otherwise": {"code": "fail", "name": {"zh": "不合格", "en": "fail"}}}""";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

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

    /** A student of {@code classId} with {@code moral} and {@code intellectual} points and a course of 2 credits for each score. */
    private StudentNo student(ClassId classId, String moral, String intellectual, String... scores) {
        StudentNo no = campus.enrol(String.format("20220101%02d", ++next), "学生" + next, classId);
        campus.record(no, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.MORAL, moral));
        campus.record(no, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.INTELLECTUAL, intellectual));
        for (int i = 0; i < scores.length; i++) {
            campus.record(no, campus.grade(T2022_1, "课程" + i, "2", scores[i]));
        }
        return no;
    }

    /** Ten students of EDU2201 with totals 95, 90 … 50, each with one course of 80. */
    private List<StudentNo> tenStudents() {
        List<StudentNo> students = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String points = Integer.toString(95 - 5 * i);
            students.add(student(EDU2201, points, points, "80"));
        }
        return students;
    }

    private StudentResults evaluate() {
        return StudentEvaluation.builder(campus.core).rules(RuleSets.of(RULES)).system(SYSTEM)
                .tieBreak(List.of("intellectual", "moral")).build().evaluate(T2022_1);
    }

    /** A policy with one award each, the given policy-wide fields (a JSON fragment, or empty) and awards. */
    private static AwardPolicy policy(String fields, String... awards) {
        return AwardPolicy.fromJson(Rules.json("""
                {"id": "campus-awards", "name": {"zh": "评奖办法", "en": "award rules"}, "oneAwardEach": true%s, "awards": [%s], "bands": %s}"""
                .formatted(fields.isEmpty() ? "" : ", " + fields, String.join(",", awards), BANDS)));
    }

    /** An award of EDU2201's class scope named {@code zh}/{@code en} with the given fields (a JSON fragment). */
    private static String award(String code, String zh, String en, String fields) {
        return """
                {"code": "%s", "name": {"zh": "%s", "en": "%s"}, "scope": "CLASS", %s}""".formatted(code, zh, en, fields);
    }

    private static String first(String fields) {
        return award("first", "一等奖学金", "first-class scholarship", fields);
    }

    private static String second(String fields) {
        return award("second", "二等奖学金", "second-class scholarship", fields);
    }

    private static Consideration considered(AwardOutcome outcome, StudentNo student, String award) {
        return outcome.standing(student).orElseThrow().considered().stream().filter(c -> c.award().equals(award)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ quota modes

    @Test
    void underPassDownAGatedStudentsPlacePassesDownUnderCutOffItStaysEmpty() {
        List<StudentNo> s = tenStudents();
        campus.record(s.get(0), campus.grade(T2022_1, "补充课程", "2", "75"));   // s0's lowest course 75: fails 一等's own condition
        StudentResults results = evaluate();
        String fields = """
                "share": 0.3, "rounding": "FLOOR", "conditions": [{"indicator": "lowest-score", "must": "AT_LEAST", "threshold": 80}]""";

        AwardOutcome passDown = results.awards(policy("", first(fields)));
        AwardOutcome cutOff = results.awards(policy("", first(fields + ", \"quotaMode\": \"CUT_OFF\"")));

        // 30% of 10 = 3.0 → 3 places. Pass down: s0 (95) fails lowest-score ≥ 80 (75) → its place passes to s3; s1, s2, s3 receive.
        assertThat(passDown.recipients("first")).containsExactly(s.get(1), s.get(2), s.get(3));
        assertThat(passDown.quotas()).singleElement().satisfies(q -> {
            assertThat(q.quota()).isEqualTo(3);
            assertThat(q.mode()).isEqualTo(AwardPolicy.QuotaMode.PASS_DOWN);
            assertThat(q.vacant()).isZero();
        });
        assertThat(considered(passDown, s.get(0), "first").verdict()).isEqualTo(Verdict.PASSED_DOWN);
        assertThat(considered(passDown, s.get(3), "first")).extracting(Consideration::rank, Consideration::verdict)
                .containsExactly(4, Verdict.RECEIVED_PASSED_DOWN);
        // Cut-off: the places are ranks 1-3; s0's stays empty, s1 and s2 receive, s3 (rank 4) is outside and not considered.
        assertThat(cutOff.recipients("first")).containsExactly(s.get(1), s.get(2));
        assertThat(cutOff.quotas()).singleElement().satisfies(q -> {
            assertThat(q.quota()).isEqualTo(3);
            assertThat(q.vacant()).isEqualTo(1);
        });
        assertThat(considered(cutOff, s.get(0), "first").verdict()).isEqualTo(Verdict.LEFT_EMPTY);
        assertThat(cutOff.standing(s.get(3)).orElseThrow().considered()).isEmpty();
        assertThat(passDown.quotas().get(0).explain(ZH))
                .isEqualTo("一等奖学金（班级 EDU2201，10 人）：0.3 × 10 = 3.0，去尾为 3 → 名额 3；名额顺延：获得 3 人；并列者按排名先后");
        assertThat(cutOff.quotas().get(0).explain(EN)).isEqualTo("first-class scholarship (class EDU2201, 10 evaluated): 0.3 × 10 = 3.0, "
                + "rounded down to 3 → 3 place(s); rank cut-off: 2 received, 1 place(s) left empty; ties go by rank order");
    }

    @Test
    void aCountQuotaGivesAFixedNumberOfPlacesPerGroupAtMostItsSize() {
        StudentNo a = student(EDU2201, "90", "90", "80");
        StudentNo b = student(EDU2202, "85", "85", "80");
        StudentNo c = student(ENG2201, "80", "80", "80");
        StudentNo d = student(EDU2201, "75", "75", "80");
        StudentNo e = student(STA2101, "70", "70", "80");
        String national = award("national", "国家奖学金", "national scholarship", "\"count\": 2").replace("\"CLASS\"", "\"COLLEGE\"");

        AwardOutcome outcome = evaluate().awards(policy("", national));

        // EDU has 4 students (a, b, c, d): 2 places → a (90), b (85); MATH has 1 (e): 2 places, at most its 1 student → e
        assertThat(outcome.quotas()).extracting(AwardOutcome.Quota::group, AwardOutcome.Quota::groupSize, AwardOutcome.Quota::quota)
                .containsExactly(tuple("EDU", 4, 2), tuple("MATH", 1, 1));
        assertThat(outcome.recipients("national")).containsExactly(a, b, e);
        assertThat(outcome.quotas().get(0).share()).isEmpty();
        assertThat(outcome.quotas().get(0).exact()).isEqualByComparingTo("2");
        assertThat(outcome.quotas()).extracting(q -> q.explain(ZH)).containsExactly(
                "国家奖学金（学院 EDU，4 人）：每学院 2 个名额 → 名额 2；名额顺延：获得 2 人；并列者按排名先后",
                "国家奖学金（学院 MATH，1 人）：每学院 2 个名额，不超过人数 1 → 名额 1；名额顺延：获得 1 人；并列者按排名先后");
        assertThat(outcome.quotas().get(1).explain(EN)).isEqualTo("national scholarship (college MATH, 1 evaluated): 2 place(s) per college, "
                + "at most the group's 1 → 1 place(s); places pass down: 1 received; ties go by rank order");
        assertThat(List.of(c, d)).noneMatch(outcome.recipients("national")::contains);
    }

    // ------------------------------------------------------------------ each level's own conditions

    @Test
    void eachOwnConditionIsCheckedAndEveryShortfallIsNamedWithTheValue() {
        StudentNo a = student(EDU2201, "90", "90", "90", "85");    // average 87.5, lowest 85: eligible
        StudentNo b = student(EDU2201, "85", "85", "78", "78");    // average 78 < 80
        StudentNo c = student(EDU2201, "80", "80", "95", "65");    // average 80, lowest 65 < 70
        StudentNo d = student(EDU2201, "75", "75", "100", "100", "100", "55");   // average (3 × 100 + 55) / 4 = 88.75; lowest 55, one failed
        StudentNo e = student(EDU2201, "70", "70", "90", "90");    // a warning: sanction-level 1
        campus.record(e, campus.entry(T2022_1, Category.DISCIPLINE, "level", "warning"));
        StudentNo f = student(EDU2201, "55", "55", "90", "90");    // total 55 < 60
        StudentNo g = student(EDU2201, "65", "65");                // no course at all: no average, lowest score, failed courses or GPA
        String merit = award("merit", "优秀学生", "merit student", """
                "share": 1, "rounding": "FLOOR", "quotaMode": "CUT_OFF", "gates": ["min-gpa"], "minimumTotal": 60,
                "conditions": [{"indicator": "weighted-average", "must": "AT_LEAST", "threshold": 80},
                               {"indicator": "lowest-score", "must": "AT_LEAST", "threshold": 70},
                               {"indicator": "failed-courses", "must": "EQUAL", "threshold": 0},
                               {"indicator": "sanction-level", "must": "EQUAL", "threshold": 0,
                                "name": {"zh": "无处分", "en": "no sanction"}}]""");

        AwardOutcome outcome = evaluate().awards(policy("", merit));

        // 100% of 7 = 7 places, cut off: everyone is considered; only a meets every condition
        assertThat(outcome.recipients("merit")).containsExactly(a);
        assertThat(considered(outcome, b, "merit").shortfalls()).extracting(Shortfall::kind, Shortfall::code, sf -> sf.value().map(BigDecimal::stripTrailingZeros))
                .containsExactly(tuple(Shortfall.Kind.CONDITION, "weighted-average", Optional.of(new BigDecimal("78"))));
        assertThat(considered(outcome, c, "merit").shortfalls()).extracting(Shortfall::code, sf -> sf.value().map(BigDecimal::stripTrailingZeros))
                .containsExactly(tuple("lowest-score", Optional.of(new BigDecimal("65"))));
        assertThat(considered(outcome, d, "merit").shortfalls()).extracting(Shortfall::code, sf -> sf.value().map(BigDecimal::stripTrailingZeros))
                .containsExactly(tuple("lowest-score", Optional.of(new BigDecimal("55"))), tuple("failed-courses", Optional.of(BigDecimal.ONE)));
        assertThat(considered(outcome, e, "merit").shortfalls()).extracting(Shortfall::code, sf -> sf.name().zh())
                .containsExactly(tuple("sanction-level", "无处分"));
        assertThat(considered(outcome, f, "merit").shortfalls()).extracting(Shortfall::kind, sf -> sf.threshold().orElseThrow().toPlainString(),
                        sf -> sf.value().orElseThrow().toPlainString())
                .containsExactly(tuple(Shortfall.Kind.MINIMUM_TOTAL, "60", "55.00"));
        // g lacks every academic measure: the named gate min-gpa fails, and each condition on a measure g lacks fails with no value
        assertThat(considered(outcome, g, "merit").shortfalls()).extracting(Shortfall::kind, Shortfall::code, Shortfall::value).containsExactly(
                tuple(Shortfall.Kind.GATE, "min-gpa", Optional.empty()),
                tuple(Shortfall.Kind.CONDITION, "weighted-average", Optional.empty()),
                tuple(Shortfall.Kind.CONDITION, "lowest-score", Optional.empty()),
                tuple(Shortfall.Kind.CONDITION, "failed-courses", Optional.empty()));
        assertThat(outcome.explain(g, ZH)).isEqualTo("""
                2022010107：总分 65.00，等级合格；未获奖项
                  优秀学生（班级 EDU2201，名额 7，按名次截取）：排名第 6，未获得：不符合资格条件：绩点≥2（值 —）；学分加权平均分为 无数据，要求不低于 80；\
                单科最低成绩为 无数据，要求不低于 70；不及格门数为 无数据，要求等于 0；按名次截取，该名额空缺
                """);
        assertThat(outcome.explain(e, EN)).isEqualTo("""
                2022010105: total 70.00, band good; no award
                  merit student (class EDU2201, 7 place(s), rank cut-off): ranked 5, not received: no sanction is 1, but must be equal to 0; \
                by rank cut-off the place is left empty
                """);
    }

    @Test
    void aLevelMayRequireABand() {
        StudentNo a = student(EDU2201, "95", "95", "80");    // excellent
        StudentNo b = student(EDU2201, "88", "88", "80");    // excellent
        StudentNo c = student(EDU2201, "80", "80", "80");    // good
        String honour = award("honour", "三好学生", "merit student", "\"share\": 1, \"rounding\": \"FLOOR\", \"inBands\": [\"excellent\"]");

        AwardOutcome outcome = evaluate().awards(policy("", honour));

        // 3 places passing down; bands from 85 excellent, from 70 good: c (80, good) is not among excellent
        assertThat(outcome.recipients("honour")).containsExactly(a, b);
        assertThat(considered(outcome, c, "honour").shortfalls()).singleElement()
                .extracting(Shortfall::kind, Shortfall::code).containsExactly(Shortfall.Kind.BAND, "good");
        assertThat(outcome.explain(c, ZH)).contains("三好学生（班级 EDU2201，名额 3，名额顺延）：排名第 3，未获得：等级良好不在要求的优秀之列；名额顺延给下一位符合条件的学生");
        assertThat(outcome.explain(c, EN)).contains("not received: the band good is not among excellent; the place passed down to the next eligible student");
    }

    // ------------------------------------------------------------------ gated students and lower levels

    /** 一等: 10% of the class (1 place) with every course at least 80; 二等: 20% (2 places), no own condition. */
    private static final String FIRST = """
            "share": 0.1, "rounding": "FLOOR", "conditions": [{"indicator": "lowest-score", "must": "AT_LEAST", "threshold": 80}]""";
    private static final String SECOND = "\"share\": 0.2, \"rounding\": \"FLOOR\"";

    @Test
    void aGatedStudentMayTakeALowerLevelByDefault() {
        List<StudentNo> s = tenStudents();
        campus.record(s.get(0), campus.grade(T2022_1, "补充课程", "2", "75"));   // s0 (95): top of the class, a course below 80

        AwardOutcome outcome = evaluate().awards(policy("", first(FIRST), second(SECOND)));

        // 一等: 1 place; s0 fails its condition → passes down to s1. 二等: 2 places among those without 一等: s0, s2
        assertThat(outcome.recipients("first")).containsExactly(s.get(1));
        assertThat(outcome.recipients("second")).containsExactly(s.get(0), s.get(2));
        assertThat(outcome.explain(s.get(0), ZH)).isEqualTo("""
                2022010101：总分 95.00，等级优秀；获得二等奖学金
                  一等奖学金（班级 EDU2201，名额 1，名额顺延）：排名第 1，未获得：单科最低成绩为 75.00，要求不低于 80；名额顺延给下一位符合条件的学生；改获二等奖学金
                  二等奖学金（班级 EDU2201，名额 2，名额顺延）：排名第 1，获得
                """);
        assertThat(outcome.explain(s.get(2), EN)).isEqualTo("""
                2022010103: total 85.00, band excellent; awarded the second-class scholarship
                  second-class scholarship (class EDU2201, 2 place(s), places pass down): ranked 3 (place 2 among those without a higher award), received
                """);
    }

    @Test
    void aLevelOrThePolicyMayBarAGatedStudentFromLowerLevels() {
        List<StudentNo> s = tenStudents();
        campus.record(s.get(0), campus.grade(T2022_1, "补充课程", "2", "75"));
        StudentResults results = evaluate();

        AwardOutcome byLevel = results.awards(policy("", first(FIRST + ", \"gatedMayTakeLower\": false"), second(SECOND)));
        AwardOutcome byPolicy = results.awards(policy("\"gatedMayTakeLower\": false", first(FIRST), second(SECOND)));
        AwardOutcome overridden = results.awards(policy("\"gatedMayTakeLower\": false", first(FIRST + ", \"gatedMayTakeLower\": true"),
                second(SECOND)));

        // 一等 bars s0, whom its quota reached without s0 being eligible: 二等's 2 places pass from s0 to s2, s3
        assertThat(byLevel.recipients("second")).containsExactly(s.get(2), s.get(3));
        assertThat(byPolicy.recipients("second")).containsExactly(s.get(2), s.get(3));
        assertThat(considered(byLevel, s.get(0), "second").shortfalls()).singleElement()
                .extracting(Shortfall::kind, Shortfall::code).containsExactly(Shortfall.Kind.GATED_ABOVE, "first");
        assertThat(byLevel.explain(s.get(0), EN)).isEqualTo("""
                2022010101: total 95.00, band excellent; no award
                  first-class scholarship (class EDU2201, 1 place(s), places pass down): ranked 1, not received: lowest course score is 75.00, \
                but must be at least 80; the place passed down to the next eligible student; and may not take a lower award
                  second-class scholarship (class EDU2201, 2 place(s), places pass down): ranked 1, not received: the first-class scholarship \
                quota reached this student, who was not eligible for it, and it lets no such student take a lower award; the place passed \
                down to the next eligible student
                """);
        assertThat(byLevel.quotas().get(0).explain(ZH)).endsWith("；名额内不符合条件者不得改评较低等级");
        // the level's own word overrides the policy's: s0 takes 二等 again
        assertThat(overridden.recipients("second")).containsExactly(s.get(0), s.get(2));
    }

    // ------------------------------------------------------------------ ties at the boundary

    @Test
    void tiesAtTheBoundaryAllReceiveOrGoByTheRankOrder() {
        StudentNo a = student(EDU2201, "90", "90", "80");   // 90
        StudentNo b = student(EDU2201, "80", "90", "80");   // 85, intellectual 90
        StudentNo c = student(EDU2201, "90", "80", "80");   // 85, intellectual 80, moral 90
        StudentNo d = student(EDU2201, "90", "80", "80");   // 85, the same as c: 学号 decides
        StudentNo e = student(EDU2201, "70", "70", "80");   // 70
        StudentResults results = evaluate();
        String fields = "\"share\": 0.4, \"rounding\": \"FLOOR\"";

        AwardOutcome byRank = results.awards(policy("", first(fields)));
        AwardOutcome all = results.awards(policy("\"ties\": \"ALL\"", first(fields)));

        // 40% of 5 = 2.0 → 2 places: a (90), then b, c, d tied at 85 in the rank order b (智 90), c (智 80, 学号 first), d.
        // TIE_BREAK: a, b; c and d are tied with b, the last place, and placed after it.
        assertThat(byRank.recipients("first")).containsExactly(a, b);
        assertThat(List.of(c, d)).extracting(no -> considered(byRank, no, "first"))
                .extracting(Consideration::verdict, Consideration::tiedWith)
                .containsOnly(tuple(Verdict.TIE_BROKEN, Optional.of(b)));
        assertThat(byRank.quotas().get(0).exceededBy()).isZero();
        // ALL: every student tied with b receives it: a, b, c, d — 2 beyond the quota; e (70) is not tied
        assertThat(all.recipients("first")).containsExactly(a, b, c, d);
        assertThat(all.quotas()).singleElement().satisfies(q -> {
            assertThat(q.quota()).isEqualTo(2);
            assertThat(q.exceededBy()).isEqualTo(2);
            assertThat(q.explain(EN)).endsWith("places pass down: 2 received; all tied with the last place receive it: 2 beyond the quota");
        });
        assertThat(considered(all, d, "first").verdict()).isEqualTo(Verdict.RECEIVED_TIED);
        assertThat(all.standing(e).orElseThrow().considered()).isEmpty();
        assertThat(byRank.explain(c, ZH)).endsWith("一等奖学金（班级 EDU2201，名额 2，名额顺延）：排名第 3，与名额内最后一名 2022010102 总分并列（85.00），"
                + "但按排名规则（依次比较分项成绩，再比学号）排在其后，未获得\n");
        assertThat(all.explain(c, ZH)).endsWith("排名第 3，与名额内最后一名 2022010102 总分并列（85.00），并列者全部获得，因此超出名额获得\n");
    }

    @Test
    void underCutOffTheTieIsWithTheLastPlaceEvenIfItStaysEmpty() {
        StudentNo a = student(EDU2201, "90", "90", "80");   // 90
        StudentNo b = student(EDU2201, "80", "90", "80");   // 85, intellectual 90, but a course below 80 in 一等's eyes
        campus.record(b, campus.grade(T2022_1, "补充课程", "2", "75"));
        StudentNo c = student(EDU2201, "90", "80", "80");   // 85, after b
        StudentNo d = student(EDU2201, "90", "80", "75");   // 85, after c, a course of 75
        student(EDU2201, "70", "70", "80");                 // 70
        StudentResults results = evaluate();
        String fields = FIRST.replace("0.1", "0.4") + ", \"quotaMode\": \"CUT_OFF\"";

        AwardOutcome byRank = results.awards(policy("", first(fields)));
        AwardOutcome all = results.awards(policy("", first(fields + ", \"ties\": \"ALL\"")));

        // 2 places cut off at a, b; b fails → left empty. TIE_BREAK: c tied with b and placed after: nothing; d is not eligible
        assertThat(byRank.recipients("first")).containsExactly(a);
        assertThat(considered(byRank, c, "first").verdict()).isEqualTo(Verdict.TIE_BROKEN);
        assertThat(byRank.standing(d).orElseThrow().considered()).isEmpty();
        // ALL: c is tied with b, the last place: receives it, 1 beyond; d, tied too, fails the condition
        assertThat(all.recipients("first")).containsExactly(a, c);
        assertThat(all.quotas()).singleElement().extracting(AwardOutcome.Quota::vacant, AwardOutcome.Quota::exceededBy).containsExactly(1, 1);
        assertThat(considered(all, d, "first")).extracting(Consideration::verdict, Consideration::tiedWith)
                .containsExactly(Verdict.TIED_NOT_ELIGIBLE, Optional.of(b));
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void incompleteResultsDecideNothingAndAreRefusedNamingTheFirstStudentsAndTheIndicators() {
        tenStudents();
        StudentResults results = evaluate();
        List<StudentResult> marked = new ArrayList<>();
        for (int i = 0; i < results.results().size(); i++) {
            StudentResult r = results.results().get(i);
            SubjectResult s = r.result();
            SubjectResult incomplete = i < 3 ? s : new SubjectResult(s.subject(), s.total(), s.vetoes(), s.failedGates(),
                    List.of(i % 2 == 0 ? "library-hours" : "volunteer-hours"), s.explanation());
            marked.add(new StudentResult(r.student(), r.classId(), r.major(), r.college(), r.cohort(), incomplete, r.academic(), r.lines(),
                    r.scores(), r.measures()));
        }
        StudentResults withIncomplete = new StudentResults(results.period(), results.ruleSet(), results.ruleSetVersion(), results.system(),
                results.systemVersion(), results.tieBreak(), results.gates(), marked);

        // 7 of 10 incomplete (the 4th to the 10th): the first 5 named, then …
        assertThatThrownBy(() -> withIncomplete.awards(policy("", first(SECOND))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("results[3].incomplete");
                    assertThat(v.zh()).isEqualTo("有 7 项结果不完整（2022010104, 2022010105, 2022010106, 2022010107, 2022010108, … 的 "
                            + "library-hours, volunteer-hours 未能测得）：评奖评优只依据完整的结果，须先重新测评这些学生");
                    assertThat(v.en()).startsWith("7 result(s) are incomplete (a source failed to measure library-hours, volunteer-hours for "
                            + "2022010104, 2022010105, 2022010106, 2022010107, 2022010108, …)");
                }));
    }

    @Test
    void aConditionOnAnIndicatorNoResultHasIsRefused() {
        tenStudents();
        String cet = first("\"share\": 0.1, \"rounding\": \"FLOOR\", \"conditions\": [{\"indicator\": \"cet4-score\", \"must\": \"AT_LEAST\", "
                + "\"threshold\": 425}]");

        assertThatThrownBy(() -> evaluate().awards(policy("", cet)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("awards[0].conditions[0].indicator");
                    assertThat(v.en()).startsWith("the award first has a condition on cet4-score, which no result of the period has (they have: ")
                            .contains("lowest-score", "points.moral", "sanction-level");
                }));
    }

    @Test
    void aPolicyWithFaultsInItsQuotasConditionsAndBandsIsRefusedNamingEachPath() {
        String json = """
                {"id": "p", "name": {"zh": "办法", "en": "policy"},
                 "awards": [{"code": "a", "name": {"zh": "甲", "en": "a"}, "scope": "CLASS", "share": 0.1, "count": 2, "rounding": "FLOOR"},
                            {"code": "b", "name": {"zh": "乙", "en": "b"}, "scope": "CLASS"},
                            {"code": "c", "name": {"zh": "丙", "en": "c"}, "scope": "CLASS", "count": 0, "rounding": "FLOOR"},
                            {"code": "d", "name": {"zh": "丁", "en": "d"}, "scope": "CLASS", "share": 0.1,
                             "conditions": [{"indicator": "Weighted Average", "must": "AT_LEAST", "threshold": 80}], "inBands": ["best"]}],
                 "bands": {"basis": "TOTAL", "levels": [{"code": "good", "name": {"zh": "良", "en": "good"}, "from": 50}],
                           "otherwise": {"code": "rest", "name": {"zh": "其他", "en": "others"}}}}""";

        assertThatThrownBy(() -> AwardPolicy.fromJson(Rules.json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("awards[0]", "awards[1]",
                            "awards[2].count", "awards[2].rounding", "awards[3].rounding", "awards[3].conditions[0].indicator",
                            "awards[3].inBands[0]");
                    assertThat(e.violations()).filteredOn(v -> v.path().equals("awards[3].inBands[0]")).singleElement()
                            .extracting(Violation::zh).isEqualTo("奖项 d 要求的等级 best 不是本办法的等级（good, rest）");
                });
    }

    @Test
    void theExamplePolicyStatesItsDefaultsAndKeepsItsQuotas() {
        AwardPolicy example = AwardPolicy.example();

        assertThat(example.quotaMode()).isEqualTo(AwardPolicy.QuotaMode.PASS_DOWN);
        assertThat(example.ties()).isEqualTo(AwardPolicy.Ties.TIE_BREAK);
        assertThat(example.gatedMayTakeLower()).isTrue();
        assertThat(example.awards()).allSatisfy(a -> {
            assertThat(a.count()).isEmpty();
            assertThat(a.conditions()).isEmpty();
            assertThat(example.quotaMode(a)).isEqualTo(AwardPolicy.QuotaMode.PASS_DOWN);
        });
    }

    /** The complete policy of {@code docs/rules.md} (Awards), word for word. */
    private static final String DOCUMENTED = """
            {
              "id": "campus-awards-2022",
              "name": {"zh": "2022—2023 学年奖学金与评优办法", "en": "Scholarships and merit awards 2022-2023"},
              "description": {"zh": "国家奖学金每学院 2 名；一等 3%（专业）；二等 7%（班级）。",
                              "en": "National: 2 per college; first-class: 3% of a major; second-class: 7% of a class."},
              "oneAwardEach": true,
              "quotaMode": "PASS_DOWN",
              "ties": "TIE_BREAK",
              "gatedMayTakeLower": true,
              "awards": [
                {"code": "national", "name": {"zh": "国家奖学金", "en": "national scholarship"},
                 "scope": "COLLEGE", "count": 2, "quotaMode": "CUT_OFF", "gatedMayTakeLower": false,
                 "gates": ["no-sanction"], "inBands": ["excellent"],
                 "conditions": [{"indicator": "weighted-average", "must": "AT_LEAST", "threshold": 85},
                                {"indicator": "lowest-score", "must": "AT_LEAST", "threshold": 80,
                                 "name": {"zh": "单科成绩不低于 80 分", "en": "every course at least 80"}}]},
                {"code": "first-class", "name": {"zh": "一等奖学金", "en": "first-class scholarship"},
                 "scope": "MAJOR", "share": 0.03, "rounding": "HALF_UP", "minimum": 1, "ties": "ALL",
                 "conditions": [{"indicator": "gpa", "must": "AT_LEAST", "threshold": 3.0},
                                {"indicator": "lowest-score", "must": "AT_LEAST", "threshold": 70},
                                {"indicator": "failed-courses", "must": "EQUAL", "threshold": 0},
                                {"indicator": "sanction-level", "must": "EQUAL", "threshold": 0}]},
                {"code": "second-class", "name": {"zh": "二等奖学金", "en": "second-class scholarship"},
                 "scope": "CLASS", "share": 0.07, "rounding": "HALF_UP", "minimum": 1, "minimumTotal": 75,
                 "conditions": [{"indicator": "failed-courses", "must": "EQUAL", "threshold": 0}]}
              ],
              "bands": {
                "basis": "TOTAL",
                "levels": [{"code": "excellent", "name": {"zh": "优秀", "en": "excellent"}, "from": 85, "eligibleOnly": true},
                           {"code": "good", "name": {"zh": "良好", "en": "good"}, "from": 75},
                           {"code": "pass", "name": {"zh": "合格", "en": "pass"}, "from": 60}],
                "otherwise": {"code": "fail", "name": {"zh": "不合格", "en": "fail"}}
              }
            }""";

    @Test
    void theDocumentedPolicyLoadsAndGivesItsQuotas() {
        for (ClassId c : List.of(EDU2201, EDU2201, EDU2201, EDU2201, EDU2202, EDU2202, ENG2201)) {
            student(c, "70", "70", "88", "82");
        }

        // the example rule set's gates include no-sanction, which the national scholarship names
        AwardOutcome outcome = campus.evaluation().evaluate(T2022_1).awards(AwardPolicy.fromJson(Rules.json(DOCUMENTED)));

        // national: 2 per college, EDU has 7; first-class: 3% of EDU-ENG (1) = 0.03 and of EDU-PRI (6) = 0.18, half-up 0, minimum 1;
        // second-class: 7% of EDU2201 (4) = 0.28, of EDU2202 (2) = 0.14, of ENG2201 (1) = 0.07, half-up 0, minimum 1
        assertThat(outcome.quotas()).extracting(AwardOutcome.Quota::award, AwardOutcome.Quota::group, AwardOutcome.Quota::quota,
                AwardOutcome.Quota::mode, AwardOutcome.Quota::ties).containsExactly(
                tuple("national", "EDU", 2, AwardPolicy.QuotaMode.CUT_OFF, AwardPolicy.Ties.TIE_BREAK),
                tuple("first-class", "EDU-ENG", 1, AwardPolicy.QuotaMode.PASS_DOWN, AwardPolicy.Ties.ALL),
                tuple("first-class", "EDU-PRI", 1, AwardPolicy.QuotaMode.PASS_DOWN, AwardPolicy.Ties.ALL),
                tuple("second-class", "EDU2201", 1, AwardPolicy.QuotaMode.PASS_DOWN, AwardPolicy.Ties.TIE_BREAK),
                tuple("second-class", "EDU2202", 1, AwardPolicy.QuotaMode.PASS_DOWN, AwardPolicy.Ties.TIE_BREAK),
                tuple("second-class", "ENG2201", 1, AwardPolicy.QuotaMode.PASS_DOWN, AwardPolicy.Ties.TIE_BREAK));
        assertThat(outcome.quotas().get(0).gatedMayTakeLower()).isFalse();
    }
}

package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.Category;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A campus declares its score's structure: parts of any depth, weights, bases and defaults, formulas, caps. */
class PartsTest extends OneStudentCampus {
    private static final Category PSYCH = Category.of("psych-test");
    private static final Category DORM = Category.of("dorm");
    private static final String PSYCH_AND_DORM = """
            {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
              {"code": "psychology", "name": {"zh": "心理", "en": "psychology"}, "weight": 0.5, "default": 100},
              {"code": "dorm", "name": {"zh": "宿舍", "en": "dormitory"}, "weight": 0.5, "base": 60}]}""";
    private static final String PSYCH_AND_DORM_RULES = """
            {"code": "psych", "name": {"zh": "心理测评", "en": "psychological test"}, "category": "psych-test", "part": "psychology",
             "method": {"type": "attribute", "attribute": "score"}},
            {"code": "dorm", "name": {"zh": "文明宿舍", "en": "model dormitory"}, "category": "dorm", "part": "dorm",
             "method": {"type": "table", "rows": [{"when": {}, "points": 5}]}}""";

    @Test
    void aDefaultCountsOnlyWhenNothingIsRecordedWhileABaseIsAlwaysAdded() {
        StudentNo wang = campus.enrol("2022010102", "王芳", EDU2201);
        StudentNo zhao = campus.enrol("2022010103", "赵磊", EDU2201);
        campus.record(li, campus.entry(T2022_1, DORM));
        campus.record(wang, campus.entry(T2022_1, PSYCH, "score", "90"));
        campus.record(zhao, campus.entry(T2022_1, PSYCH, "score", "0"));
        RuleSet rules = Rules.custom(PSYCH_AND_DORM, PSYCH_AND_DORM_RULES, "", "");

        StudentResults results = Rules.own(campus, rules).evaluate(T2022_1);

        // 李明: no 心理 record → the default 100; 宿舍 base 60 + 5 = 65; 0.5 × 100 + 0.5 × 65 = 82.50
        StudentResult li = results.result(this.li).orElseThrow();
        assertThat(li.points("psychology")).isEqualByComparingTo("100");
        assertThat(li.lines("psychology")).extracting(ItemLine::kind).containsExactly(ItemLine.Kind.DEFAULT);
        assertThat(li.lines("psychology").get(0).text().zh()).isEqualTo("心理：无记录，按默认分 100.00 计");
        assertThat(li.points("dorm")).isEqualByComparingTo("65");
        assertThat(li.total()).isEqualTo(new BigDecimal("82.50"));
        // 王芳: 心理 recorded 90 counts 90, not the default; 宿舍 base 60 with nothing recorded; 45 + 30 = 75.00
        StudentResult wangResult = results.result(wang).orElseThrow();
        assertThat(wangResult.points("psychology")).isEqualByComparingTo("90");
        assertThat(wangResult.lines("psychology")).extracting(ItemLine::kind).containsExactly(ItemLine.Kind.ITEM);
        assertThat(wangResult.total()).isEqualTo(new BigDecimal("75.00"));
        // 赵磊: a record of 0 is a record: 0, not 100; 0 + 30 = 30.00
        assertThat(results.result(zhao).orElseThrow().total()).isEqualTo(new BigDecimal("30.00"));
    }

    @Test
    void aPartTakingBothABaseAndADefaultIsRefused() {
        assertThatThrownBy(() -> Rules.custom("""
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                  {"code": "psychology", "name": {"zh": "心理", "en": "psychology"}, "base": 60, "default": 100}]}""", "", "", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("parts.children[0].default");
                    assertThat(v.zh()).contains("基础分").contains("默认分");
                    assertThat(v.en()).contains("both a base score and a default");
                }));
    }

    @Test
    void partsNestToAnyDepthAndEachPartsCapHoldsItsWholeScore() {
        RuleSet rules = Rules.custom("""
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                  {"code": "a", "name": {"zh": "甲", "en": "a"}, "weight": 0.6, "children": [
                    {"code": "a1", "name": {"zh": "甲一", "en": "a1"}, "weight": 0.5, "base": 80},
                    {"code": "a2", "name": {"zh": "甲二", "en": "a2"}, "weight": 0.5, "children": [
                      {"code": "a2x", "name": {"zh": "甲二子", "en": "a2x"}, "base": 90}]}]},
                  {"code": "b", "name": {"zh": "乙", "en": "b"}, "weight": 0.4, "base": 70, "cap": 100}]}""", """
                {"code": "honour", "name": {"zh": "荣誉", "en": "honours"}, "category": "award", "part": "b",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 40}]}}""", "", "");
        campus.record(li, campus.entry(T2022_1, Category.AWARD));

        StudentResult result = Rules.own(campus, rules).evaluate(T2022_1).result(li).orElseThrow();

        // a = 0.5 × 80 + 0.5 × (1 × 90) = 85; b = 70 + 40 = 110, capped at 100; total = 0.6 × 85 + 0.4 × 100 = 91.00
        assertThat(result.total()).isEqualTo(new BigDecimal("91.00"));
        assertThat(result.score("a")).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("85"));
        assertThat(result.score("a2x")).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("90"));
        Explanation b = result.result().explanation().find("b").orElseThrow();
        assertThat(b.notes()).extracting(Note::kind, Note::shown).containsExactly(
                tuple(Note.Kind.POINTS, new BigDecimal("110.00")), tuple(Note.Kind.CAP, new BigDecimal("-10.00")));
        assertThat(b.contributionShown()).isEqualTo(new BigDecimal("40.00"));
    }

    @Test
    void aFormulaPartReadsTheCreditWeightedAverageAndAMissingInputCountsZeroAndIsNoted() {
        StudentNo wang = campus.enrol("2022010102", "王芳", EDU2201);
        campus.record(li, campus.grade(T2022_1, "高等数学", "2", "85.5"));
        campus.record(li, campus.grade(T2022_1, "大学英语", "3", "90"));
        campus.record(wang, campus.entry(T2022_1, Category.AWARD));
        RuleSet rules = Rules.custom("""
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                  {"code": "intellectual", "name": {"zh": "智育", "en": "intellectual"}, "weight": 0.7, "formula": "weighted_average"},
                  {"code": "moral", "name": {"zh": "德育", "en": "moral"}, "weight": 0.3, "base": 80}]}""", "", "", "");

        StudentResults results = Rules.own(campus, rules).evaluate(T2022_1);

        // Σ credits × score = 2 × 85.5 + 3 × 90 = 441 over 5 credits = 88.20; total 0.7 × 88.2 + 0.3 × 80 = 85.74
        StudentResult li = results.result(this.li).orElseThrow();
        assertThat(li.measure(StudentEvaluation.WEIGHTED_AVERAGE)).contains(new BigDecimal("88.20"));
        assertThat(li.total()).isEqualTo(new BigDecimal("85.74"));
        assertThat(li.result().explanation().find("intellectual").orElseThrow().notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.VALUE);
            assertThat(n.zh()).isEqualTo("公式 weighted_average，其中 weighted_average = 88.20：88.2000");
        });
        // 王芳 has no grade: the average is missing, counts 0, and the explanation says so
        StudentResult wangResult = results.result(wang).orElseThrow();
        assertThat(wangResult.total()).isEqualTo(new BigDecimal("24.00"));
        assertThat(wangResult.result().explanation().find("intellectual").orElseThrow().notes())
                .extracting(Note::kind).containsExactly(Note.Kind.MISSING, Note.Kind.VALUE);
    }

    @Test
    void aFormulaReadingItsPartsOwnPointsTakesThemInsteadOfAddingThemTwice() {
        campus.record(li, campus.entry(T2022_1, DORM));
        campus.record(li, campus.entry(T2022_1, DORM));
        RuleSet rules = Rules.custom("""
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                  {"code": "dorm", "name": {"zh": "宿舍", "en": "dormitory"}, "base": 60, "formula": "min(points_dorm, 68) / 2"}]}""",
                PSYCH_AND_DORM_RULES.substring(PSYCH_AND_DORM_RULES.indexOf("{\"code\": \"dorm\"")), "", "");

        StudentResult result = Rules.own(campus, rules).evaluate(T2022_1).result(li).orElseThrow();

        // points 60 + 5 + 5 = 70; min(70, 68) / 2 = 34.00, not 34 + 70
        assertThat(result.points("dorm")).isEqualByComparingTo("70");
        assertThat(result.total()).isEqualTo(new BigDecimal("34.00"));
        assertThat(result.result().explanation().find("dorm").orElseThrow().notes()).extracting(Note::kind).containsExactly(Note.Kind.VALUE);
    }

    @Test
    void aFormulaNamingAnUnknownIndicatorIsRefusedWithItsPathAndPosition() {
        assertThatThrownBy(() -> Rules.custom("""
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                  {"code": "intellectual", "name": {"zh": "智育", "en": "intellectual"}, "formula": "min(gpa * 25, 100) + bonus"}]}""", "", "", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("parts.children[0].formula");
                    assertThat(v.en()).contains("column 22").contains("bonus").contains("weighted_average");
                    assertThat(v.zh()).contains("22").contains("bonus");
                }));
    }

    @Test
    void rulesLimitsTieBreaksVetoesAndGatesNamingNoPartOrIndicatorAreRefusedListingTheValidOnes() {
        assertThatThrownBy(() -> Rules.custom("""
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
                  {"code": "moral", "name": {"zh": "德育", "en": "moral"}}]}""", """
                {"code": "honour", "name": {"zh": "荣誉", "en": "honours"}, "category": "award", "part": "morale",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 1}]}}""", """
                {"code": "cap", "name": {"zh": "上限", "en": "cap"}, "part": "physical", "per": "TERM", "cap": 10}""", """
                "tieBreak": ["academic"],
                "gates": [{"code": "g", "name": {"zh": "条件", "en": "gate"}, "indicator": "gpa-average", "must": "AT_LEAST", "threshold": 2}]"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::path)
                            .containsExactlyInAnyOrder("rules[0].part", "limits[0].part", "tieBreak[0]", "gates[0].indicator");
                    assertThat(e.violations()).filteredOn(v -> v.path().equals("rules[0].part")).singleElement()
                            .satisfies(v -> assertThat(v.en()).isEqualTo("there is no part morale; the parts are moral, total"));
                    assertThat(e.violations()).filteredOn(v -> v.path().equals("gates[0].indicator")).singleElement()
                            .satisfies(v -> assertThat(v.en()).contains("gpa-average").contains("weighted-average"));
                });
    }

    @Test
    void theExplanationReadsOutEveryPartWithItsLinesAndAddsUpAsShown() {
        campus.record(li, campus.entry(T2022_1, DORM));
        RuleSet rules = Rules.custom(PSYCH_AND_DORM, PSYCH_AND_DORM_RULES, "", "");

        StudentResult result = Rules.own(campus, rules).evaluate(T2022_1).result(li).orElseThrow();

        assertThat(result.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo("""
                2022010101（班级 EDU2201）：总分 82.50
                总分：82.50
                  心理：100.00 × 0.5 = 50.00
                    心理加减分合计：100.00
                      心理：无记录，按默认分 100.00 计
                  宿舍：65.00 × 0.5 = 32.50
                    宿舍加减分合计：65.00
                      宿舍基础分 60.00
                      文明宿舍：5 = 5.00 [2022010101#1]
                """);
        assertThat(result.explain(Locale.ENGLISH)).startsWith("2022010101 (class EDU2201): total 82.50\ntotal: 82.50\n"
                + "  psychology: 100.00 × 0.5 = 50.00\n");
    }
}

package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2022_2;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.archive.Category;
import edu.yiban.scoring.result.Explanation;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A year from its records, or as the mean of its terms' scores, each term held by its own caps first. The campus's
 * terms: 2022-2023-1 has 137 days, 2022-2023-2 has 141.
 */
class PeriodsTest extends OneStudentCampus {
    private static final String MORAL = """
            {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
              {"code": "moral", "name": {"zh": "德育", "en": "moral"}, "base": 80, "cap": 100}]}""";
    private static final String HONOUR = """
            {"code": "honour", "name": {"zh": "荣誉", "en": "honours"}, "category": "award", "part": "moral",
             "method": {"type": "table", "rows": [{"when": {}, "points": 30}]}}""";

    @BeforeEach
    void anHonourInAutumnOnly() {
        campus.record(li, campus.entry(T2022_1, Category.AWARD));
    }

    private StudentResult year(String periods) {
        RuleSet rules = Rules.custom(MORAL, HONOUR, "", periods);
        return Rules.own(campus, rules).evaluate(Y2022).result(li).orElseThrow();
    }

    @Test
    void aYearFromItsRecordsCountsTheBaseOnceAndCapsTheYear() {
        // 80 + 30 = 110, capped at 100
        assertThat(year("").total()).isEqualTo(new BigDecimal("100.00"));
        assertThat(year("\"periods\": {\"year\": \"RECORDS\"}").total()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aYearAsTheMeanOfItsTermsCapsEachTermBeforeAveraging() {
        StudentResult result = year("\"periods\": {\"year\": \"TERMS\"}");

        // autumn 80 + 30 = 110 → 100 (capped); spring 80; (100 + 80) / 2 = 90.00
        assertThat(result.total()).isEqualTo(new BigDecimal("90.00"));
        Explanation root = result.result().explanation();
        assertThat(root.children()).extracting(Explanation::code).containsExactly("2022-2023-1", "2022-2023-2");
        assertThat(root.children()).extracting(Explanation::scoreShown).containsExactly(new BigDecimal("100.00"), new BigDecimal("80.00"));
        assertThat(root.children()).extracting(Explanation::contributionShown).containsExactly(new BigDecimal("50.00"), new BigDecimal("40.00"));
        // each term's tree sits under its term, its cap with it
        assertThat(root.children().get(0).find("moral").orElseThrow().scoreShown()).isEqualTo(new BigDecimal("100.00"));
        // a tie-break reads the mean of the terms' part scores
        assertThat(result.score("moral")).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("90"));
        // the lines keep their terms
        assertThat(result.lines("moral")).extracting(l -> l.term().orElseThrow()).containsOnly(T2022_1, T2022_2);
    }

    @Test
    void termWeightsAndDaysWeighTheTerms() {
        // 0.4 × 100 + 0.6 × 80 = 88.00
        assertThat(year("\"periods\": {\"year\": \"TERMS\", \"termWeights\": [0.4, 0.6]}").total()).isEqualTo(new BigDecimal("88.00"));
        // (137 × 100 + 141 × 80) / 278 = 24980 / 278 = 89.8561… → 89.86
        assertThat(year("\"periods\": {\"year\": \"TERMS\", \"byDays\": true}").total()).isEqualTo(new BigDecimal("89.86"));
    }

    @Test
    void termWeightsThatDoNotMatchTheYearsTermsAreRefused() {
        assertThatThrownBy(() -> year("\"periods\": {\"year\": \"TERMS\", \"termWeights\": [0.2, 0.3, 0.5]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.en()).isEqualTo("the rule set campus-rules gives 3 term weights, but the year 2022-2023 has 2 terms")));
        assertThatThrownBy(() -> year("\"periods\": {\"year\": \"RECORDS\", \"termWeights\": [0.5, 0.5]}"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("periods")));
    }

    @Test
    void aGraduationScoreWeighsTheYearsAsTheLastYearsRuleSetSaysEachYearByItsOwnRules() {
        RuleSet first = Rules.custom(MORAL, HONOUR, "", "");
        RuleSet last = first.forYear(StudentCampus.Y2023, "2").withYearRule(RuleSet.YearRule.MEAN_OF_TERMS)
                .withGraduation(new RuleSet.GraduationRule(java.util.List.of(new BigDecimal("0.3"), new BigDecimal("0.7"))));
        StudentEvaluation evaluation = Rules.own(campus, first, last);

        StudentResult result = evaluation.evaluate(EvaluationPeriod.graduation(StudentCampus.Y2023, 2)).result(li).orElseThrow();

        // 2022-2023 from its records: 80 + 30 → 100 (capped); 2023-2024 as the mean of its terms: (80 + 80) / 2 = 80
        // 0.3 × 100 + 0.7 × 80 = 30 + 56 = 86.00
        assertThat(result.total()).isEqualTo(new BigDecimal("86.00"));
        assertThat(result.result().explanation().children()).extracting(Explanation::code, Explanation::contributionShown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2022-2023", new BigDecimal("30.00")),
                        org.assertj.core.groups.Tuple.tuple("2023-2024", new BigDecimal("56.00")));
        assertThat(EvaluationPeriod.graduation(StudentCampus.Y2023, 2)).hasToString("2022-2023..2023-2024");
    }

    @Test
    void aGraduationScoreWithoutWeightsOrWithTheWrongNumberIsRefused() {
        RuleSet first = Rules.custom(MORAL, HONOUR, "", "");
        RuleSet noWeights = first.forYear(StudentCampus.Y2023, "2");
        assertThatThrownBy(() -> Rules.own(campus, first, noWeights).evaluate(EvaluationPeriod.graduation(StudentCampus.Y2023, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.en()).isEqualTo("the rule set campus-rules of 2023-2024 says nothing of a graduation score;"
                                + " give it graduation weights")));
        RuleSet three = noWeights.withGraduation(new RuleSet.GraduationRule(java.util.List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
        assertThatThrownBy(() -> Rules.own(campus, first, three).evaluate(EvaluationPeriod.graduation(StudentCampus.Y2023, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("graduation.weights")));
    }

    @Test
    void aTermEvaluatedAloneIsTheSameWhateverTheYearRule() {
        RuleSet byTerms = Rules.custom(MORAL, HONOUR, "", "\"periods\": {\"year\": \"TERMS\"}");

        assertThat(Rules.own(campus, byTerms).evaluate(T2022_1).result(li).orElseThrow().total()).isEqualTo(new BigDecimal("100.00"));
        assertThat(Rules.own(campus, byTerms).evaluate(T2022_2).result(li).orElseThrow().total()).isEqualTo(new BigDecimal("80.00"));
    }
}

package edu.yiban.scoring.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.scoring.system.SystemNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The bundled presets load, say they are examples, and bad rule sets, scales and policies are refused by JSON path. */
class PresetsTest {

    @Test
    void theExampleRuleSetIsBoundTo2022AndSaysItsValuesAreExamples() {
        RuleSet rules = RuleSet.example2022();

        assertThat(rules.year()).isEqualTo(AcademicYear.of(2022));
        assertThat(rules.name().zh()).contains("示例");
        assertThat(rules.name().en()).contains("example");
        assertThat(rules.description().orElseThrow().en()).contains("sets no point values");
        assertThat(rules.part("moral").orElseThrow().base()).contains(new BigDecimal("60"));
        assertThat(rules.part("intellectual").orElseThrow().base()).isEmpty();
        assertThat(rules.parts().children()).extracting(Part::code, Part::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("moral", new BigDecimal("0.2")),
                org.assertj.core.groups.Tuple.tuple("intellectual", new BigDecimal("0.6")),
                org.assertj.core.groups.Tuple.tuple("physical", new BigDecimal("0.1")),
                org.assertj.core.groups.Tuple.tuple("aesthetic", new BigDecimal("0.05")),
                org.assertj.core.groups.Tuple.tuple("labour", new BigDecimal("0.05")));
        assertThat(rules.tieBreak()).containsExactly("intellectual", "moral");
        assertThat(rules.gates()).extracting(g -> g.code()).containsExactly("min-gpa", "min-course-score", "no-sanction", "no-failed-course");
        assertThat(rules.rules()).extracting(Rule::code).contains("competition", "post", "volunteer", "peer-rating", "discipline", "activity");
    }

    @Test
    void theDefaultSystemWeighsTheFiveDimensionsAsLabelledAndReadsOnlyWhatTheEvaluationProduces() {
        IndicatorSystem system = StudentEvaluation.defaultSystem();

        assertThat(system.name().zh()).contains("默认");
        assertThat(system.root().children()).extracting(SystemNode::code, SystemNode::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple("moral", new BigDecimal("0.2")),
                org.assertj.core.groups.Tuple.tuple("intellectual", new BigDecimal("0.6")),
                org.assertj.core.groups.Tuple.tuple("physical", new BigDecimal("0.1")),
                org.assertj.core.groups.Tuple.tuple("aesthetic", new BigDecimal("0.05")),
                org.assertj.core.groups.Tuple.tuple("labour", new BigDecimal("0.05")));
        assertThat(system.gates()).extracting(g -> g.code()).containsExactly("min-gpa", "min-course-score", "no-sanction", "no-failed-course");
        assertThat(system.vetoes()).singleElement().satisfies(v -> assertThat(v.indicator()).isEqualTo("sanction-level"));
    }

    @Test
    void theGradeScaleIsTheCommonFourPointScale() {
        GradeScale scale = GradeScale.fourPoint();

        assertThat(scale.points(new BigDecimal("100"))).isEqualByComparingTo("4.0");
        assertThat(scale.points(new BigDecimal("89.99"))).isEqualByComparingTo("3.7");
        assertThat(scale.points(new BigDecimal("63"))).isEqualByComparingTo("1.0");
        assertThat(scale.points(new BigDecimal("59.5"))).isEqualByComparingTo("0");
        assertThat(scale.score("中等")).contains(new BigDecimal("75"));
    }

    @Test
    void theExampleAwardPolicySaysItsSharesAreExamples() {
        AwardPolicy policy = AwardPolicy.example();

        assertThat(policy.name().zh()).contains("示例");
        assertThat(policy.awards()).extracting(a -> a.share().orElseThrow().toPlainString())
                .containsExactly("0.01", "0.03", "0.07", "0.11");
        assertThat(policy.oneAwardEach()).isTrue();
    }

    @Test
    void aRuleSetWithFaultsIsRefusedWholeNamingEachByItsJsonPath() {
        assertThatThrownBy(() -> Rules.set("{\"moral\": 60.125}", """
                {"code": "a", "name": {"zh": "甲", "en": "a"}, "category": "award",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 1.005, "severity": 2}]}},
                {"code": "a", "name": {"zh": "乙", "en": "b"}, "category": "volunteer", "part": "moral", "prorate": "TERM",
                 "method": {"type": "sum-bands", "attribute": "hours", "bands": [{"from": 1, "points": 1}]}},
                {"code": "c", "name": {"zh": "丙", "en": "c"}, "category": "peer-rating", "part": "moral",
                 "method": {"type": "trimmed-mean", "attribute": "rating", "trim": 2, "minimumCount": 4, "scale": 0.1}}""", """
                {"code": "l", "name": {"zh": "限", "en": "l"}, "category": "award", "per": "TERM"}"""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("parts.children[0].base", "rules[0].part", "rules[0].method.rows[0].points",
                                "rules[0].method.rows[0].severity", "rules[1].code", "rules[1]", "rules[2].method.minimumCount",
                                "limits[0]", "limits[0].category"));
    }

    @Test
    void malformedRuleSetJsonIsRefusedNamingThePath() {
        assertThatThrownBy(() -> Rules.set("{}", """
                {"code": "a", "name": {"zh": "甲", "en": "a"}, "category": "award", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {}, "points": "ten"}]}}""", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("rules[0].method.rows[0].points")));
        assertThatThrownBy(() -> Rules.set("{}", """
                {"code": "a", "name": {"zh": "甲", "en": "a"}, "category": "award", "part": "moral", "bonus": 3,
                 "method": {"type": "table", "rows": [{"when": {}, "points": 1}]}}""", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("rules[0].bonus")));
        assertThatThrownBy(() -> Rules.set("{}", """
                {"code": "Bad Code", "name": {"zh": "甲", "en": "a"}, "category": "award", "part": "moral",
                 "method": {"type": "recorded"}}""", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("rules[0].code");
                    assertThat(v.zh()).contains("规则");
                    assertThat(v.en()).contains("rule");
                }));
    }

    @Test
    void anAwardPolicyWithFaultsIsRefusedNamingEachPath() {
        String json = """
                {"id": "p", "name": {"zh": "办法", "en": "policy"},
                 "awards": [{"code": "a", "name": {"zh": "甲", "en": "a"}, "scope": "CLASS", "share": 1.5, "rounding": "FLOOR", "minimum": -1}],
                 "bands": {"basis": "PERCENTILE", "levels": [{"code": "good", "name": {"zh": "良", "en": "good"}, "from": 50},
                                                             {"code": "best", "name": {"zh": "优", "en": "best"}, "from": 80}],
                           "otherwise": {"code": "good", "name": {"zh": "其他", "en": "others"}, "from": 0}}}""";

        assertThatThrownBy(() -> AwardPolicy.fromJson(Rules.json(json)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactlyInAnyOrder("awards[0].share", "awards[0].minimum", "bands.scope", "bands.levels[1].from",
                                "bands.otherwise.code", "bands.otherwise.from"));
    }

    @Test
    void aRuleOnTheGradeCategoryIsRefusedWhenEvaluatingForGradesAreTheScalesToRead() {
        RuleSet rules = Rules.set("{}", """
                {"code": "grades", "name": {"zh": "成绩", "en": "grades"}, "category": "academic", "part": "intellectual",
                 "method": {"type": "recorded"}}""", "");
        try (StudentCampus campus = new StudentCampus()) {
            assertThatThrownBy(() -> Rules.evaluation(campus, rules).evaluate(StudentCampus.T2022_1))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                            .satisfies(v -> assertThat(v.path()).isEqualTo("rules[0].category")));
        }
    }

    @Test
    void aPeriodsTermMustBelongToItsYear() {
        assertThatThrownBy(() -> new EvaluationPeriod(AcademicYear.of(2023), java.util.Optional.of(StudentCampus.T2022_1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.en()).isEqualTo("the term 2022-2023-1 does not belong to the academic year 2023-2024")));
        assertThat(EvaluationPeriod.year(AcademicYear.of(2022))).hasToString("2022-2023");
        assertThat(EvaluationPeriod.term(StudentCampus.T2022_1)).hasToString("2022-2023-1");
    }
}

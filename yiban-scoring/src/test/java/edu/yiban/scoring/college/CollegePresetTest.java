package edu.yiban.scoring.college;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.scoring.system.SystemNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default preset of the colleges' evaluation, and the refusal of bad rules. */
class CollegePresetTest {
    private static CollegeRules rules(String json) {
        return CollegeRules.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDefaultSystemHasTheSeedsFiveIndicatorsWithWeightsAddingUpToOne() {
        CollegePreset seed = CollegePreset.seed();

        List<SystemNode> five = seed.system().root().children();
        assertThat(five).extracting(SystemNode::code).containsExactly("coverage", "class-activity", "promotion", "team", "stickiness");
        assertThat(five).extracting(n -> n.name().zh()).containsExactly("用户覆盖面", "班级活跃度", "宣传推广效果", "队伍建设", "相关黏合度");
        assertThat(five.stream().map(SystemNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
        assertThat(seed.system().name().zh()).contains("默认");
        assertThat(seed.system().indicators()).allSatisfy(i -> assertThat(CollegeIndicator.of(i.code())).isPresent());
    }

    @Test
    void theDefaultRulesAreTheSeedsOneToTwoCentresAndFourTiers() {
        CollegeRules rules = CollegeRules.seed();

        assertThat(rules.demonstration()).isEqualTo(new DemonstrationRule(1, 2, new BigDecimal("85")));
        assertThat(rules.tiers()).extracting(t -> t.name().zh()).containsExactly("优秀", "良好", "合格", "待改进");
        assertThat(rules.tierOf(new BigDecimal("85.00")).code()).isEqualTo("excellent");
        assertThat(rules.tierOf(new BigDecimal("84.99")).code()).isEqualTo("good");
        assertThat(rules.tierOf(new BigDecimal("-3")).code()).isEqualTo("improve");
        assertThat(rules.activeWeeksShare()).isEqualByComparingTo("0.5");
    }

    @Test
    void badRulesAreRefusedWithEveryFaultNamedByItsPath() {
        String json = """
                {"id": "ours", "name": {"zh": "本校规则", "en": "our rules"}, "activeWeeksShare": 1.5, "subStationKind": "sub-station",
                 "tiers": [{"code": "top", "name": {"zh": "优秀", "en": "top"}, "from": 90},
                           {"code": "top", "name": {"zh": "良好", "en": "good"}, "from": 90}],
                 "demonstration": {"min": 1, "max": 2, "threshold": 90}}
                """;

        assertThatThrownBy(() -> rules(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path).containsExactly("activeWeeksShare", "tiers[1].code", "tiers[1].from");
            assertThat(e.violations().get(0).zh()).isEqualTo("周数比例 1.5 应大于 0 且不超过 1");
            assertThat(e.violations().get(1).en()).isEqualTo("the tier top is declared twice");
        });
    }

    @Test
    void aDemonstrationMinimumAboveItsMaximumIsRefusedAtItsPath() {
        String json = """
                {"id": "ours", "name": {"zh": "本校规则", "en": "our rules"}, "activeWeeksShare": 0.5, "subStationKind": "sub-station",
                 "tiers": [{"code": "pass", "name": {"zh": "合格", "en": "pass"}, "from": 60}],
                 "demonstration": {"min": 3, "max": 2, "threshold": 90}}
                """;

        assertThatThrownBy(() -> rules(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("demonstration.min");
                    assertThat(v.en()).isEqualTo("the demonstration centres' minimum 3 exceeds their maximum 2");
                }));
    }

    @Test
    void missingRulesAreNamedInBothLanguages() {
        String json = """
                {"id": "ours", "name": {"zh": "本校规则", "en": "our rules"}, "activeWeeksShare": 0.5, "subStationKind": "sub-station",
                 "tiers": []}
                """;

        assertThatThrownBy(() -> rules(json)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path).containsExactly("demonstration", "tiers");
            // found by the rules' JSON Schema before anything is read
            assertThat(e.violations().get(0).zh()).isEqualTo("缺少必填字段“demonstration”（示范中心）");
            assertThat(e.violations().get(0).en()).isEqualTo("the required field \"demonstration\" (demonstration centres) is missing");
            assertThat(e.violations().get(1).en()).isEqualTo("must not be empty: at least one item is needed");
        });
    }

    @Test
    void aPriorityThatIsNoNodeOfTheSystemIsRefused() {
        CollegePreset seed = CollegePreset.seed();
        CollegeRules r = seed.rules();
        CollegeRules typo = new CollegeRules(r.id(), r.name(), r.activeWeeksShare(), r.subStationKind(), List.of("coverage", "activity"),
                r.tiers(), r.demonstration());

        assertThatThrownBy(() -> CollegeEvaluation.of(new CollegePreset(seed.system(), typo)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("rules.priority[1]");
                    assertThat(v.en()).isEqualTo("activity is no node of the system college-construction, so it cannot break ties");
                }));
    }
}

package edu.yiban.scoring.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorSystemTest {
    private static final String SYSTEM = """
            {"id": "demo", "name": {"zh": "演示体系", "en": "demo system"}, "version": "2023-2024",
             "indicators": [
               {"code": "moral", "name": {"zh": "德育分", "en": "moral points"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "rules"},
               {"code": "gpa", "name": {"zh": "学分绩点", "en": "GPA"}, "unit": "绩点", "direction": "HIGHER_IS_BETTER", "source": "grades"},
               {"code": "awards", "name": {"zh": "获奖次数", "en": "awards"}, "unit": "次", "direction": "HIGHER_IS_BETTER", "source": "rules"},
               {"code": "sanctions", "name": {"zh": "处分", "en": "sanctions"}, "unit": "次", "direction": "LOWER_IS_BETTER", "source": "rules"}],
             "root": {"code": "total", "name": {"zh": "综合测评", "en": "total"}, "weight": 1,
               "children": [
                 {"code": "moral-part", "name": {"zh": "德", "en": "moral"}, "weight": 0.3, "indicator": "moral",
                  "normaliser": {"type": "identity"}, "cap": 95},
                 {"code": "study-part", "name": {"zh": "智", "en": "study"}, "weight": 0.7, "indicator": "gpa",
                  "normaliser": {"type": "target-linear", "floor": 1.0, "target": 4.0}}],
               "adjustments": [{"code": "award-bonus", "name": {"zh": "获奖加分", "en": "award bonus"}, "kind": "BONUS",
                                "indicator": "awards", "perUnit": 1.5, "cap": 3}]},
             "vetoes": [{"code": "sanction", "name": {"zh": "受处分", "en": "sanctioned"}, "indicator": "sanctions",
                         "when": "GREATER", "threshold": 0, "score": 0}],
             "gates": [{"code": "min-gpa", "name": {"zh": "绩点不低于 2.0", "en": "GPA at least 2.0"}, "indicator": "gpa",
                        "must": "AT_LEAST", "threshold": 2.0}]}
            """;

    private static IndicatorSystem system() {
        return IndicatorSystem.fromJson(new ByteArrayInputStream(SYSTEM.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aStudentsScoreWithACapABonusAndAVeto() {
        RawValues raw = RawValues.builder()
                .put("li", "moral", new BigDecimal("98.50"), "rules")
                .put("li", "gpa", new BigDecimal("3.40"), "grades")
                .put("li", "awards", new BigDecimal("3"), "rules")
                .put("wang", "moral", new BigDecimal("80"), "rules")
                .put("wang", "gpa", new BigDecimal("1.90"), "grades")
                .put("wang", "sanctions", new BigDecimal("1"), "rules")
                .build();

        List<SubjectResult> results = system().evaluate(raw);

        // li: moral 98.50 capped at 95 → 0.3 × 95 = 28.5
        //     study (3.40 − 1.0) / (4.0 − 1.0) × 100 = 80.0000 → 0.7 × 80 = 56
        //     bonus 3 awards × 1.5 = 4.5, capped at 3 → +3
        //     total 28.5 + 56 + 3 = 87.50
        SubjectResult li = results.get(0);
        assertThat(li.subject()).isEqualTo("li");
        assertThat(li.total()).isEqualByComparingTo("87.50");
        assertThat(li.eligible()).isTrue();
        Explanation moral = li.explanation().find("moral-part").orElseThrow();
        assertThat(moral.normalised()).hasValue(new BigDecimal("98.5000"));
        assertThat(moral.score()).isEqualByComparingTo("95");
        assertThat(moral.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.CAP);
            assertThat(n.amount()).isEqualByComparingTo("-3.5");
            assertThat(n.zh()).isEqualTo("封顶 95 分（原为 98.5000）");
        });
        assertThat(li.explanation().notes()).singleElement().satisfies(n -> assertThat(n.amount()).isEqualByComparingTo("3"));
        // wang: moral 80 → 24; study (1.90 − 1) / 3 × 100 = 30 → 21; total 45, but a sanction vetoes it to 0;
        //       GPA 1.90 < 2.0 fails the gate
        SubjectResult wang = results.get(1);
        assertThat(wang.total()).isEqualByComparingTo("0.00");
        assertThat(wang.vetoes()).containsExactly("sanction");
        assertThat(wang.failedGates()).containsExactly("min-gpa");
        assertThat(wang.explanation().notes()).extracting(Note::kind).containsExactly(Note.Kind.VETO, Note.Kind.GATE);
        assertThat(wang.explanation().notes().get(0).amount()).isEqualByComparingTo("-45");
    }

    @Test
    void theShownPartsOfEveryNodeAddUpToItsShownScore() {
        RawValues raw = RawValues.builder()
                .put("a", "moral", new BigDecimal("33.333"), "rules")
                .put("a", "gpa", new BigDecimal("2.222"), "grades")
                .build();

        SubjectResult a = system().evaluate(raw).get(0);

        // moral 33.3330 × 0.3 = 9.9999; study (2.222 − 1)/3 × 100 = 40.7333 (4 places) × 0.7 = 28.51331
        // total 38.51321 → 38.51; shown parts 10.00 + 28.51 = 38.51 (largest remainder)
        assertThat(a.total()).isEqualByComparingTo("38.51");
        assertThat(a.explanation().children()).extracting(Explanation::contributionShown)
                .containsExactly(new BigDecimal("10.00"), new BigDecimal("28.51"));
    }

    @Test
    void aSystemWhoseWeightsDoNotAddUpToOneIsRefusedAtLoad() {
        String broken = SYSTEM.replace("\"weight\": 0.7", "\"weight\": 0.65");

        assertThatThrownBy(() -> IndicatorSystem.fromJson(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("root.children");
                    assertThat(v.zh()).isEqualTo("节点 total 的子节点权重之和为 0.95，应恰好为 1");
                    assertThat(v.en()).isEqualTo("the weights of the children of total add up to 0.95; they must add up to exactly 1");
                }));
    }

    @Test
    void aLeafNamingAnUndeclaredIndicatorIsRefused() {
        SystemNode root = SystemNode.of("root", new Bilingual("根", "root"), BigDecimal.ONE,
                List.of(SystemNode.leaf("x", new Bilingual("x", "x"), BigDecimal.ONE, "nowhere", new Normaliser.Identity())));
        IndicatorSystem system = new IndicatorSystem("s", new Bilingual("体系", "system"), "1", List.of(), root, List.of(), List.of());

        assertThatThrownBy(() -> IndicatorSystem.checked(system))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("root.children[0].indicator")));
        assertThat(Optional.empty()).isEmpty();
    }

    @Test
    void aMalformedCodeIsNamedByItsJsonPath() {
        String broken = SYSTEM.replace("\"code\": \"min-gpa\"", "\"code\": \"Min GPA\"");

        assertThatThrownBy(() -> IndicatorSystem.fromJson(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("gates[0].code");
                    assertThat(v.zh()).startsWith("资格条件“Min GPA”格式不正确");
                }));
    }
}

package edu.yiban.scoring.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The engine's invariants over random systems and inputs: deterministic to the byte, monotone in
 * higher-is-better inputs, normalised scores within 0–100, weights that do not add up to 1 refused, and
 * explanations whose parts add up exactly and as shown.
 */
class EngineProperties {
    private static final List<String> HIGHER = List.of("a1", "a2", "bonus");
    private static final List<String> LOWER = List.of("b1", "penalty");

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Normaliser> normalisers() {
        return Arbitraries.oneOf(
                Arbitraries.just(new Normaliser.Identity()),
                Arbitraries.just(new Normaliser.MinMax(Optional.empty(), Optional.empty())),
                Arbitraries.just(new Normaliser.MinMax(Optional.of(BigDecimal.ZERO), Optional.of(BigDecimal.valueOf(80)))),
                Arbitraries.just(new Normaliser.ZScore()),
                Arbitraries.just(new Normaliser.Percentile()),
                Arbitraries.just(new Normaliser.TargetLinear(BigDecimal.valueOf(10), BigDecimal.valueOf(90))),
                Arbitraries.just(new Normaliser.Bands(List.of(new Normaliser.Band(BigDecimal.valueOf(80), BigDecimal.valueOf(100)),
                        new Normaliser.Band(BigDecimal.valueOf(50), BigDecimal.valueOf(70)), new Normaliser.Band(BigDecimal.ZERO, BigDecimal.valueOf(40))))));
    }

    /** Weights in twentieths, as campus rules write them. */
    private static Arbitrary<BigDecimal> twentieths() {
        return Arbitraries.integers().between(0, 20).map(i -> BigDecimal.valueOf(i * 5L, 2));
    }

    @Provide
    Arbitrary<IndicatorSystem> systems() {
        return Combinators.combine(normalisers(), normalisers(), normalisers(), twentieths(), twentieths(),
                Arbitraries.integers().between(60, 101), Arbitraries.of(true, false))
                .as((n1, n2, n3, wA, wA1, cap, veto) -> system(n1, n2, n3, wA, wA1, cap, veto));
    }

    private static IndicatorSystem system(Normaliser n1, Normaliser n2, Normaliser n3, BigDecimal wA, BigDecimal wA1, int cap, boolean veto) {
        SystemNode a = SystemNode.of("a", name("A"), wA, List.of(
                SystemNode.leaf("a1-leaf", name("a1"), wA1, "a1", n1),
                SystemNode.leaf("a2-leaf", name("a2"), BigDecimal.ONE.subtract(wA1), "a2", n2))).between(null, BigDecimal.valueOf(cap));
        SystemNode b = SystemNode.of("b", name("B"), BigDecimal.ONE.subtract(wA), List.of(
                SystemNode.leaf("b1-leaf", name("b1"), BigDecimal.ONE, "b1", n3))).between(BigDecimal.TEN, null);
        SystemNode root = SystemNode.of("root", name("root"), BigDecimal.ONE, List.of(a, b)).withAdjustments(List.of(
                new Adjustment("plus", name("plus"), Adjustment.Kind.BONUS, "bonus", new BigDecimal("0.5"), Optional.of(BigDecimal.valueOf(5))),
                new Adjustment("minus", name("minus"), Adjustment.Kind.DEDUCTION, "penalty", new BigDecimal("2"), Optional.of(BigDecimal.valueOf(8)))));
        List<Indicator> indicators = new ArrayList<>();
        HIGHER.forEach(code -> indicators.add(new Indicator(code, name(code), "分", Direction.HIGHER_IS_BETTER, "test", Optional.empty())));
        LOWER.forEach(code -> indicators.add(new Indicator(code, name(code), "次", Direction.LOWER_IS_BETTER, "test", Optional.empty())));
        List<Veto> vetoes = veto
                ? List.of(new Veto("veto", name("veto"), "penalty", Comparison.AT_LEAST, BigDecimal.valueOf(9), BigDecimal.ZERO))
                : List.of();
        return new IndicatorSystem("random", name("random"), "1", indicators, root, vetoes,
                List.of(new Gate("gate", name("gate"), "a1", Comparison.AT_LEAST, BigDecimal.valueOf(20))));
    }

    private static Bilingual name(String code) {
        return new Bilingual(code + "（中文）", code);
    }

    @Provide
    Arbitrary<RawValues> rawValues() {
        Arbitrary<BigDecimal> value = Arbitraries.integers().between(0, 10000).map(i -> BigDecimal.valueOf(i, 2));
        Arbitrary<Map<String, BigDecimal>> subject = Arbitraries.maps(Arbitraries.of("a1", "a2", "b1", "bonus", "penalty"), value).ofMaxSize(5);
        return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(3), subject)
                .ofMinSize(1).ofMaxSize(12)
                .map(subjects -> {
                    RawValues.Builder b = RawValues.builder();
                    subjects.forEach((s, values) -> {
                        b.subject(s);
                        values.forEach((code, v) -> b.put(s, code, v, "test"));
                    });
                    return b.build();
                });
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 300)
    void resultsAreDeterministicToTheByte(@ForAll("systems") IndicatorSystem system, @ForAll("rawValues") RawValues raw) {
        byte[] first = YibanJson.write(YibanScoringModule.newMapper(), system.evaluate(raw));
        byte[] again = YibanJson.write(YibanScoringModule.newMapper(), system.evaluate(raw));

        assertThat(again).isEqualTo(first);
    }

    @Property(tries = 500)
    void raisingAHigherIsBetterInputNeverLowersTheTotal(@ForAll("systems") IndicatorSystem system, @ForAll("rawValues") RawValues raw,
                                                        @ForAll @IntRange(min = 0, max = 2) int which, @ForAll @IntRange(min = 1, max = 5000) int raise) {
        String subject = raw.subjects().firstKey();
        String indicator = HIGHER.get(which);
        BigDecimal before = raw.get(subject, indicator).map(m -> m.value()).orElse(BigDecimal.ZERO);
        RawValues.Builder raised = RawValues.builder();
        raw.subjects().forEach((s, measures) -> {
            raised.subject(s);
            measures.forEach((code, m) -> raised.put(s, code, m));
        });
        raised.put(subject, indicator, before.add(BigDecimal.valueOf(raise, 2)), "test");

        BigDecimal lower = system.evaluate(raw).get(0).total();
        BigDecimal higher = system.evaluate(raised.build()).get(0).total();

        assertThat(higher).as("%s raised by %s", indicator, BigDecimal.valueOf(raise, 2)).isGreaterThanOrEqualTo(lower);
    }

    @Property(tries = 300)
    void normalisedScoresStayWithinZeroAndAHundred(@ForAll("systems") IndicatorSystem system, @ForAll("rawValues") RawValues raw) {
        for (SubjectResult result : system.evaluate(raw)) {
            for (Explanation leaf : leaves(result.explanation())) {
                assertThat(leaf.normalised()).hasValueSatisfying(n -> assertThat(n).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
            }
        }
    }

    @Property(tries = 300)
    void everyExplanationAddsUpExactlyAndAsShown(@ForAll("systems") IndicatorSystem system, @ForAll("rawValues") RawValues raw) {
        for (SubjectResult result : system.evaluate(raw)) {
            assertThat(result.explanation().scoreShown()).isEqualTo(result.total());
            checkAddsUp(result.explanation());
        }
    }

    private static void checkAddsUp(Explanation node) {
        BigDecimal notes = node.notes().stream().map(Note::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal notesShown = node.notes().stream().map(Note::shown).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (node.children().isEmpty()) {
            assertThat(node.normalised().orElseThrow().add(notes)).as("leaf %s", node.code()).isEqualByComparingTo(node.score());
            return;
        }
        BigDecimal parts = node.children().stream().map(Explanation::contribution).reduce(notes, BigDecimal::add);
        BigDecimal shown = node.children().stream().map(Explanation::contributionShown).reduce(notesShown, BigDecimal::add);
        assertThat(parts).as("exact parts of %s", node.code()).isEqualByComparingTo(node.score());
        assertThat(shown).as("shown parts of %s", node.code()).isEqualByComparingTo(node.scoreShown());
        for (Explanation child : node.children()) {
            assertThat(child.contribution()).isEqualByComparingTo(child.weight().multiply(child.score()));
            checkAddsUp(child);
        }
    }

    @Property(tries = 300)
    void aSystemWhoseWeightsDoNotAddUpToOneIsRefusedAtLoad(@ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 20) Integer> twentieths) {
        List<SystemNode> children = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < twentieths.size(); i++) {
            BigDecimal w = BigDecimal.valueOf(twentieths.get(i) * 5L, 2);
            sum = sum.add(w);
            children.add(SystemNode.leaf("leaf" + i, name("leaf" + i), w, "a1", new Normaliser.Identity()));
        }
        IndicatorSystem system = new IndicatorSystem("w", name("w"), "1",
                List.of(new Indicator("a1", name("a1"), "分", Direction.HIGHER_IS_BETTER, "test", Optional.empty())),
                SystemNode.of("root", name("root"), BigDecimal.ONE, children), List.of(), List.of());

        if (sum.compareTo(BigDecimal.ONE) == 0) {
            assertThat(IndicatorSystem.checked(system)).isSameAs(system);
        } else {
            BigDecimal total = sum;
            assertThatThrownBy(() -> IndicatorSystem.checked(system))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("root.children");
                        assertThat(v.en()).contains("add up to " + total.toPlainString());
                    }));
        }
    }

    private static List<Explanation> leaves(Explanation node) {
        List<Explanation> out = new ArrayList<>();
        if (node.children().isEmpty()) {
            out.add(node);
        }
        node.children().forEach(child -> out.addAll(leaves(child)));
        return out;
    }
}

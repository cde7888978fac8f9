package edu.yiban.scoring.college;

import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.scoring.ScoringArbitraries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of every public type of the colleges' evaluation, for the JSON round trip and the properties. */
public final class CollegeArbitraries {
    private CollegeArbitraries() {
    }

    /** Every generator, by the type it makes. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(CollegeIndicator.class, Arbitraries.of(CollegeIndicator.class));
        all.put(Tier.class, tiers(0));
        all.put(DemonstrationRule.class, demonstrationRules());
        all.put(CollegeRules.class, rules());
        all.put(CollegePreset.class, rules().map(r -> new CollegePreset(CollegePreset.seed().system(), r)));
        all.put(ImportedMetric.class, Combinators.combine(CoreArbitraries.all().get(CollegeId.class).map(CollegeId.class::cast),
                ScoringArbitraries.codes(), ScoringArbitraries.decimals(), ScoringArbitraries.codes(), CoreArbitraries.dates(),
                ScoringArbitraries.bilingual().optional()).as(ImportedMetric::new));
        all.put(CollegeMeasures.class, measures());
        all.put(DemonstrationDecision.Outcome.class, Arbitraries.of(DemonstrationDecision.Outcome.class));
        all.put(DemonstrationDecision.class, reports().filter(r -> !r.demonstration().decisions().isEmpty())
                .map(r -> r.demonstration().decisions().get(0)));
        all.put(DemonstrationSelection.class, reports().map(CollegeReport::demonstration));
        all.put(CollegeResult.class, reports().map(r -> r.results().get(0)));
        all.put(CollegeReport.class, reports());
        return all;
    }

    /** A tier whose code and start are unique by {@code index}. */
    static Arbitrary<Tier> tiers(int index) {
        return Combinators.combine(ScoringArbitraries.bilingual(), Arbitraries.integers().between(0, 9))
                .as((name, part) -> new Tier("tier-" + index, name, BigDecimal.valueOf(index * 10L + part)));
    }

    static Arbitrary<DemonstrationRule> demonstrationRules() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3), ScoringArbitraries.decimals())
                .as((a, b, threshold) -> new DemonstrationRule(Math.min(a, b), Math.max(a, b), threshold));
    }

    static Arbitrary<CollegeRules> rules() {
        Arbitrary<List<Tier>> tiers = Arbitraries.integers().between(1, 4).flatMap(n -> {
            List<Arbitrary<Tier>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(tiers(i));
            }
            return Combinators.combine(each).as(List::copyOf);
        });
        Arbitrary<BigDecimal> share = Arbitraries.integers().between(1, 100).map(p -> BigDecimal.valueOf(p, 2));
        Arbitrary<List<String>> priority = Arbitraries.of("coverage", "class-activity", "promotion", "team", "stickiness").list().uniqueElements().ofMaxSize(5);
        return Combinators.combine(ScoringArbitraries.codes(), ScoringArbitraries.bilingual(), share,
                Arbitraries.of(OrgKind.SUB_STATION, OrgKind.of("college-station")), priority, tiers, demonstrationRules())
                .as(CollegeRules::new);
    }

    /**
     * A value of a default-preset indicator: a share from 0 to 1.2 or a size from 0 to 3, four decimals; half the
     * time one of a few round values, so that colleges tie.
     */
    static Arbitrary<BigDecimal> values(String indicator) {
        long most = indicator.equals("sub-station-per-100") ? 30_000 : 12_000;
        Arbitrary<BigDecimal> round = Arbitraries.of("0", "0.3", "0.5", "0.6", "0.8", "0.9", "1", "1.5").map(BigDecimal::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, round),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, most).map(v -> BigDecimal.valueOf(v, 4))));
    }

    /** The raw values of 1–5 colleges for the default preset's indicators (some values left out). */
    static Arbitrary<CollegeMeasures> measures() {
        Arbitrary<Map<String, BigDecimal>> college = Combinators.combine(
                java.util.Arrays.stream(CollegeRaw.INDICATORS).map(code -> values(code).injectNull(0.05)).toList())
                .as(values -> {
                    Map<String, BigDecimal> out = new LinkedHashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        if (values.get(i) != null) {
                            out.put(CollegeRaw.INDICATORS[i], values.get(i));
                        }
                    }
                    return out;
                });
        return Arbitraries.maps(Arbitraries.of("EDU", "MATH", "FL", "ART", "PE", "CS", "HIS"), college).ofMinSize(1).ofMaxSize(5)
                .map(colleges -> {
                    var raw = edu.yiban.scoring.result.RawValues.builder();
                    colleges.forEach((code, values) -> {
                        raw.subject(code);
                        values.forEach((indicator, value) -> raw.put(code, indicator, value, "test"));
                    });
                    return new CollegeMeasures(CollegeRaw.FROM, CollegeRaw.TO, raw.build());
                });
    }

    /** Reports of the default preset over {@link #measures()}. */
    static Arbitrary<CollegeReport> reports() {
        return measures().map(m -> Seed.EVALUATION.evaluate(m));
    }

    /** The default evaluation, read once. */
    private static final class Seed {
        static final CollegeEvaluation EVALUATION = CollegeEvaluation.seed();
    }
}

package edu.yiban.scoring.college;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the colleges' evaluation by the default preset, over arbitrary raw values of 1–5 colleges. */
class CollegeEvaluationProperties {
    private static final CollegePreset PRESET = CollegePreset.seed();
    private static final CollegeEvaluation SEED = CollegeEvaluation.of(PRESET);
    private final ObjectMapper json = YibanScoringModule.newMapper();

    @Provide
    Arbitrary<CollegeMeasures> measures() {
        return CollegeArbitraries.measures();
    }

    @Property(tries = 300)
    void theSameMeasuresGiveByteIdenticalJson(@ForAll("measures") CollegeMeasures measures) {
        byte[] first = YibanJson.write(json, SEED.evaluate(measures));

        // another evaluation, measures built again in reverse order and read back from their JSON
        RawValues.Builder reversed = RawValues.builder();
        List<Map.Entry<String, SortedMap<String, Measure>>> subjects = new ArrayList<>(measures.raw().subjects().entrySet());
        Collections.reverse(subjects);
        subjects.forEach(s -> {
            reversed.subject(s.getKey());
            s.getValue().forEach((code, m) -> reversed.put(s.getKey(), code, m));
        });
        CollegeMeasures again = YibanJson.read(json, YibanJson.write(json, new CollegeMeasures(measures.from(), measures.to(), reversed.build())),
                CollegeMeasures.class);

        assertThat(YibanJson.write(json, CollegeEvaluation.of(PRESET).evaluate(again))).isEqualTo(first);
    }

    @Property(tries = 300)
    void raisingAHigherIsBetterValueNeverLowersTheCollegesTotal(@ForAll("measures") CollegeMeasures measures,
                                                                @ForAll @IntRange(max = 6) int indicator,
                                                                @ForAll @IntRange(max = 20_000) int raiseInTenThousandths,
                                                                @ForAll @IntRange(max = 4) int pick) {
        List<String> colleges = new ArrayList<>(measures.raw().subjects().keySet());
        String college = colleges.get(pick % colleges.size());
        String code = CollegeRaw.INDICATORS[indicator];
        BigDecimal before = measures.raw().get(college, code).map(Measure::value).orElse(BigDecimal.ZERO);
        BigDecimal raised = before.add(BigDecimal.valueOf(raiseInTenThousandths, 4));

        CollegeMeasures more = new CollegeMeasures(measures.from(), measures.to(), with(measures.raw(), college, code, raised));

        assertThat(total(SEED.evaluate(more), college)).isGreaterThanOrEqualTo(total(SEED.evaluate(measures), college));
    }

    @Property(tries = 300)
    void ranksArePlacesOneToNWithTiesBrokenByPriorityThenCode(@ForAll("measures") CollegeMeasures measures) {
        CollegeReport report = SEED.evaluate(measures);
        List<CollegeResult> results = report.results();

        assertThat(results).extracting(r -> r.rank().rank()).containsExactlyElementsOf(range(results.size()));
        assertThat(results).extracting(CollegeResult::college).containsExactlyInAnyOrderElementsOf(measures.raw().subjects().keySet());
        for (int i = 1; i < results.size(); i++) {
            CollegeResult ahead = results.get(i - 1);
            CollegeResult behind = results.get(i);
            int byTotal = ahead.result().total().compareTo(behind.result().total());
            assertThat(byTotal).isGreaterThanOrEqualTo(0);
            if (byTotal == 0) {
                int byPriority = priorityOrder(ahead.result(), behind.result());
                assertThat(byPriority).isLessThanOrEqualTo(0);
                if (byPriority == 0) {
                    assertThat(ahead.college()).isLessThan(behind.college());
                }
                assertThat(behind.rank().sharedRank()).isEqualTo(ahead.rank().sharedRank());
            } else {
                assertThat(behind.rank().sharedRank()).isEqualTo(behind.rank().rank());
            }
        }
    }

    /** 1–5 colleges near the top: each one of the four profiles of {@link DemonstrationCentresTest} or random high values. */
    @Provide
    Arbitrary<CollegeMeasures> contenders() {
        Arbitrary<String[]> high = Arbitraries.longs().between(6_000, 12_000).map(v -> BigDecimal.valueOf(v, 4).toPlainString())
                .array(String[].class).ofSize(CollegeRaw.INDICATORS.length);
        Arbitrary<String[]> profile = Arbitraries.oneOf(Arbitraries.of(DemonstrationCentresTest.A, DemonstrationCentresTest.B,
                DemonstrationCentresTest.C, DemonstrationCentresTest.E), high);
        return Arbitraries.maps(Arbitraries.of("EDU", "MATH", "FL", "ART", "PE", "CS"), profile).ofMinSize(1).ofMaxSize(5).map(colleges -> {
            CollegeRaw raw = new CollegeRaw();
            colleges.forEach(raw::put);
            return raw.measures();
        });
    }

    @Property(tries = 300)
    void theCentresAreTheFirstQualifiedCollegesAndNeverMoreThanTheMaximum(@ForAll("contenders") CollegeMeasures measures) {
        CollegeReport report = SEED.evaluate(measures);
        DemonstrationRule rule = report.demonstration().rule();
        List<String> qualified = report.results().stream()
                .filter(r -> r.result().eligible() && r.result().total().compareTo(rule.threshold()) >= 0)
                .map(CollegeResult::college).toList();
        List<String> chosen = report.demonstration().chosen();

        assertThat(chosen.size()).isLessThanOrEqualTo(rule.max());
        assertThat(chosen).isEqualTo(qualified.subList(0, chosen.size()));
        assertThat(report.demonstration().shortfall().isPresent()).isEqualTo(chosen.size() < rule.min());
        assertThat(report.results()).allSatisfy(r -> assertThat(r.demonstrationCentre()).isEqualTo(chosen.contains(r.college())));
        List<DemonstrationDecision> tied = report.demonstration().decisions().stream()
                .filter(d -> d.outcome() == DemonstrationDecision.Outcome.TIED_AT_CUT).toList();
        if (!tied.isEmpty()) {
            // the whole tie group follows the chosen ones, shares one total, and would not fit within the maximum
            assertThat(tied).extracting(DemonstrationDecision::total).allSatisfy(t -> assertThat(t).isEqualByComparingTo(tied.get(0).total()));
            assertThat(qualified.subList(chosen.size(), chosen.size() + tied.size()))
                    .containsExactlyElementsOf(tied.stream().map(DemonstrationDecision::college).toList());
            assertThat(chosen.size() + tied.size()).isGreaterThan(rule.max());
        }
        Statistics.label("outcomes").collect(report.demonstration().decisions().stream().map(d -> d.outcome().name()).sorted().distinct().toList());
    }

    @Provide
    Arbitrary<CollegeMeasures> wild() {
        Arbitrary<BigDecimal> anyValue = Combinators.combine(Arbitraries.longs().between(-50_000, 50_000), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
        return Combinators.combine(Arbitraries.of("EDU", "MATH", "FL").set().ofMinSize(1), anyValue.list().ofSize(21)).as((colleges, values) -> {
            RawValues.Builder raw = RawValues.builder();
            int i = 0;
            for (String college : colleges) {
                for (String code : CollegeRaw.INDICATORS) {
                    raw.put(college, code, values.get(i++), "test");
                }
            }
            return new CollegeMeasures(CollegeRaw.FROM, CollegeRaw.TO, raw.build());
        });
    }

    @Property(tries = 300)
    void normalisedValuesAndTotalsStayWithinZeroToHundred(@ForAll("wild") CollegeMeasures measures) {
        for (CollegeResult r : SEED.evaluate(measures).results()) {
            assertThat(r.result().total()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            leaves(r.result().explanation()).forEach(leaf -> assertThat(leaf.normalised().orElseThrow())
                    .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        }
    }

    private static List<Explanation> leaves(Explanation e) {
        if (e.children().isEmpty()) {
            return List.of(e);
        }
        List<Explanation> out = new ArrayList<>();
        e.children().forEach(c -> out.addAll(leaves(c)));
        return out;
    }

    private static int priorityOrder(SubjectResult a, SubjectResult b) {
        for (String node : PRESET.rules().priority()) {
            int c = b.explanation().find(node).orElseThrow().score().compareTo(a.explanation().find(node).orElseThrow().score());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(i);
        }
        return out;
    }

    private static BigDecimal total(CollegeReport report, String college) {
        return report.result(college).orElseThrow().result().total();
    }

    private static RawValues with(RawValues raw, String college, String code, BigDecimal value) {
        RawValues.Builder out = RawValues.builder();
        raw.subjects().forEach((s, measures) -> {
            out.subject(s);
            measures.forEach((c, m) -> out.put(s, c, m));
        });
        return out.put(college, code, value, "test").build();
    }
}

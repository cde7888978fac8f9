package edu.yiban.scoring;

import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.system.Adjustment;
import edu.yiban.scoring.system.Comparison;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.scoring.system.Normaliser;
import edu.yiban.scoring.system.SystemNode;
import edu.yiban.scoring.system.Veto;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of every public scoring value type, for the JSON round-trip property. */
public final class ScoringArbitraries {
    private ScoringArbitraries() {
    }

    /** Every generator, by the type it makes; the students', colleges' and rounds' generators join here. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(Direction.class, Arbitraries.of(Direction.class));
        all.put(Comparison.class, Arbitraries.of(Comparison.class));
        all.put(Indicator.class, indicators());
        all.put(Normaliser.Identity.class, Arbitraries.just(new Normaliser.Identity()));
        all.put(Normaliser.MinMax.class, Combinators.combine(decimals().optional(), decimals().optional()).as(Normaliser.MinMax::new));
        all.put(Normaliser.ZScore.class, Arbitraries.just(new Normaliser.ZScore()));
        all.put(Normaliser.Percentile.class, Arbitraries.just(new Normaliser.Percentile()));
        all.put(Normaliser.TargetLinear.class, Combinators.combine(decimals(), decimals()).as(Normaliser.TargetLinear::new));
        all.put(Normaliser.Band.class, bands());
        all.put(Normaliser.External.class, codes().map(Normaliser.External::new));
        all.put(Normaliser.Bands.class, bands().list().ofMinSize(1).ofMaxSize(3).map(Normaliser.Bands::new));
        all.put(Adjustment.Kind.class, Arbitraries.of(Adjustment.Kind.class));
        all.put(Adjustment.class, adjustments());
        all.put(Veto.class, vetoes());
        all.put(Gate.class, gates());
        all.put(SystemNode.class, nodes());
        all.put(IndicatorSystem.class, Combinators.combine(codes(), bilingual(), codes(), indicators().list().ofMaxSize(2), nodes(),
                Arbitraries.just(List.<Veto>of()), Arbitraries.just(List.<Gate>of())).as(IndicatorSystem::new));
        all.put(Measure.class, measures());
        all.put(RawValues.class, Arbitraries.maps(codes(), Arbitraries.maps(codes(), measures()).ofMaxSize(2)).ofMaxSize(2)
                .map(m -> { RawValues.Builder b = RawValues.builder(); m.forEach((s, ms) -> { b.subject(s); ms.forEach((c, v) -> b.put(s, c, v)); }); return b.build(); }));
        all.put(Note.Kind.class, Arbitraries.of(Note.Kind.class));
        all.put(Note.class, notes());
        all.put(Explanation.class, explanations());
        all.put(SubjectResult.class, Combinators.combine(codes(), decimals(), codes().list().ofMaxSize(2), codes().list().ofMaxSize(2), explanations())
                .as(SubjectResult::new));
        all.put(Ranked.class, Combinators.combine(codes(), codes(), Arbitraries.integers().between(1, 50), decimals())
                .as((subject, group, rank, percentile) -> new Ranked(subject, group, rank, rank + 3, Math.max(1, rank - 1), percentile)));
        all.putAll(edu.yiban.scoring.round.RoundArbitraries.all());
        all.putAll(edu.yiban.scoring.college.CollegeArbitraries.all());
        all.putAll(edu.yiban.scoring.student.StudentArbitraries.all());
        return all;
    }

    public static Arbitrary<String> codes() {
        return CoreArbitraries.vocabulary();
    }

    public static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000, 1_000_000), Arbitraries.integers().between(0, 4))
                .as(BigDecimal::valueOf);
    }

    public static Arbitrary<Bilingual> bilingual() {
        return Combinators.combine(CoreArbitraries.text(1, 12), CoreArbitraries.text(1, 12)).as(Bilingual::new);
    }

    public static Arbitrary<Indicator> indicators() {
        return Combinators.combine(codes(), bilingual(), CoreArbitraries.text(0, 4), Arbitraries.of(Direction.class), codes(),
                bilingual().optional()).as(Indicator::new);
    }

    public static Arbitrary<Veto> vetoes() {
        return Combinators.combine(codes(), bilingual(), codes(), Arbitraries.of(Comparison.class), decimals(), decimals()).as(Veto::new);
    }

    public static Arbitrary<Gate> gates() {
        return Combinators.combine(codes(), bilingual(), codes(), Arbitraries.of(Comparison.class), decimals()).as(Gate::new);
    }

    static Arbitrary<Normaliser.Band> bands() {
        return Combinators.combine(decimals(), decimals()).as(Normaliser.Band::new);
    }

    static Arbitrary<Normaliser> normalisers() {
        return Arbitraries.oneOf(Arbitraries.just(new Normaliser.Identity()), Arbitraries.just(new Normaliser.ZScore()),
                Combinators.combine(decimals(), decimals()).as(Normaliser.TargetLinear::new),
                bands().list().ofMinSize(1).ofMaxSize(2).map(Normaliser.Bands::new));
    }

    static Arbitrary<Adjustment> adjustments() {
        return Combinators.combine(codes(), bilingual(), Arbitraries.of(Adjustment.Kind.class), codes(), decimals(), decimals().optional())
                .as(Adjustment::new);
    }

    static Arbitrary<SystemNode> nodes() {
        Arbitrary<SystemNode> leaf = Combinators.combine(codes(), bilingual(), decimals(), codes(), normalisers())
                .as(SystemNode::leaf);
        return Combinators.combine(codes(), bilingual(), decimals(), leaf.list().ofMaxSize(2), decimals().optional(), decimals().optional(),
                adjustments().list().ofMaxSize(1))
                .as((code, name, weight, children, floor, cap, items) -> new SystemNode(code, name, weight, Optional.empty(), Optional.empty(),
                        children, floor, cap, items));
    }

    static Arbitrary<Measure> measures() {
        return Combinators.combine(decimals(), codes(), CoreArbitraries.dates().optional(), bilingual().optional()).as(Measure::new);
    }

    static Arbitrary<Note> notes() {
        return Combinators.combine(Arbitraries.of(Note.Kind.class), codes(), decimals(), decimals(), CoreArbitraries.text(1, 20),
                CoreArbitraries.text(1, 20)).as(Note::new);
    }

    static Arbitrary<Explanation> explanations() {
        Arbitrary<Explanation> leaf = Combinators.combine(codes(), bilingual(), measures().optional(), decimals().optional(), decimals(),
                decimals(), decimals(), notes().list().ofMaxSize(1))
                .as((code, name, raw, normalised, weight, score, shown, notes) -> new Explanation(code, name,
                        raw, normalised, weight, score, shown, score.multiply(weight), shown, List.of(), notes));
        return Combinators.combine(codes(), bilingual(), decimals(), decimals(), decimals(), leaf.list().ofMaxSize(2), notes().list().ofMaxSize(2))
                .as((code, name, weight, score, shown, children, notes) -> new Explanation(code, name, Optional.empty(), Optional.empty(),
                        weight, score, shown, score, shown, children, notes));
    }
}

package edu.yiban.scoring.system;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.engine.Scored;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates every subject against a checked system: leaves normalise raw values (population statistics
 * computed once per leaf), inner nodes add weighted children and adjustments, caps and floors hold, vetoes
 * replace totals, gates mark eligibility; then every explanation gets its shown parts by largest remainder.
 *
 * <p>A subject's result is marked incomplete, with an {@link Note.Kind#INCOMPLETE} note on the node that
 * read the value, wherever a leaf, an adjustment, a veto or a gate reads an indicator a source failed to
 * measure for it ({@link RawValues#failed(String, String)}); and wherever a leaf normalises against the
 * population (min–max without both ends fixed, z-score, percentile, an external normaliser) an indicator a
 * source failed to measure for any subject evaluated, since the missing values move every score there.
 */
final class Evaluator {
    /** Normalised scores keep four decimals. */
    public static final int NORMALISED_SCALE = 4;
    /** Totals and shown parts keep two decimals. */
    public static final int SHOWN_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;
    /** The prefix of a plugin's source, as in {@code plugin:volunteer-hours}. */
    private static final String PLUGIN = "plugin:";

    private final IndicatorSystem system;
    private final Map<String, ExternalNormaliser> external;
    private final Map<String, Population> populations = new HashMap<>();
    /** How many subjects evaluated each failed indicator was not measured for, by code (set by {@link #evaluate(RawValues)}). */
    private final Map<String, Integer> failures = new HashMap<>();

    public Evaluator(IndicatorSystem system) {
        this(system, Map.of());
    }

    public Evaluator(IndicatorSystem system, Map<String, ExternalNormaliser> external) {
        this.system = system;
        this.external = Map.copyOf(external);
        requireExternal(system.root(), "root");
    }

    private void requireExternal(SystemNode node, String path) {
        if (node.normaliser().orElse(null) instanceof Normaliser.External e && !external.containsKey(e.id())) {
            throw ScoringMessages.invalid(path + ".normaliser.id", "system.normaliser.unknown", e.id(), node.code());
        }
        for (int i = 0; i < node.children().size(); i++) {
            requireExternal(node.children().get(i), path + ".children[" + i + "]");
        }
    }

    public List<SubjectResult> evaluate(RawValues raw) {
        failures.clear();
        for (String subject : raw.subjects().keySet()) {
            raw.failed(subject).forEach(code -> failures.merge(code, 1, Integer::sum));
        }
        List<SubjectResult> results = new ArrayList<>(raw.subjects().size());
        for (String subject : raw.subjects().keySet()) {
            results.add(evaluate(subject, raw));
        }
        return results;
    }

    private SubjectResult evaluate(String subject, RawValues raw) {
        Set<String> incomplete = new TreeSet<>();
        Scored root = score(system.root(), subject, raw, incomplete);
        List<String> vetoes = new ArrayList<>();
        BigDecimal vetoScore = null;
        for (Veto veto : system.vetoes()) {
            readFailed(root, subject, raw, veto.indicator(), veto.name(), incomplete);
            Optional<Measure> measure = raw.get(subject, veto.indicator());
            if (measure.isPresent() && veto.when().holds(measure.get().value(), veto.threshold())) {
                vetoes.add(veto.code());
                vetoScore = vetoScore == null ? veto.score() : vetoScore.min(veto.score());
                root.notes.add(new Scored.Draft(Note.Kind.VETO, veto.code(), BigDecimal.ZERO,
                        ScoringMessages.BUNDLE.text("note.veto", veto.name().zh(), veto.name().en(), measure.get().value().toPlainString())));
            }
        }
        if (vetoScore != null) {
            BigDecimal change = vetoScore.subtract(root.score);
            root.notes.stream().filter(n -> n.kind() == Note.Kind.VETO).findFirst().ifPresent(n -> n.amount = change);
            root.score = vetoScore;
        }
        List<String> failed = new ArrayList<>();
        for (Gate gate : system.gates()) {
            readFailed(root, subject, raw, gate.indicator(), gate.name(), incomplete);
            Optional<Measure> measure = raw.get(subject, gate.indicator());
            if (measure.isEmpty() || !gate.must().holds(measure.get().value(), gate.threshold())) {
                failed.add(gate.code());
                root.notes.add(new Scored.Draft(Note.Kind.GATE, gate.code(), BigDecimal.ZERO, ScoringMessages.BUNDLE.text("note.gate",
                        gate.name().zh(), gate.name().en(), measure.map(m -> m.value().toPlainString()).orElse("—"))));
            }
        }
        BigDecimal total = root.score.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
        Explanation explanation = root.explain(root.score, total, total);
        return new SubjectResult(subject, total, vetoes, failed, List.copyOf(incomplete), explanation);
    }

    // ------------------------------------------------------------------ values a source failed to measure

    /**
     * When a source failed to measure {@code indicator} for {@code subject}, marks the result incomplete and
     * notes it on {@code reader}, the node whose rule {@code rule} (a bonus, a veto, a gate) reads the value.
     */
    private void readFailed(Scored reader, String subject, RawValues raw, String indicator, Bilingual rule, Set<String> incomplete) {
        if (raw.failed(subject, indicator)) {
            incomplete.add(indicator);
            Bilingual name = indicatorName(indicator);
            reader.notes.add(new Scored.Draft(Note.Kind.INCOMPLETE, indicator, BigDecimal.ZERO, ScoringMessages.BUNDLE.text("note.incomplete.rule",
                    name.zh(), name.en(), indicator, source(indicator, raw), rule.zh(), rule.en())));
        }
    }

    /** Who failed to measure {@code indicator}: the source the raw values name, else the one the system declares. */
    private Text source(String indicator, RawValues raw) {
        String source = raw.failedBy(indicator).orElseGet(() -> system.indicator(indicator).map(Indicator::source).orElse(indicator));
        return source.startsWith(PLUGIN)
                ? ScoringMessages.BUNDLE.text("note.source.plugin", source.substring(PLUGIN.length()))
                : ScoringMessages.BUNDLE.text("note.source", source);
    }

    private Bilingual indicatorName(String code) {
        return system.indicator(code).map(Indicator::name).orElse(new Bilingual(code, code));
    }

    /** Whether {@code node}'s normaliser reads the other subjects' values (a min–max with a free end, z-score, percentile, external). */
    private static boolean readsPopulation(SystemNode node) {
        Normaliser n = node.normaliser().orElse(null);
        return n instanceof Normaliser.MinMax m ? m.min().isEmpty() || m.max().isEmpty()
                : n instanceof Normaliser.ZScore || n instanceof Normaliser.Percentile || n instanceof Normaliser.External;
    }

    // ------------------------------------------------------------------ the tree

    private Scored score(SystemNode node, String subject, RawValues raw, Set<String> incomplete) {
        Scored out = new Scored(node.code(), node.name(), node.weight());
        if (node.isLeaf()) {
            String code = node.indicator().orElseThrow();
            Indicator indicator = system.indicator(code).orElseThrow();
            Optional<Measure> measure = raw.get(subject, code);
            boolean failed = raw.failed(subject, code);
            out.raw = measure;
            if (failed) {
                incomplete.add(code);
                out.notes.add(new Scored.Draft(Note.Kind.INCOMPLETE, code, BigDecimal.ZERO, ScoringMessages.BUNDLE.text("note.incomplete",
                        indicator.name().zh(), indicator.name().en(), code, source(code, raw))));
            } else if (measure.isEmpty()) {
                out.notes.add(new Scored.Draft(Note.Kind.MISSING, code, BigDecimal.ZERO,
                        ScoringMessages.BUNDLE.text("note.missing", indicator.name().zh(), indicator.name().en())));
            }
            if (measure.isEmpty()) {
                out.normalised = BigDecimal.ZERO.setScale(NORMALISED_SCALE);
            } else {
                out.normalised = normalise(node, indicator, measure.get().value(), raw);
                if (!failed && failures.containsKey(code) && readsPopulation(node)) {
                    incomplete.add(code);
                    out.notes.add(new Scored.Draft(Note.Kind.INCOMPLETE, code, BigDecimal.ZERO, ScoringMessages.BUNDLE.text(
                            "note.incomplete.population", indicator.name().zh(), indicator.name().en(), code, source(code, raw),
                            failures.get(code))));
                }
            }
            out.score = out.normalised;
        } else {
            BigDecimal sum = BigDecimal.ZERO;
            for (SystemNode child : node.children()) {
                Scored scored = score(child, subject, raw, incomplete);
                out.children.add(scored);
                sum = sum.add(child.weight().multiply(scored.score));
            }
            for (Adjustment a : node.adjustments()) {
                readFailed(out, subject, raw, a.indicator(), a.name(), incomplete);
                BigDecimal value = raw.get(subject, a.indicator()).map(Measure::value).orElse(BigDecimal.ZERO);
                BigDecimal points = value.multiply(a.perUnit()).max(BigDecimal.ZERO);
                if (a.cap().isPresent()) {
                    points = points.min(a.cap().get());
                }
                BigDecimal signed = a.kind() == Adjustment.Kind.BONUS ? points : points.negate();
                if (signed.signum() != 0) {
                    String key = a.kind() == Adjustment.Kind.BONUS ? "note.bonus" : "note.deduction";
                    out.notes.add(new Scored.Draft(a.kind() == Adjustment.Kind.BONUS ? Note.Kind.BONUS : Note.Kind.DEDUCTION, a.code(), signed,
                            ScoringMessages.BUNDLE.text(key, a.name().zh(), a.name().en(), value.toPlainString(),
                                    a.perUnit().toPlainString(), a.cap().map(BigDecimal::toPlainString).orElse("—"))));
                }
                sum = sum.add(signed);
            }
            out.score = sum;
        }
        if (node.cap().isPresent() && out.score.compareTo(node.cap().get()) > 0) {
            BigDecimal change = node.cap().get().subtract(out.score);
            out.notes.add(new Scored.Draft(Note.Kind.CAP, node.code(), change,
                    ScoringMessages.BUNDLE.text("note.cap", node.cap().get().toPlainString(), out.score.toPlainString())));
            out.score = node.cap().get();
        }
        if (node.floor().isPresent() && out.score.compareTo(node.floor().get()) < 0) {
            BigDecimal change = node.floor().get().subtract(out.score);
            out.notes.add(new Scored.Draft(Note.Kind.FLOOR, node.code(), change,
                    ScoringMessages.BUNDLE.text("note.floor", node.floor().get().toPlainString(), out.score.toPlainString())));
            out.score = node.floor().get();
        }
        return out;
    }

    // ------------------------------------------------------------------ normalisers

    private BigDecimal normalise(SystemNode node, Indicator indicator, BigDecimal x, RawValues raw) {
        boolean higher = indicator.direction() == Direction.HIGHER_IS_BETTER;
        Normaliser n = node.normaliser().orElseThrow();
        BigDecimal score;
        if (n instanceof Normaliser.Identity) {
            score = higher ? x : HUNDRED.subtract(x);
        } else if (n instanceof Normaliser.MinMax m) {
            Population p = population(indicator.code(), raw);
            BigDecimal lo = m.min().orElse(p.min);
            BigDecimal hi = m.max().orElse(p.max);
            if (hi.compareTo(lo) <= 0) {
                score = HUNDRED;
            } else {
                BigDecimal span = hi.subtract(lo);
                BigDecimal distance = higher ? x.subtract(lo) : hi.subtract(x);
                score = distance.multiply(HUNDRED).divide(span, EXACT_ENOUGH);
            }
        } else if (n instanceof Normaliser.ZScore) {
            Population p = population(indicator.code(), raw);
            if (p.sd.signum() == 0) {
                score = FIFTY;
            } else {
                BigDecimal z = x.subtract(p.mean).divide(p.sd, EXACT_ENOUGH);
                score = FIFTY.add(TEN.multiply(higher ? z : z.negate()));
            }
        } else if (n instanceof Normaliser.Percentile) {
            Population p = population(indicator.code(), raw);
            int size = p.sorted.size();
            if (size <= 1) {
                score = HUNDRED;
            } else {
                int below = higher ? p.countBelow(x) : p.countAbove(x);
                int equal = p.countEqual(x);
                BigDecimal place = BigDecimal.valueOf(below).add(BigDecimal.valueOf(Math.max(0, equal - 1)).divide(BigDecimal.valueOf(2)));
                score = place.multiply(HUNDRED).divide(BigDecimal.valueOf(size - 1), EXACT_ENOUGH);
            }
        } else if (n instanceof Normaliser.TargetLinear t) {
            score = x.subtract(t.floor()).multiply(HUNDRED).divide(t.target().subtract(t.floor()), EXACT_ENOUGH);
        } else if (n instanceof Normaliser.Bands b) {
            List<Normaliser.Band> bands = new ArrayList<>(b.bands());
            bands.sort(higher ? Comparator.comparing(Normaliser.Band::from).reversed() : Comparator.comparing(Normaliser.Band::from));
            score = BigDecimal.ZERO;
            for (Normaliser.Band band : bands) {
                if (higher ? x.compareTo(band.from()) >= 0 : x.compareTo(band.from()) <= 0) {
                    score = band.score();
                    break;
                }
            }
        } else if (n instanceof Normaliser.External e) {
            score = Objects.requireNonNull(external.get(e.id()), "the constructor required every external normaliser").normalise(x, population(indicator.code(), raw).sorted, indicator.direction());
        } else {
            throw new IllegalStateException("unknown normaliser " + n);
        }
        return clip(score).setScale(NORMALISED_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal clip(BigDecimal score) {
        return score.max(BigDecimal.ZERO).min(HUNDRED);
    }

    private Population population(String indicator, RawValues raw) {
        return populations.computeIfAbsent(indicator, code -> {
            List<BigDecimal> values = new ArrayList<>();
            raw.subjects().forEach((subject, measures) -> {
                Measure m = measures.get(code);
                if (m != null) {
                    values.add(m.value());
                }
            });
            return new Population(values);
        });
    }

    /** The values of one indicator over every subject that has one, sorted, with their mean and population sd. */
    private static final class Population {
        final List<BigDecimal> sorted;
        final BigDecimal min;
        final BigDecimal max;
        final BigDecimal mean;
        final BigDecimal sd;

        Population(List<BigDecimal> values) {
            List<BigDecimal> ordered = new ArrayList<>(values);
            ordered.sort(null);
            sorted = Collections.unmodifiableList(ordered);
            min = sorted.isEmpty() ? BigDecimal.ZERO : sorted.get(0);
            max = sorted.isEmpty() ? BigDecimal.ZERO : sorted.get(sorted.size() - 1);
            if (sorted.isEmpty()) {
                mean = BigDecimal.ZERO;
                sd = BigDecimal.ZERO;
            } else {
                BigDecimal n = BigDecimal.valueOf(sorted.size());
                BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                mean = sum.divide(n, EXACT_ENOUGH);
                BigDecimal squares = BigDecimal.ZERO;
                for (BigDecimal v : sorted) {
                    BigDecimal d = v.subtract(mean);
                    squares = squares.add(d.multiply(d));
                }
                sd = squares.divide(n, EXACT_ENOUGH).sqrt(EXACT_ENOUGH);
            }
        }

        /** How many values lie below {@code x} (binary search over the sorted values). */
        int countBelow(BigDecimal x) {
            return firstAtLeast(x, false);
        }

        /** How many values lie above {@code x}. */
        int countAbove(BigDecimal x) {
            return sorted.size() - firstAtLeast(x, true);
        }

        /** How many values equal {@code x}. */
        int countEqual(BigDecimal x) {
            return firstAtLeast(x, true) - firstAtLeast(x, false);
        }

        /** The index of the first value at least {@code x} (or, when {@code strictly}, above it). */
        private int firstAtLeast(BigDecimal x, boolean strictly) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = sorted.get(mid).compareTo(x);
                if (c < 0 || (strictly && c == 0)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    // ------------------------------------------------------------------ explanations
}

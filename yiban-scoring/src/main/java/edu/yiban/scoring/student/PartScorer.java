package edu.yiban.scoring.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.engine.Scored;
import edu.yiban.scoring.internal.engine.Shown;
import edu.yiban.scoring.internal.formula.FormulaException;
import edu.yiban.scoring.internal.formula.Rational;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.Veto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Scores a rule set's part tree for one student from their raw values: each part's formula value, its own
 * points and its children's weighted scores, held by its floor and cap; then the rule set's vetoes and gates.
 * The explanation is the tree as it was computed, every node's parts adding up to its score, exactly and as shown.
 */
final class PartScorer {
    /** Formula values keep four decimals, as normalised scores do. */
    static final int VALUE_SCALE = 4;
    /** Totals and shown parts keep two decimals. */
    static final int SHOWN_SCALE = 2;
    /** A weight or mean that does not terminate keeps twenty decimals. */
    static final int MEAN_SCALE = 20;

    private final RuleBook book;

    PartScorer(RuleBook book) {
        this.book = book;
    }

    /**
     * The result of {@code subject} from their raw values; where a formula, veto or gate reads a value a source failed
     * to measure for them, the result is incomplete and the reader's node says so.
     */
    SubjectResult score(String subject, RawValues raw) {
        SortedMap<String, Measure> measures = raw.subjects().getOrDefault(subject, Collections.emptySortedMap());
        Set<String> incomplete = new TreeSet<>();
        Reading reading = new Reading(subject, raw, incomplete, book::indicatorName);
        Scored root = node(0, measures, reading);
        List<String> vetoes = new ArrayList<>();
        BigDecimal vetoScore = null;
        Scored.Draft vetoNote = null;
        for (Veto veto : book.set.vetoes()) {
            reading.failed(root, veto.indicator(), veto.name());
            Measure measure = measures.get(veto.indicator());
            if (measure != null && veto.when().holds(measure.value(), veto.threshold())) {
                vetoes.add(veto.code());
                vetoScore = vetoScore == null ? veto.score() : vetoScore.min(veto.score());
                Scored.Draft note = root.note(Note.Kind.VETO, veto.code(), BigDecimal.ZERO,
                        ScoringMessages.BUNDLE.text("note.veto", veto.name().zh(), veto.name().en(), measure.value().toPlainString()));
                vetoNote = vetoNote == null ? note : vetoNote;
            }
        }
        if (vetoScore != null && vetoNote != null) { // both are set by the first veto that strikes
            vetoNote.amount = vetoScore.subtract(root.score);
            root.score = vetoScore;
        }
        List<String> failed = new ArrayList<>();
        for (Gate gate : book.set.gates()) {
            reading.failed(root, gate.indicator(), gate.name());
            Measure measure = measures.get(gate.indicator());
            if (measure == null || !gate.must().holds(measure.value(), gate.threshold())) {
                failed.add(gate.code());
                root.note(Note.Kind.GATE, gate.code(), BigDecimal.ZERO, ScoringMessages.BUNDLE.text("note.gate",
                        gate.name().zh(), gate.name().en(), measure == null ? "—" : measure.value().toPlainString()));
            }
        }
        Explanation explanation = root.explainRoot();
        return new SubjectResult(subject, explanation.scoreShown(), vetoes, failed, List.copyOf(incomplete), explanation);
    }

    /**
     * What one subject's scoring read that a source failed to measure.
     *
     * @param subject    the subject
     * @param raw        the raw values with their failures
     * @param incomplete the indicators read that failed, filled as they are read
     */
    private record Reading(String subject, RawValues raw, Set<String> incomplete, java.util.function.Function<String, Bilingual> names) {
        /** Whether {@code indicator} failed for the subject; if so it is noted on {@code reader}, read by {@code rule}. */
        boolean failed(Scored reader, String indicator, Bilingual rule) {
            if (!raw.failed(subject, indicator)) {
                return false;
            }
            incomplete.add(indicator);
            String source = raw.failedBy(indicator).orElse(indicator);
            Text by = source.startsWith(Indicator.PLUGIN)
                    ? ScoringMessages.BUNDLE.text("note.source.plugin", source.substring(Indicator.PLUGIN.length()))
                    : ScoringMessages.BUNDLE.text("note.source", source);
            Bilingual name = names.apply(indicator);
            reader.note(Note.Kind.INCOMPLETE, indicator, BigDecimal.ZERO, ScoringMessages.BUNDLE.text("note.incomplete.rule",
                    name.zh(), name.en(), indicator, by, rule.zh(), rule.en()));
            return true;
        }
    }

    private Scored node(int index, SortedMap<String, Measure> measures, Reading reading) {
        Part part = book.parts.get(index);
        Scored out = new Scored(part.code(), part.name(), part.weight());
        if (book.partFormula[index] != null) {
            value(index, measures, out, reading);
            if (book.partFormula[index].names().size() == 1) {
                out.raw = Optional.ofNullable(measures.get(book.variables.get(book.partFormula[index].names().iterator().next())));
            }
        }
        Measure points = measures.get(StudentEvaluation.points(part.code()));
        boolean formulaTakesPoints = book.partFormula[index] != null
                && book.partFormula[index].names().contains(RuleChecks.variable(StudentEvaluation.points(part.code())));
        if (formulaTakesPoints) {
            out.raw = Optional.ofNullable(points);
        } else if (points != null && (points.value().signum() != 0 || book.linesIn[index])) {
            out.raw = Optional.of(points);
            out.note(Note.Kind.POINTS, part.code(), points.value(),
                    ScoringMessages.BUNDLE.text("note.points", part.name().zh(), part.name().en(), points.value().toPlainString()));
        }
        for (int child : book.children[index]) {
            out.add(node(child, measures, reading));
        }
        if (part.cap().isPresent() && out.score.compareTo(part.cap().get()) > 0) {
            out.note(Note.Kind.CAP, part.code(), part.cap().get().subtract(out.score),
                    ScoringMessages.BUNDLE.text("note.cap", part.cap().get().toPlainString(), out.score.toPlainString()));
        }
        if (part.floor().isPresent() && out.score.compareTo(part.floor().get()) < 0) {
            out.note(Note.Kind.FLOOR, part.code(), part.floor().get().subtract(out.score),
                    ScoringMessages.BUNDLE.text("note.floor", part.floor().get().toPlainString(), out.score.toPlainString()));
        }
        return out;
    }

    /** The part's formula over the raw values: a missing input counts 0 and is noted; the value keeps four decimals. */
    private void value(int index, SortedMap<String, Measure> measures, Scored out, Reading reading) {
        Map<String, Rational> inputs = new HashMap<>();
        List<String> shown = new ArrayList<>();
        Part part = book.parts.get(index);
        for (String variable : book.partFormula[index].names()) {
            String indicator = Objects.requireNonNull(book.variables.get(variable), "a formula's variable stands for an indicator");
            Measure m = measures.get(indicator);
            if (reading.failed(out, indicator, part.name())) {
                inputs.put(variable, Rational.ZERO);
                shown.add(variable + " = 0");
            } else if (m == null) {
                inputs.put(variable, Rational.ZERO);
                Bilingual named = book.indicatorName(indicator);
                out.note(Note.Kind.MISSING, indicator, BigDecimal.ZERO,
                        ScoringMessages.BUNDLE.text("note.missing", named.zh(), named.en()));
                shown.add(variable + " = 0");
            } else {
                inputs.put(variable, Rational.of(m.value()));
                shown.add(variable + " = " + m.value().toPlainString());
            }
        }
        BigDecimal value;
        try {
            value = book.partFormula[index].evaluate(inputs::get).toBigDecimal(VALUE_SCALE, RoundingMode.HALF_UP);
        } catch (FormulaException e) {
            throw ScoringMessages.invalid("parts." + book.parts.get(index).code() + ".formula", "student.formula.failed",
                    book.parts.get(index).code(), e.problem());
        }
        String source = book.parts.get(index).formula().orElseThrow();
        out.note(Note.Kind.VALUE, book.parts.get(index).code(), value,
                ScoringMessages.BUNDLE.text("note.value", source, String.join(", ", shown), value.toPlainString()));
    }

    /**
     * One period's result weighed into a longer one: a term of a year scored from its terms, a year of a
     * graduation score.
     *
     * @param code   the period's code, e.g. {@code 2022-2023-1}
     * @param name   its name for people
     * @param weight its weight
     * @param result its result, or null when the subject was not evaluated in it
     */
    record Period(String code, Bilingual name, BigDecimal weight, @Nullable SubjectResult result) {
    }

    /**
     * A result made of several periods' results: {@code Σ weight × period total / Σ weight} over the periods the
     * subject was evaluated in (a period they were not evaluated in is noted, and the others' weights scaled up),
     * worked out exactly and rounded once, half-up, to two decimals; vetoes, failed gates and incomplete indicators
     * are those of any period.
     *
     * <p>The explanation adds up exactly: each period's node scores that period's total as published (two decimals)
     * — its own tree plus, where the tree's exact score differs, a rounding note — and contributes its weight × that
     * total; the root scores the rounded total, the contributions plus a rounding note. A weight that is not a
     * terminating decimal (1/3, 137/278) is kept to {@value #MEAN_SCALE} places; the total is rounded from the exact
     * fraction, never from those places.
     */
    static SubjectResult combine(String subject, String code, Bilingual name, List<Period> periods) {
        Rational present = Rational.ZERO;
        for (Period p : periods) {
            if (p.result != null) {
                present = present.add(Rational.of(p.weight));
            }
        }
        List<Explanation> periodNodes = new ArrayList<>();
        List<BigDecimal> parts = new ArrayList<>();
        List<Scored.Draft> notes = new ArrayList<>();
        Scored root = new Scored(code, name, BigDecimal.ONE);
        Rational exact = Rational.ZERO;
        BigDecimal contributions = BigDecimal.ZERO;
        List<String> vetoes = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Set<String> incomplete = new TreeSet<>();
        for (Period p : periods) {
            if (p.result == null) {
                notes.add(root.note(Note.Kind.MISSING, p.code, BigDecimal.ZERO,
                        ScoringMessages.BUNDLE.text("note.period.missing", p.name.zh(), p.name.en())));
                continue;
            }
            Rational share = Rational.of(p.weight).divide(present);
            exact = exact.add(share.multiply(Rational.of(p.result.total())));
            BigDecimal weight = decimal(share);
            BigDecimal contribution = weight.multiply(p.result.total());
            contributions = contributions.add(contribution);
            parts.add(contribution);
            periodNodes.add(periodNode(p, p.result, weight, contribution));
            p.result.vetoes().stream().filter(v -> !vetoes.contains(v)).forEach(vetoes::add);
            p.result.failedGates().stream().filter(g -> !failed.contains(g)).forEach(failed::add);
            incomplete.addAll(p.result.incomplete());
        }
        BigDecimal total = exact.toBigDecimal(SHOWN_SCALE, RoundingMode.HALF_UP);
        BigDecimal rounding = total.subtract(contributions);
        if (rounding.signum() != 0) {
            notes.add(root.note(Note.Kind.ROUNDING, code, rounding, ScoringMessages.BUNDLE.text("note.rounding", decimal(exact).toPlainString(),
                    total.toPlainString())));
        }
        List<BigDecimal> all = new ArrayList<>(parts);
        notes.forEach(n -> all.add(n.amount));
        List<BigDecimal> shownParts = Shown.largestRemainder(all, total);
        List<Explanation> children = new ArrayList<>(periodNodes.size());
        for (int k = 0; k < periodNodes.size(); k++) {
            Explanation e = periodNodes.get(k);
            children.add(new Explanation(e.code(), e.name(), e.raw(), e.normalised(), e.weight(), e.score(), e.scoreShown(), e.contribution(),
                    shownParts.get(k), e.children(), e.notes()));
        }
        List<Note> shownNotes = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            shownNotes.add(notes.get(i).shown(shownParts.get(periodNodes.size() + i)));
        }
        Explanation explanation = new Explanation(code, name, Optional.empty(), Optional.empty(), BigDecimal.ONE, total, total, total, total,
                children, shownNotes);
        return new SubjectResult(subject, total, vetoes, failed, List.copyOf(incomplete), explanation);
    }

    /**
     * A period's node: it scores the period's total as published, made of the period's own tree (weighing 1) and,
     * where that tree's exact score differs from its total, the rounding; its contribution is {@code weight × total}.
     */
    private static Explanation periodNode(Period p, SubjectResult result, BigDecimal weight, BigDecimal contribution) {
        Explanation tree = result.explanation();
        BigDecimal total = result.total();
        List<Note> notes = new ArrayList<>();
        BigDecimal rounding = total.subtract(tree.contribution());
        if (rounding.signum() != 0) {
            notes.add(new Scored(p.code, p.name, BigDecimal.ONE).note(Note.Kind.ROUNDING, p.code, rounding,
                    ScoringMessages.BUNDLE.text("note.rounding", tree.score().toPlainString(), total.toPlainString()))
                    .shown(total.subtract(tree.contributionShown())));
        }
        return new Explanation(p.code, p.name, Optional.empty(), Optional.empty(), weight, total, total, contribution, contribution,
                List.of(tree), notes);
    }

    /** An exact value as a decimal: itself when it terminates, else to {@value #MEAN_SCALE} places. */
    private static BigDecimal decimal(Rational value) {
        try {
            return value.toBigDecimalExact().stripTrailingZeros();
        } catch (ArithmeticException e) {
            return value.toBigDecimal(MEAN_SCALE, RoundingMode.HALF_UP);
        }
    }
}

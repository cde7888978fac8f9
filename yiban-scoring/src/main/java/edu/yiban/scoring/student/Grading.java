package edu.yiban.scoring.student;

import edu.yiban.scoring.internal.formula.Formula;
import edu.yiban.scoring.internal.formula.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A checked grade scale ready for a pass: the points formula read once, the grade words and attempt words by
 * name, the kinds left out. Points are whole numbers of the scale's last decimal ({@link GradeScale#decimals()}).
 */
final class Grading {
    final GradeScale scale;
    /** The decimals of points. */
    final int decimals;
    /** The pass mark in hundredths. */
    final long passMark;
    /** The points formula, or null for bands. */
    private final @Nullable Formula formula;
    private final Map<String, GradeScale.Grade> words = new HashMap<>();
    private final Set<String> excluded;

    Grading(GradeScale scale) {
        this.scale = scale;
        this.decimals = scale.decimals();
        this.passMark = scale.passMark().movePointRight(2).longValueExact();
        this.formula = scale.points().map(p -> Formula.parse(p.formula(), Set.of(GradeScale.PointsFormula.SCORE))).orElse(null);
        scale.grades().forEach(g -> words.putIfAbsent(g.grade(), g));
        this.excluded = new HashSet<>(scale.excludedKinds());
    }

    /**
     * The points of {@code score} (0–100), in units of the last decimal: by the formula, rounded once half-up,
     * else the band's.
     *
     * @throws edu.yiban.scoring.internal.formula.FormulaException when the formula cannot be worked out (a scale
     *                                                             that passed its checks never does this)
     */
    long points(BigDecimal score) {
        BigDecimal points = formula == null
                ? scale.points(score)
                : formula.evaluate(name -> Rational.of(score)).toBigDecimal(decimals, RoundingMode.HALF_UP);
        return units(points);
    }

    /** {@code points} in units of the last decimal (it has no more decimals than the scale's). */
    long units(BigDecimal points) {
        return points.movePointRight(decimals).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** The points of the pass mark, in units of the last decimal. */
    long passMarkPoints() {
        return points(scale.passMark());
    }

    /** The grade word {@code word}, or null. */
    GradeScale.@Nullable Grade word(String word) {
        return words.get(word);
    }

    /** The attempt the word {@code word} means, or null when the scale does not map it. */
    GradeScale.@Nullable Attempt attempt(String word) {
        return scale.attempts().words().get(word);
    }

    /** Whether entries of the course kind {@code kind} are left out. */
    boolean excludes(String kind) {
        return excluded.contains(kind);
    }

    /** Whether the points come from a formula. */
    boolean byFormula() {
        return formula != null;
    }
}

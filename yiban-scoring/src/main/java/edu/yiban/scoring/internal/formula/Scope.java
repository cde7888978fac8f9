package edu.yiban.scoring.internal.formula;

import java.util.Map;
import java.util.Objects;

/**
 * One evaluation of a formula: its source (for the words of a fault) and the value of each variable it uses.
 *
 * @param source the formula as written
 * @param values the value of every variable the formula uses
 */
record Scope(String source, Map<String, Rational> values) {
    /** The value of {@code name}, one of the formula's variables: {@link Formula#evaluate} gave each of them one. */
    Rational value(String name) {
        return Objects.requireNonNull(values.get(name), "no value for a variable of the formula");
    }

    /** The piece {@code source[start, end)} as a person reads it in a message. */
    String excerpt(Expr expr) {
        return Formula.excerpt(source.substring(expr.start(), expr.end()));
    }
}

package edu.yiban.scoring.internal.formula;

/**
 * A piece of a parsed formula spanning {@code source[start, end)}, typed when parsed: a {@link NumberExpr} gives
 * a number, a {@link ConditionExpr} a yes or no. Whatever takes a piece asks for the type it needs, so a formula
 * that parses never mixes them up when it runs.
 */
sealed interface Expr permits NumberExpr, ConditionExpr {
    /** The offset of the piece's first character in the source. */
    int start();

    /** The offset just past the piece's last character in the source. */
    int end();
}

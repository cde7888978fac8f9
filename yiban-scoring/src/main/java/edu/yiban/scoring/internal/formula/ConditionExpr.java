package edu.yiban.scoring.internal.formula;

import java.util.function.BiPredicate;

/** A piece of a formula that gives a condition (条件), yes or no: a comparison, or conditions joined by and, or, not. */
sealed interface ConditionExpr extends Expr {
    /** Whether the condition holds for the values of {@code scope}. */
    boolean test(Scope scope);

    /** {@code left op right} for one of the six comparisons, exact. */
    record Comparison(Operator operator, NumberExpr left, NumberExpr right) implements ConditionExpr {
        @Override
        public boolean test(Scope scope) {
            return operator.holds.test(left.value(scope), right.value(scope));
        }

        @Override
        public int start() {
            return left.start();
        }

        @Override
        public int end() {
            return right.end();
        }

        /** The comparisons, each with the token that writes it. */
        enum Operator {
            LESS(Token.Kind.LESS, (a, b) -> a.compareTo(b) < 0),
            LESS_OR_EQUAL(Token.Kind.LESS_OR_EQUAL, (a, b) -> a.compareTo(b) <= 0),
            GREATER(Token.Kind.GREATER, (a, b) -> a.compareTo(b) > 0),
            GREATER_OR_EQUAL(Token.Kind.GREATER_OR_EQUAL, (a, b) -> a.compareTo(b) >= 0),
            EQUAL(Token.Kind.EQUAL, (a, b) -> a.compareTo(b) == 0),
            NOT_EQUAL(Token.Kind.NOT_EQUAL, (a, b) -> a.compareTo(b) != 0);

            private final Token.Kind token;
            @SuppressWarnings("ImmutableEnumChecker") // each a stateless lambda over immutable Rationals
            private final BiPredicate<Rational, Rational> holds;

            Operator(Token.Kind token, BiPredicate<Rational, Rational> holds) {
                this.token = token;
                this.holds = holds;
            }

            /** The comparison the token writes. */
            static Operator of(Token.Kind kind) {
                for (Operator o : values()) {
                    if (o.token == kind) {
                        return o;
                    }
                }
                throw new IllegalArgumentException(kind + " is no comparison");
            }
        }
    }

    /**
     * {@code left and right} or {@code left or right}, read left to right: the right side is not evaluated when the
     * left decides (so {@code x != 0 and 1 / x > 2} never divides by 0).
     */
    record Junction(boolean and, ConditionExpr left, ConditionExpr right) implements ConditionExpr {
        @Override
        public boolean test(Scope scope) {
            return and ? left.test(scope) && right.test(scope) : left.test(scope) || right.test(scope);
        }

        @Override
        public int start() {
            return left.start();
        }

        @Override
        public int end() {
            return right.end();
        }
    }

    /** {@code not operand}, the word at {@code start}. */
    record Not(ConditionExpr operand, int start) implements ConditionExpr {
        @Override
        public boolean test(Scope scope) {
            return !operand.test(scope);
        }

        @Override
        public int end() {
            return operand.end();
        }
    }
}

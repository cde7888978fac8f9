package edu.yiban.scoring.internal.formula;

import java.math.RoundingMode;
import java.util.List;

/** A piece of a formula that gives a number, exactly (a {@link Rational}). */
sealed interface NumberExpr extends Expr {
    /** The number for the values of {@code scope}. */
    Rational value(Scope scope);

    /** A number as written, {@code 85.5}, or a negative one, {@code -3} (a minus sign right before a number). */
    record Literal(Rational number, String text, int start, int end) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            return number;
        }

        /** Whether it was written as a whole number, digits alone: {@code 2}, not {@code 2.0}. */
        boolean whole() {
            return text.indexOf('.') < 0;
        }
    }

    /** A variable, given its value by whoever evaluates the formula. */
    record Variable(String name, int start, int end) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            return scope.value(name);
        }
    }

    /** {@code -operand}, the sign at {@code start}. */
    record Negation(NumberExpr operand, int start) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            return operand.value(scope).negate();
        }

        @Override
        public int end() {
            return operand.end();
        }
    }

    /** {@code left op right} for {@code + - * /}, the operator at {@code at}; a divisor that comes to 0 is a fault there. */
    record Arithmetic(Token.Kind operator, NumberExpr left, NumberExpr right, int at) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            Rational a = left.value(scope);
            Rational b = right.value(scope);
            return switch (operator) {
                case PLUS -> a.add(b);
                case MINUS -> a.subtract(b);
                case TIMES -> a.multiply(b);
                case DIVIDE -> {
                    if (b.signum() == 0) {
                        throw FormulaException.at(scope.source(), at, "formula.division.zero", scope.excerpt(right));
                    }
                    yield a.divide(b);
                }
                default -> throw new IllegalStateException(operator + " is no arithmetic operator");
            };
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

    /** {@code min(…)} or {@code max(…)} of two or more numbers. */
    record Extremum(boolean max, List<NumberExpr> operands, int start, int end) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            Rational result = operands.get(0).value(scope);
            for (NumberExpr operand : operands.subList(1, operands.size())) {
                Rational next = operand.value(scope);
                result = max ? result.max(next) : result.min(next);
            }
            return result;
        }
    }

    /** {@code abs(x)}. */
    record Abs(NumberExpr operand, int start, int end) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            return operand.value(scope).abs();
        }
    }

    /** {@code clamp(x, lo, hi)}: x held between lo and hi; lo above hi is a fault at {@code start}. */
    record Clamp(NumberExpr operand, NumberExpr low, NumberExpr high, int start, int end) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            Rational x = operand.value(scope);
            Rational lo = low.value(scope);
            Rational hi = high.value(scope);
            if (lo.compareTo(hi) > 0) {
                throw FormulaException.at(scope.source(), start, "formula.clamp.bounds", lo.toString(), hi.toString());
            }
            return x.max(lo).min(hi);
        }
    }

    /** {@code if(condition, then, otherwise)}: only the branch chosen is evaluated. */
    record Choice(ConditionExpr condition, NumberExpr then, NumberExpr otherwise, int start, int end) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            return condition.test(scope) ? then.value(scope) : otherwise.value(scope);
        }
    }

    /** {@code round(x, n)}, {@code floor(x, n)} or {@code ceil(x, n)}: x rounded to n decimals by {@code mode}. */
    record Rounding(NumberExpr operand, int digits, RoundingMode mode, int start, int end) implements NumberExpr {
        @Override
        public Rational value(Scope scope) {
            return operand.value(scope).round(digits, mode);
        }
    }
}

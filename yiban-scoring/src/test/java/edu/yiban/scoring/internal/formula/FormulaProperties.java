package edu.yiban.scoring.internal.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * A formula means what its tree means: a random expression tree, printed with no more brackets than precedence
 * needs and parsed back, evaluates to exactly what the tree gives by itself (or both fail). Sums, differences and
 * products agree with {@link BigDecimal}. And no string at all makes {@link Formula#parse} throw anything but a
 * {@link FormulaException} that points inside it.
 */
class FormulaProperties {
    private static final Set<String> ABC = Set.of("a", "b", "c");
    private static final int DEPTH = 4;

    // ---- agreement with BigDecimal

    @Provide
    Arbitrary<BigDecimal> twoDecimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(2);
    }

    @Property
    void sumsDifferencesAndProductsAgreeWithBigDecimal(@ForAll("twoDecimals") BigDecimal a, @ForAll("twoDecimals") BigDecimal b) {
        Map<String, Rational> values = Map.of("a", Rational.of(a), "b", Rational.of(b));
        assertThat(Formula.parse("a + b", ABC).evaluate(values::get).toBigDecimalExact()).isEqualByComparingTo(a.add(b));
        assertThat(Formula.parse("a - b", ABC).evaluate(values::get).toBigDecimalExact()).isEqualByComparingTo(a.subtract(b));
        assertThat(Formula.parse("a * b", ABC).evaluate(values::get).toBigDecimalExact()).isEqualByComparingTo(a.multiply(b));
        assertThat(Formula.parse("-a * -b + a - a", ABC).evaluate(values::get).toBigDecimalExact()).isEqualByComparingTo(a.multiply(b));
    }

    @Property
    void roundFloorAndCeilOfAQuotientAgreeWithBigDecimal(@ForAll("twoDecimals") BigDecimal a, @ForAll("twoDecimals") BigDecimal b) {
        Assume.that(b.signum() != 0);
        Map<String, Rational> values = Map.of("a", Rational.of(a), "b", Rational.of(b));
        assertThat(Formula.parse("round(a / b, 2)", ABC).evaluate(values::get).toBigDecimalExact())
                .isEqualByComparingTo(a.divide(b, 2, RoundingMode.HALF_UP));
        assertThat(Formula.parse("floor(a / b, 3)", ABC).evaluate(values::get).toBigDecimalExact())
                .isEqualByComparingTo(a.divide(b, 3, RoundingMode.FLOOR));
        assertThat(Formula.parse("ceil(a / b, 0)", ABC).evaluate(values::get).toBigDecimalExact())
                .isEqualByComparingTo(a.divide(b, 0, RoundingMode.CEILING));
    }

    // ---- a printed tree means what the tree means

    @Provide
    Arbitrary<Map<String, Rational>> values() {
        Arbitrary<Rational> value = Arbitraries.oneOf(twoDecimals().map(Rational::of), Arbitraries.integers().between(-2, 2).map(Rational::of));
        return Combinators.combine(value, value, value).as((a, b, c) -> Map.of("a", a, "b", b, "c", c));
    }

    @Provide
    Arbitrary<Num> trees() {
        Arbitrary<Num> numbers = leaves();
        Arbitrary<Cond> conditions = comparisons(numbers);
        for (int depth = 1; depth <= DEPTH; depth++) {
            Arbitrary<Num> n = numbers;
            Arbitrary<Cond> c = conditions;
            numbers = Arbitraries.frequencyOf(
                    Tuple.of(2, n),
                    Tuple.of(4, Combinators.combine(Arbitraries.of("+", "-", "*", "/"), n, n).as(Bin::new)),
                    Tuple.of(1, n.map(Neg::new)),
                    Tuple.of(1, Combinators.combine(Arbitraries.of("min", "max"), n.list().ofMinSize(2).ofMaxSize(3)).as(Extremum::new)),
                    Tuple.of(1, n.map(Abs::new)),
                    Tuple.of(1, Combinators.combine(n, n, n).as(Clamp::of)),
                    Tuple.of(1, Combinators.combine(c, n, n).as(If::new)),
                    Tuple.of(1, Combinators.combine(Arbitraries.of("round", "floor", "ceil"), n, Arbitraries.integers().between(0, 8))
                            .as(Round::new)));
            conditions = Arbitraries.frequencyOf(
                    Tuple.of(3, comparisons(n)),
                    Tuple.of(1, c.map(Not::new)),
                    Tuple.of(2, Combinators.combine(Arbitraries.of("and", "or"), c, c).as(Junction::new)));
        }
        return numbers;
    }

    private static Arbitrary<Num> leaves() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(2).map(Literal::new)),
                Tuple.of(2, Arbitraries.integers().between(-1, 3).map(i -> new Literal(BigDecimal.valueOf(i)))),
                Tuple.of(4, Arbitraries.of("a", "b", "c").map(Var::new)));
    }

    private static Arbitrary<Cond> comparisons(Arbitrary<Num> operands) {
        return Combinators.combine(Arbitraries.of("<", "<=", ">", ">=", "==", "!="), operands, operands).as(Cmp::new);
    }

    @Property(tries = 2000)
    void aPrintedTreeParsesToAFormulaOfTheSameValue(@ForAll("trees") Num tree, @ForAll("values") Map<String, Rational> values) {
        String text = tree.print();
        Assume.that(text.length() <= Formula.MAX_LENGTH);
        Formula formula = Formula.parse(text, ABC);

        Rational expected;
        try {
            expected = tree.value(values);
        } catch (ArithmeticException | WrongBounds fault) {
            assertThatThrownBy(() -> formula.evaluate(values::get)).isInstanceOf(FormulaException.class);
            return;
        }
        assertThat(formula.evaluate(values::get)).as(text).isEqualTo(expected);
    }

    // ---- nothing but FormulaException, whatever the string

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> characters = Arbitraries.strings().withChars("0123456789.abcxyz_ ()+-*/<>=!,\t（#×").ofMaxLength(60);
        Arbitrary<String> tokens = Arbitraries.of("min", "max", "abs", "clamp", "if", "round", "floor", "ceil", "and", "or", "not",
                        "a", "b", "c", "x", "(", ")", ",", "+", "-", "*", "/", "<", "<=", ">", ">=", "==", "!=", "0", "1", "2.5", "8",
                        "9", "=", ".", "007", "1" + "0".repeat(30))
                .list().ofMaxSize(40).flatMap(list -> Arbitraries.of(" ", "").map(space -> String.join(space, list)));
        Arbitrary<String> deep = Combinators.combine(
                Arbitraries.of("(", "-", "not ", "abs(", "-(", "min(a, ").list().ofMinSize(1).ofMaxSize(400),
                Arbitraries.of("a", "1", "a > 1", "")).as((open, inner) -> String.join("", open) + inner);
        return Arbitraries.oneOf(characters, tokens, deep);
    }

    @Property(tries = 3000)
    void parsingThrowsNothingButAFormulaExceptionInsideTheSource(@ForAll("sentences") String source) {
        try {
            Formula formula = Formula.parse(source, ABC);
            formula.evaluate(name -> Rational.ZERO);
        } catch (FormulaException fault) {
            assertThat(fault.position()).isBetween(0, Math.max(source.length(), 0));
            assertThat(fault.problem().en()).isNotBlank().doesNotContain("{");
            assertThat(fault.problem().zh()).isNotBlank().doesNotContain("{");
        }
    }

    // ---- the trees: each prints itself with the brackets its place needs and evaluates itself

    /** A bound of clamp above the other, found by evaluating the tree directly. */
    static final class WrongBounds extends RuntimeException {
    }

    /** Precedence levels of the grammar, loosest first. */
    private static final int OR = 1;
    private static final int AND = 2;
    private static final int NOT = 3;
    private static final int COMPARISON = 4;
    private static final int SUM = 5;
    private static final int PRODUCT = 6;
    private static final int UNARY = 7;
    private static final int PRIMARY = 8;

    interface Printed {
        int level();

        String print();

        /** This as it is written where the grammar wants {@code level} or tighter. */
        default String at(int level) {
            return level() < level ? "(" + print() + ")" : print();
        }
    }

    interface Num extends Printed {
        Rational value(Map<String, Rational> values);
    }

    interface Cond extends Printed {
        boolean holds(Map<String, Rational> values);
    }

    record Literal(BigDecimal number) implements Num {
        @Override
        public int level() {
            return number.signum() < 0 ? UNARY : PRIMARY;
        }

        @Override
        public String print() {
            return number.toPlainString();
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            return Rational.of(number);
        }
    }

    record Var(String name) implements Num {
        @Override
        public int level() {
            return PRIMARY;
        }

        @Override
        public String print() {
            return name;
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            return values.get(name);
        }
    }

    record Neg(Num operand) implements Num {
        @Override
        public int level() {
            return UNARY;
        }

        @Override
        public String print() {
            return "-" + operand.at(UNARY);
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            return operand.value(values).negate();
        }
    }

    record Bin(String operator, Num left, Num right) implements Num {
        @Override
        public int level() {
            return operator.equals("+") || operator.equals("-") ? SUM : PRODUCT;
        }

        @Override
        public String print() {
            // left to right: the right operand of a - b or a / b needs brackets at the same level
            return left.at(level()) + " " + operator + " " + right.at(level() + 1);
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            Rational a = left.value(values);
            Rational b = right.value(values);
            return switch (operator) {
                case "+" -> a.add(b);
                case "-" -> a.subtract(b);
                case "*" -> a.multiply(b);
                default -> a.divide(b);
            };
        }
    }

    record Extremum(String function, List<Num> operands) implements Num {
        @Override
        public int level() {
            return PRIMARY;
        }

        @Override
        public String print() {
            return function + "(" + operands.stream().map(Num::print).collect(Collectors.joining(", ")) + ")";
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            Rational result = operands.get(0).value(values);
            for (Num operand : operands.subList(1, operands.size())) {
                Rational next = operand.value(values);
                result = function.equals("max") ? result.max(next) : result.min(next);
            }
            return result;
        }
    }

    record Abs(Num operand) implements Num {
        @Override
        public int level() {
            return PRIMARY;
        }

        @Override
        public String print() {
            return "abs(" + operand.print() + ")";
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            return operand.value(values).abs();
        }
    }

    record Clamp(Num x, Num low, Num high) implements Num {
        /** Bounds both written as numbers are put the right way round: the parser refuses them otherwise (FormulaTest). */
        static Clamp of(Num x, Num low, Num high) {
            BigDecimal lo = written(low);
            BigDecimal hi = written(high);
            return lo != null && hi != null && lo.compareTo(hi) > 0 ? new Clamp(x, high, low) : new Clamp(x, low, high);
        }

        /** The number {@code n} prints as, if it prints as one: {@code 2}, {@code -2} (a minus sign right before digits). */
        private static BigDecimal written(Num n) {
            if (n instanceof Literal l) {
                return l.number();
            }
            return n instanceof Neg neg && neg.operand() instanceof Literal l && l.number().signum() >= 0 ? l.number().negate() : null;
        }

        @Override
        public int level() {
            return PRIMARY;
        }

        @Override
        public String print() {
            return "clamp(" + x.print() + ", " + low.print() + ", " + high.print() + ")";
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            Rational v = x.value(values);
            Rational lo = low.value(values);
            Rational hi = high.value(values);
            if (lo.compareTo(hi) > 0) {
                throw new WrongBounds();
            }
            return v.compareTo(lo) < 0 ? lo : v.compareTo(hi) > 0 ? hi : v;
        }
    }

    record If(Cond condition, Num then, Num otherwise) implements Num {
        @Override
        public int level() {
            return PRIMARY;
        }

        @Override
        public String print() {
            return "if(" + condition.print() + ", " + then.print() + ", " + otherwise.print() + ")";
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            return condition.holds(values) ? then.value(values) : otherwise.value(values);
        }
    }

    record Round(String function, Num operand, int digits) implements Num {
        @Override
        public int level() {
            return PRIMARY;
        }

        @Override
        public String print() {
            return function + "(" + operand.print() + ", " + digits + ")";
        }

        @Override
        public Rational value(Map<String, Rational> values) {
            // by hand rather than Rational.round: the tenths, hundredths… of x, then the whole part the function asks for
            Rational scale = Rational.of(BigDecimal.ONE.movePointRight(digits));
            Rational scaled = operand.value(values).multiply(scale);
            BigInteger[] qr = scaled.numerator().divideAndRemainder(scaled.denominator());
            BigInteger down = qr[0];
            Rational fraction = new Rational(qr[1], scaled.denominator()).abs();
            int sign = scaled.signum();
            Rational half = new Rational(BigInteger.ONE, BigInteger.TWO);
            BigInteger whole = switch (function) {
                // half-up: away from zero from a half on
                case "round" -> fraction.compareTo(half) >= 0 ? down.add(BigInteger.valueOf(sign)) : down;
                case "floor" -> sign < 0 && fraction.signum() != 0 ? down.subtract(BigInteger.ONE) : down;
                default -> sign > 0 && fraction.signum() != 0 ? down.add(BigInteger.ONE) : down;
            };
            return new Rational(whole, BigInteger.ONE).divide(scale);
        }
    }

    record Cmp(String operator, Num left, Num right) implements Cond {
        @Override
        public int level() {
            return COMPARISON;
        }

        @Override
        public String print() {
            return left.at(SUM) + " " + operator + " " + right.at(SUM);
        }

        @Override
        public boolean holds(Map<String, Rational> values) {
            int order = left.value(values).compareTo(right.value(values));
            return switch (operator) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                case ">=" -> order >= 0;
                case "==" -> order == 0;
                default -> order != 0;
            };
        }
    }

    record Not(Cond operand) implements Cond {
        @Override
        public int level() {
            return NOT;
        }

        @Override
        public String print() {
            return "not " + operand.at(NOT);
        }

        @Override
        public boolean holds(Map<String, Rational> values) {
            return !operand.holds(values);
        }
    }

    record Junction(String word, Cond left, Cond right) implements Cond {
        @Override
        public int level() {
            return word.equals("and") ? AND : OR;
        }

        @Override
        public String print() {
            return left.at(level()) + " " + word + " " + right.at(level() + 1);
        }

        @Override
        public boolean holds(Map<String, Rational> values) {
            // left to right, stopping when the left decides, as documented
            return word.equals("and") ? left.holds(values) && right.holds(values) : left.holds(values) || right.holds(values);
        }
    }
}

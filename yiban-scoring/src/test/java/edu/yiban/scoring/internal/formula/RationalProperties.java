package edu.yiban.scoring.internal.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Rationals are a field, exactly: the laws hold with {@code equals}, not within a tolerance. On decimals they
 * agree with {@link BigDecimal}, and they round once, as {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} does.
 */
class RationalProperties {
    private static final BigInteger BIG = BigInteger.TEN.pow(20);

    @Provide
    Arbitrary<Rational> rationals() {
        return Combinators.combine(
                Arbitraries.bigIntegers().between(BIG.negate(), BIG),
                Arbitraries.bigIntegers().between(BigInteger.ONE, BigInteger.TEN.pow(12))).as(Rational::new);
    }

    @Provide
    Arbitrary<Rational> nonZero() {
        return rationals().filter(r -> r.signum() != 0);
    }

    @Provide
    Arbitrary<BigDecimal> twoDecimals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> nonZeroTwoDecimals() {
        return twoDecimals().filter(d -> d.signum() != 0);
    }

    @Provide
    Arbitrary<RoundingMode> modes() {
        return Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.FLOOR, RoundingMode.CEILING, RoundingMode.HALF_EVEN,
                RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN);
    }

    @Property
    void everyRationalIsReducedWithAPositiveDenominator(@ForAll("rationals") Rational r, @ForAll("nonZero") Rational k) {
        assertThat(r.denominator().signum()).isPositive();
        assertThat(r.numerator().gcd(r.denominator())).isEqualTo(BigInteger.ONE);
        // the same value written another way is the same record
        Rational scaled = new Rational(r.numerator().multiply(k.numerator()), r.denominator().multiply(k.numerator()));
        assertThat(scaled).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Property
    void additionAndMultiplicationCommute(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertThat(a.add(b)).isEqualTo(b.add(a));
        assertThat(a.multiply(b)).isEqualTo(b.multiply(a));
    }

    @Property
    void additionAndMultiplicationAssociate(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b,
                                            @ForAll("rationals") Rational c) {
        assertThat(a.add(b).add(c)).isEqualTo(a.add(b.add(c)));
        assertThat(a.multiply(b).multiply(c)).isEqualTo(a.multiply(b.multiply(c)));
    }

    @Property
    void multiplicationDistributesOverAddition(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b,
                                               @ForAll("rationals") Rational c) {
        assertThat(a.multiply(b.add(c))).isEqualTo(a.multiply(b).add(a.multiply(c)));
    }

    @Property
    void zeroAndOneAreTheIdentitiesAndEveryNumberHasItsInverses(@ForAll("rationals") Rational a, @ForAll("nonZero") Rational y) {
        assertThat(a.add(Rational.ZERO)).isEqualTo(a);
        assertThat(a.multiply(Rational.ONE)).isEqualTo(a);
        assertThat(a.subtract(a)).isEqualTo(Rational.ZERO);
        assertThat(a.add(a.negate())).isEqualTo(Rational.ZERO);
        assertThat(y.divide(y)).isEqualTo(Rational.ONE);
        assertThat(a.multiply(Rational.ZERO)).isEqualTo(Rational.ZERO);
    }

    @Property
    void dividingThenMultiplyingGivesTheNumberBack(@ForAll("rationals") Rational x, @ForAll("nonZero") Rational y) {
        assertThat(x.divide(y).multiply(y)).isEqualTo(x);
        assertThat(x.multiply(y).divide(y)).isEqualTo(x);
    }

    @Property
    void divisionByZeroIsAnArithmeticException(@ForAll("rationals") Rational x) {
        assertThatThrownBy(() -> x.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    }

    @Property
    void theOrderAgreesWithTheSignOfTheDifference(@ForAll("rationals") Rational a, @ForAll("rationals") Rational b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.subtract(b).signum());
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(a.min(b).compareTo(a.max(b))).isLessThanOrEqualTo(0);
        assertThat(a.min(b).add(a.max(b))).isEqualTo(a.add(b));
        assertThat(a.abs().signum()).isGreaterThanOrEqualTo(0);
        assertThat(a.abs()).isIn(a, a.negate());
    }

    @Property
    void onTwoDecimalsAdditionSubtractionAndMultiplicationAgreeWithBigDecimal(@ForAll("twoDecimals") BigDecimal a,
                                                                             @ForAll("twoDecimals") BigDecimal b) {
        Rational x = Rational.of(a);
        Rational y = Rational.of(b);
        assertThat(x.add(y).toBigDecimalExact()).isEqualByComparingTo(a.add(b));
        assertThat(x.subtract(y).toBigDecimalExact()).isEqualByComparingTo(a.subtract(b));
        assertThat(x.multiply(y).toBigDecimalExact()).isEqualByComparingTo(a.multiply(b));
        assertThat(x.add(y)).isEqualTo(Rational.of(a.add(b)));
        assertThat(x.multiply(y)).isEqualTo(Rational.of(a.multiply(b)));
        assertThat(x.compareTo(y)).isEqualTo(a.compareTo(b));
    }

    @Property
    void aDecimalComesBackExactlyWithTheFewestDecimals(@ForAll("twoDecimals") BigDecimal a) {
        BigDecimal back = Rational.of(a).toBigDecimalExact();
        assertThat(back).isEqualByComparingTo(a);
        assertThat(back.scale()).isEqualTo(Math.max(0, a.stripTrailingZeros().scale()));
        assertThat(new BigDecimal(Rational.of(a).toString())).isEqualByComparingTo(a);
        assertThat(Rational.of(a).isInteger()).isEqualTo(a.stripTrailingZeros().scale() <= 0);
    }

    @Property
    void aQuotientRoundsOnceLikeBigDecimal(@ForAll("twoDecimals") BigDecimal a, @ForAll("nonZeroTwoDecimals") BigDecimal b,
                                           @ForAll @IntRange(min = 0, max = 8) int digits, @ForAll("modes") RoundingMode mode) {
        Rational quotient = Rational.of(a).divide(Rational.of(b));
        BigDecimal expected = a.divide(b, digits, mode);
        assertThat(quotient.toBigDecimal(digits, mode)).isEqualTo(expected);
        assertThat(quotient.round(digits, mode)).isEqualTo(Rational.of(expected));
    }

    @Property
    void aDecimalTerminatesExactlyWhenTheDenominatorHasNoPrimeButTwoAndFive(@ForAll("rationals") Rational r) {
        BigInteger d = r.denominator();
        while (d.mod(BigInteger.TWO).signum() == 0) {
            d = d.divide(BigInteger.TWO);
        }
        while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
            d = d.divide(BigInteger.valueOf(5));
        }
        if (d.equals(BigInteger.ONE)) {
            assertThat(Rational.of(r.toBigDecimalExact())).isEqualTo(r);
            assertThat(r.toString()).isEqualTo(r.toBigDecimalExact().toPlainString());
        } else {
            assertThatThrownBy(r::toBigDecimalExact).isInstanceOf(ArithmeticException.class);
            assertThat(r.toString()).isEqualTo(r.numerator() + "/" + r.denominator());
        }
    }

    @Example
    void worked() {
        Rational third = Rational.ONE.divide(Rational.of(3));
        assertThat(third.multiply(Rational.of(3))).isEqualTo(Rational.ONE);
        assertThat(third.negate()).hasToString("-1/3");
        assertThat(Rational.of(new BigDecimal("85.50"))).isEqualTo(new Rational(BigInteger.valueOf(171), BigInteger.TWO)).hasToString("85.5");
        assertThat(Rational.of(new BigDecimal("1E+3"))).hasToString("1000");
        assertThat(Rational.of(new BigDecimal("-2.5")).round(0, RoundingMode.HALF_UP)).isEqualTo(Rational.of(-3));
        assertThat(Rational.of(new BigDecimal("-2.5")).round(0, RoundingMode.FLOOR)).isEqualTo(Rational.of(-3));
        assertThat(Rational.of(new BigDecimal("-2.5")).round(0, RoundingMode.CEILING)).isEqualTo(Rational.of(-2));
        assertThat(new Rational(BigInteger.valueOf(6), BigInteger.valueOf(-4))).isEqualTo(new Rational(BigInteger.valueOf(-3), BigInteger.TWO));
        assertThat(new Rational(BigInteger.ZERO, BigInteger.valueOf(-7))).isEqualTo(Rational.ZERO);
        assertThatThrownBy(() -> new Rational(BigInteger.ONE, BigInteger.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> third.round(2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    }
}

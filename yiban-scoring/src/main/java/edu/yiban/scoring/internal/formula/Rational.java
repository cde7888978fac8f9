package edu.yiban.scoring.internal.formula;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number (有理数), {@code numerator / denominator}, kept reduced with a positive
 * denominator, so that two equal numbers are equal records. Nothing is ever rounded unless {@link #round}
 * or {@link #toBigDecimal} is asked to: {@code 1 / 3 * 3} is exactly 1.
 *
 * <pre>{@code
 * Rational third = Rational.ONE.divide(Rational.of(3));
 * third.multiply(Rational.of(3));                     // 1
 * third.toBigDecimal(2, RoundingMode.HALF_UP);        // 0.33
 * Rational.of(new BigDecimal("85.5")).toString();     // "85.5"
 * }</pre>
 *
 * @param numerator   the numerator, sharing no factor with the denominator
 * @param denominator the denominator, always positive
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {
    /** Zero, {@code 0/1}. */
    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    /** One, {@code 1/1}. */
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    /**
     * {@code numerator / denominator}, reduced and with the sign on the numerator.
     *
     * @throws ArithmeticException when the denominator is zero
     */
    public Rational {
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("the denominator of " + numerator + "/0 is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            // gcd(0, d) = d, so zero becomes 0/1
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    /** The whole number {@code value}. */
    public static Rational of(long value) {
        return value == 0 ? ZERO : value == 1 ? ONE : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** The decimal {@code value} exactly: {@code 85.50} is {@code 171/2}. */
    public static Rational of(BigDecimal value) {
        Objects.requireNonNull(value, "value is null");
        BigInteger unscaled = value.unscaledValue();
        int scale = value.scale();
        return scale >= 0
                ? new Rational(unscaled, BigInteger.TEN.pow(scale))
                : new Rational(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    /** {@code this + other}. */
    public Rational add(Rational other) {
        if (denominator.equals(other.denominator)) {
            return new Rational(numerator.add(other.numerator), denominator);
        }
        return new Rational(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** {@code this - other}. */
    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    /** {@code this × other}. */
    public Rational multiply(Rational other) {
        return new Rational(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * {@code this ÷ divisor}.
     *
     * @throws ArithmeticException when {@code divisor} is zero
     */
    public Rational divide(Rational divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division of " + this + " by zero");
        }
        return new Rational(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    /** {@code -this}. */
    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    /** {@code |this|}. */
    public Rational abs() {
        return numerator.signum() < 0 ? negate() : this;
    }

    /** −1, 0 or 1 as this is negative, zero or positive. */
    public int signum() {
        return numerator.signum();
    }

    /** The smaller of this and {@code other} (this when they are equal). */
    public Rational min(Rational other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /** The larger of this and {@code other} (this when they are equal). */
    public Rational max(Rational other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether this is a whole number. */
    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /**
     * This rounded to {@code digits} decimals by {@code mode}, still exact: {@code round(2, HALF_UP)} of 2/3 is
     * 0.67 (= 67/100). The modes mean what they mean for {@link BigDecimal}: {@link RoundingMode#HALF_UP} takes a
     * tie away from zero (−2.5 → −3), {@link RoundingMode#FLOOR} goes toward −∞, {@link RoundingMode#CEILING}
     * toward +∞. A negative {@code digits} rounds to tens, hundreds….
     *
     * @throws ArithmeticException when {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public Rational round(int digits, RoundingMode mode) {
        return of(toBigDecimal(digits, mode));
    }

    /**
     * This as a decimal with {@code scale} decimals, rounded once by {@code mode} from the exact value.
     *
     * @throws ArithmeticException when {@code mode} is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        Objects.requireNonNull(mode, "mode is null");
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, mode);
    }

    /**
     * This as a decimal with no rounding and the fewest decimals: 3/4 is 0.75, 100 is 100 (scale 0).
     *
     * @throws ArithmeticException when the decimal does not terminate (1/3), that is when the denominator
     *                             has a prime factor other than 2 and 5
     */
    public BigDecimal toBigDecimalExact() {
        BigDecimal exact = exactOrNull();
        if (exact == null) {
            throw new ArithmeticException(numerator + "/" + denominator + " has no exact decimal");
        }
        return exact;
    }

    /** The exact decimal with the fewest decimals, or null when the denominator has a prime factor other than 2 and 5. */
    private @Nullable BigDecimal exactOrNull() {
        int twos = denominator.getLowestSetBit();
        BigInteger rest = denominator.shiftRight(twos);
        int fives = 0;
        BigInteger[] qr = rest.divideAndRemainder(FIVE);
        while (qr[1].signum() == 0) {
            rest = qr[0];
            fives++;
            qr = rest.divideAndRemainder(FIVE);
        }
        if (!rest.equals(BigInteger.ONE)) {
            return null;
        }
        // n / (2^a 5^b) = n × 2^(s−a) 5^(s−b) / 10^s with s = max(a, b), the fewest decimals as n is prime to 2^a 5^b
        int scale = Math.max(twos, fives);
        BigInteger unscaled = numerator.multiply(TWO.pow(scale - twos)).multiply(FIVE.pow(scale - fives));
        return new BigDecimal(unscaled, scale);
    }

    /** By value: {@code a.compareTo(b) == 0} exactly when {@code a.equals(b)}. */
    @Override
    public int compareTo(Rational other) {
        if (denominator.equals(other.denominator)) {
            return numerator.compareTo(other.numerator);
        }
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The exact decimal when there is one ({@code 3.55}, {@code -3}), else {@code numerator/denominator} ({@code -1/3}). */
    @Override
    public String toString() {
        BigDecimal exact = exactOrNull();
        return exact != null ? exact.toPlainString() : numerator + "/" + denominator;
    }
}

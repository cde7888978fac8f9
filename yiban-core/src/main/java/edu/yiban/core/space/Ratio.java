package edu.yiban.core.space;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * An exact ratio of two counts, e.g. a sign-in rate of 7 sign-ins out of 12 possible. Kept as its two
 * whole numbers, never as a floating-point value, so that whoever reads it rounds once, by their own rule.
 *
 * <pre>{@code
 * Ratio rate = new Ratio(7, 12);
 * rate.scaled(4);   // 0.5833 (half-up)
 * }</pre>
 *
 * @param numerator   the count on top, not negative
 * @param denominator the count below, not negative; zero only with a zero numerator (nothing to count)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Ratio(long numerator, long denominator) {
    /** Nothing out of nothing. */
    public static final Ratio NONE = new Ratio(0, 0);

    /** Refuses negative counts, and a non-zero count over zero. */
    public Ratio {
        if (numerator < 0 || denominator < 0 || (denominator == 0 && numerator != 0)) {
            throw new IllegalArgumentException("not a ratio of counts: " + numerator + "/" + denominator);
        }
    }

    /** Whether there was anything to count (the denominator is not zero). */
    public boolean defined() {
        return denominator != 0;
    }

    /** The value rounded half-up to {@code scale} decimal places; zero when {@linkplain #defined() undefined}. */
    public BigDecimal scaled(int scale) {
        if (denominator == 0) {
            return BigDecimal.ZERO.setScale(scale);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}

package edu.yiban.core.archive;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * Points (分) in exact fixed point: a whole number of hundredths, so that sums are the same in any
 * order and on any number of threads. Written with two decimals, e.g. {@code 12.50}.
 *
 * <pre>{@code
 * Points award = Points.of("2.5");        // 2.50
 * Points total = award.plus(Points.of(1)); // 3.50
 * }</pre>
 *
 * @param hundredths the points times 100, within ±{@value #MAX_HUNDREDTHS}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Points(long hundredths) implements Comparable<Points> {
    /** The largest magnitude, in hundredths: one hundred million points. */
    public static final long MAX_HUNDREDTHS = 10_000_000_000L;
    /** No points. */
    public static final Points ZERO = new Points(0);

    public Points {
        Checks.inRange(hundredths, "points", -MAX_HUNDREDTHS, MAX_HUNDREDTHS, IdRules.label("points"));
    }

    /** {@code whole} points. */
    public static Points of(long whole) {
        return new Points(Math.multiplyExact(whole, 100L));
    }

    /** Parses a decimal with at most two places, e.g. {@code "2.5"}, {@code "-0.25"}; more places are refused, never rounded. */
    public static Points of(String decimal) {
        Checks.required(decimal, "points", IdRules.label("points"));
        try {
            return of(new BigDecimal(decimal.trim()));
        } catch (NumberFormatException e) {
            throw IdRules.malformed(decimal, "points", "points");
        }
    }

    /** The exact value of {@code decimal}; more than two decimal places are refused, never rounded. */
    public static Points of(BigDecimal decimal) {
        Checks.required(decimal, "points", IdRules.label("points"));
        try {
            return new Points(decimal.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            throw InvalidInputException.of("points", CoreMessages.BUNDLE.text("points.precision", decimal.toPlainString()));
        }
    }

    /** {@code hundredths / 100} points. */
    public static Points ofHundredths(long hundredths) {
        return new Points(hundredths);
    }

    /** The sum. */
    public Points plus(Points other) {
        return new Points(Math.addExact(hundredths, other.hundredths));
    }

    /** The difference. */
    public Points minus(Points other) {
        return new Points(Math.subtractExact(hundredths, other.hundredths));
    }

    /** The opposite sign. */
    public Points negate() {
        return new Points(-hundredths);
    }

    /** Whether below zero. */
    public boolean isNegative() {
        return hundredths < 0;
    }

    /** The exact value with two decimal places. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(hundredths, 2);
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(hundredths, other.hundredths);
    }

    /** Two decimals, e.g. {@code 12.50}, {@code -0.25}. */
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}

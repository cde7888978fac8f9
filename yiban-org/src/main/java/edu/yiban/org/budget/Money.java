package edu.yiban.org.budget;

import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * An amount of money (金额) in yuan (元, CNY), exact to the fen (分): a {@link BigDecimal} with exactly two
 * decimal places. A value with more places is refused, never rounded; so is one beyond
 * ±{@value #MAX_TEXT} yuan. Sums and differences are exact. In JSON it is a plain decimal number,
 * {@code 400000.00}.
 *
 * <pre>{@code
 * Money total = Money.of("400000");           // 400000.00
 * Money left = total.minus(Money.of("0.01"));  // 399999.99
 * Money.of("12.345");                          // InvalidInputException: more than two decimals
 * }</pre>
 *
 * @param amount the amount in yuan, held with scale 2 (a value of smaller scale is widened, e.g. {@code 5} to {@code 5.00})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Money(BigDecimal amount) implements Comparable<Money> {
    /** The largest magnitude, as text. */
    public static final String MAX_TEXT = "999999999999.99";
    /** The largest magnitude: just under a trillion yuan. */
    public static final BigDecimal MAX = new BigDecimal(MAX_TEXT);
    /** No money. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        OrgChecks.required(amount, "amount");
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw OrgChecks.invalid("amount", "money.precision", amount.toPlainString());
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw OrgChecks.invalid("amount", "money.range", amount.toPlainString(), MAX_TEXT);
        }
    }

    /** The exact value of {@code amount} yuan; more than two decimal places are refused, never rounded. */
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    /** Parses a plain decimal, e.g. {@code "400000"}, {@code "1234.5"}, {@code "-0.01"}; more than two places are refused. */
    public static Money of(String decimal) {
        OrgChecks.required(decimal, "amount");
        try {
            return new Money(new BigDecimal(decimal.trim()));
        } catch (NumberFormatException e) {
            throw OrgChecks.invalid("amount", "money.malformed", decimal);
        }
    }

    /** {@code yuan} whole yuan. */
    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    /** {@code fen} fen, i.e. {@code fen / 100} yuan. */
    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    /** The amount in fen (分), exact. */
    public long fen() {
        return amount.unscaledValue().longValueExact();
    }

    /** The sum. */
    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** The difference. */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** Whether below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Whether zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether above zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** Two decimals, plain, e.g. {@code 400000.00}, {@code -0.01}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}

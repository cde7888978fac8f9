package edu.yiban.scoring.college;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction of whole numbers, kept reduced, for means of ratios (a mean of class rates is the sum of
 * fractions over their count): no rounding until {@link #decimal}. Nothing out of nothing (0/0) is zero.
 */
record Fraction(BigInteger numerator, BigInteger denominator) {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    /** {@code numerator / denominator}; zero when the denominator is zero (nothing to count). */
    static Fraction of(long numerator, long denominator) {
        return denominator == 0 ? ZERO : new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    Fraction plus(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** This over {@code n}; zero when {@code n} is zero. */
    Fraction over(long n) {
        return n == 0 ? ZERO : new Fraction(numerator, denominator.multiply(BigInteger.valueOf(n)));
    }

    /** The value rounded once, half-up, to {@code scale} decimals. */
    BigDecimal decimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }
}

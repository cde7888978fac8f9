package edu.yiban.org.tree;

import edu.yiban.org.internal.OrgChecks;
import jakarta.validation.constraints.Min;
import org.apiguardian.api.API;

/**
 * How many of something a charter allows, {@code min} to {@code max} inclusive, e.g. the station's
 * 20–30 students. A {@code max} of {@value #UNBOUNDED} means no upper limit.
 *
 * @param min the least
 * @param max the most
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Bound(@Min(0) int min, @Min(0) int max) {
    /** No upper limit. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;
    /** Exactly one. */
    public static final Bound ONE = new Bound(1, 1);
    /** Any number, none included. */
    public static final Bound ANY = new Bound(0, UNBOUNDED);

    public Bound {
        if (min < 0 || max < 0) {
            throw OrgChecks.invalid(min < 0 ? "min" : "max", "charter.bound.negative", Math.min(min, max));
        }
        if (min > max) {
            throw OrgChecks.invalid("", "charter.bound.order", min, max);
        }
    }

    /** Exactly {@code n}. */
    public static Bound exactly(int n) {
        return new Bound(n, n);
    }

    /** Whether {@code n} is allowed. */
    public boolean allows(int n) {
        return n >= min && n <= max;
    }

    /** {@code min–max}, {@code n}, or {@code min+}. */
    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : max == UNBOUNDED ? min + "+" : min + "–" + max;
    }
}

package edu.yiban.org.budget;

import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.validation.Checks;
import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.time.Year;

/** Rules the budget's values share. */
final class BudgetRules {
    /** The first budget year the library takes. */
    public static final int FIRST_YEAR = 1949;
    /** The last budget year the library takes. */
    public static final int LAST_YEAR = 2200;
    /** The kind of the budget's streams: one stream {@code budget:<year>} per year. */
    public static final String KIND = "budget";

    private BudgetRules() {
    }

    /** {@code year}, if given and within {@value #FIRST_YEAR}–{@value #LAST_YEAR}; else a violation at {@code path}. */
    public static Year year(Year year, String path) {
        OrgChecks.required(year, path);
        Checks.inRange(year.getValue(), path, FIRST_YEAR, LAST_YEAR, OrgChecks.label("year"));
        return year;
    }

    /**
     * {@code value} in its one canonical form, without trailing zeros and with no negative scale
     * ({@code 1200}, {@code 0.5}), so that a weight or score reads back from JSON equal to itself.
     */
    public static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** {@code value} in canonical form, if given and not negative; else a violation at {@code field}. */
    public static BigDecimal notNegative(BigDecimal value, String field) {
        OrgChecks.required(value, field);
        if (value.signum() < 0) {
            throw OrgChecks.invalid(field, "budget.decimal.negative", OrgChecks.label(field), value.toPlainString());
        }
        return canonical(value);
    }

    /** The year of a budget stream {@code budget:<year>}. */
    public static Year yearOf(StreamId stream) {
        try {
            return Year.of(Integer.parseInt(stream.key()));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("the budget stream " + stream + " does not name a year", e);
        }
    }

    /** The stream of {@code year}'s budget and allocations, e.g. {@code budget:2023}. */
    public static StreamId stream(Year year) {
        return StreamId.of(KIND, Integer.toString(year.getValue()));
    }
}

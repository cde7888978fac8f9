package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A request to allocate money of a year's budget line to the colleges (经费划拨申请).
 *
 * <pre>{@code
 * budget.allocate(new AllocationRequest(Year.of(2023), BudgetCategoryId.of("offline-activities"),
 *         Money.of("60000"), LocalDate.of(2023, 3, 1), Map.of()), AllocationPolicies.perStudent());
 * }</pre>
 *
 * @param year     the budget year, which must have a budget
 * @param category the budget line it draws on
 * @param amount   how much to allocate, above zero and within what is left on the line
 * @param date     the day of the allocation
 * @param scores   the colleges' evaluation scores, for policies that weigh them (may be empty), none negative
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AllocationRequest(Year year, BudgetCategoryId category, Money amount, LocalDate date,
                                SortedMap<CollegeId, BigDecimal> scores) {
    public AllocationRequest {
        BudgetRules.year(year, "year");
        OrgChecks.required(category, "category");
        OrgChecks.required(amount, "amount");
        if (!amount.isPositive()) {
            throw OrgChecks.invalid("amount", "budget.allocation.amount", amount);
        }
        OrgChecks.required(date, "date");
        TreeMap<CollegeId, BigDecimal> copy = new TreeMap<>();
        if (scores != null) {
            for (Map.Entry<CollegeId, BigDecimal> e : scores.entrySet()) {
                CollegeId college = OrgChecks.required(e.getKey(), "college");
                copy.put(college, BudgetRules.notNegative(e.getValue(), "score"));
            }
        }
        scores = Collections.unmodifiableSortedMap(copy);
    }

    /** A request without scores. */
    public AllocationRequest(Year year, BudgetCategoryId category, Money amount, LocalDate date) {
        this(year, category, amount, date, Collections.emptySortedMap());
    }

    /** A request with the colleges' evaluation scores ({@code null}: none). */
    public AllocationRequest(Year year, BudgetCategoryId category, Money amount, LocalDate date,
                             @Nullable Map<CollegeId, BigDecimal> scores) {
        this(year, category, amount, date, scores == null ? Collections.emptySortedMap() : new TreeMap<>(scores));
    }
}

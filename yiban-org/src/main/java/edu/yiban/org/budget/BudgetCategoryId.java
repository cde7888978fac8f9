package edu.yiban.org.budget;

import edu.yiban.org.internal.OrgRules;
import org.apiguardian.api.API;

/**
 * The code of a budget category (经费支出类别), e.g. {@code hardware}, {@code offline-activities}.
 *
 * @param value lower-case letters, digits or '-', starting with a letter, up to 40
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BudgetCategoryId(String value) implements Comparable<BudgetCategoryId> {
    public BudgetCategoryId {
        OrgRules.check(value, "categoryId", OrgRules.VOCABULARY, "vocabulary");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static BudgetCategoryId of(String value) {
        return new BudgetCategoryId(value);
    }

    @Override
    public int compareTo(BudgetCategoryId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

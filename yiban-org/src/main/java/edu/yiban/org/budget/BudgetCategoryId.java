package edu.yiban.org.budget;

import edu.yiban.core.validation.Checks;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.OrgMessages;
import java.util.regex.Pattern;

/**
 * The code of a budget category (经费支出类别), e.g. {@code hardware}, {@code offline-activities}.
 *
 * @param value lower-case letters, digits or '-', starting with a letter, up to 32
 */
public record BudgetCategoryId(String value) implements Comparable<BudgetCategoryId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public BudgetCategoryId {
        Checks.matches(value, "categoryId", FORM, OrgChecks.label("categoryId"), OrgMessages.BUNDLE.text("budget.rule.categoryId"));
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

package edu.yiban.org.budget;

import edu.yiban.org.internal.OrgChecks;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A year's budget (年度经费预算): the year's total and the amount each category is given. It checks
 * itself: <b>the lines add up to the total exactly</b>, to the fen, or the budget is refused (nothing is
 * rounded or spread silently); no line is negative; no category appears twice. A category without a
 * line is given nothing.
 *
 * <pre>{@code
 * YearBudget y2023 = new YearBudget(Year.of(2023), Money.of("400000"), List.of(
 *         BudgetLine.of("hardware", "60000"), BudgetLine.of("software", "80000"), …));
 * }</pre>
 *
 * @param year  the budget year (a calendar year, 1949–2200)
 * @param total the year's total, not negative
 * @param lines the categories' amounts, in the order given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record YearBudget(Year year, Money total, List<BudgetLine> lines) {
    public YearBudget {
        BudgetRules.year(year, "year");
        OrgChecks.required(total, "total");
        if (total.isNegative()) {
            throw OrgChecks.invalid("total", "budget.total.negative", year, total);
        }
        lines = OrgChecks.list(lines, "lines");
        Set<BudgetCategoryId> seen = new HashSet<>();
        Money sum = Money.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            if (!seen.add(line.category())) {
                throw OrgChecks.invalid("lines[" + i + "].category", "budget.line.duplicate", line.category());
            }
            sum = sum.plus(line.amount());
        }
        if (!sum.equals(total)) {
            throw OrgChecks.invalid("lines", "budget.lines.sum", year, sum, total, total.minus(sum));
        }
    }

    /** The amount of {@code category}: its line's, or zero without one. */
    public Money amount(BudgetCategoryId category) {
        return lines.stream().filter(l -> l.category().equals(category)).map(BudgetLine::amount).findFirst().orElse(Money.ZERO);
    }
}

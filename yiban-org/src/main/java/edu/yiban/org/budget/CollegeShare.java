package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.validation.Checks;
import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One college's part of an {@link Allocation}: the figures the policy weighed, the weight it gave, and
 * the amount the college was allocated (划拨金额).
 *
 * @param college  the college
 * @param students its studying students when the allocation was made
 * @param score    its evaluation score, where one was given
 * @param weight   the weight the policy gave it, not negative (held without trailing zeros)
 * @param amount   the amount allocated to it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegeShare(CollegeId college, int students, Optional<BigDecimal> score, BigDecimal weight, Money amount) {
    public CollegeShare {
        OrgChecks.required(college, "college");
        Checks.inRange(students, "students", 0, Integer.MAX_VALUE, OrgChecks.label("students"));
        score = score == null ? Optional.empty() : score.map(s -> BudgetRules.notNegative(s, "score"));
        weight = BudgetRules.notNegative(weight, "weight");
        OrgChecks.required(amount, "amount");
    }
}

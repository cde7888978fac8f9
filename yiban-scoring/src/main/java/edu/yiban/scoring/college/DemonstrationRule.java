package edu.yiban.scoring.college;

import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * How demonstration centres (示范中心) are chosen: the seed selects "1–2 colleges with outstanding results"
 * (遴选1-2个建设成效显著的学院). A college qualifies when no veto struck it, it passes the system's
 * eligibility gates and its total reaches {@code threshold}; the qualified are ordered by total, then by the
 * rules' priority nodes, and the first {@code max} are chosen. Colleges fully tied at the cut (equal total
 * and equal priority scores, straddling place {@code max}) are all left out, and the selection says why;
 * fewer than {@code min} chosen is reported, never filled up with colleges below the threshold.
 *
 * @param min       the fewest centres the school wants (the seed: 1)
 * @param max       the most centres (the seed: 2)
 * @param threshold the least total a centre has
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DemonstrationRule(@NotNull @Min(0) Integer min, @NotNull @Min(0) Integer max, @NotNull BigDecimal threshold) {
    public DemonstrationRule {
        if (min != null && max != null && min > max) {
            throw ScoringMessages.invalid("min", "college.rules.demonstration.order", min, max);
        }
    }
}

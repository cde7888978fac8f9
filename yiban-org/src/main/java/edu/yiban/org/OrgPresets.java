package edu.yiban.org;

import edu.yiban.org.budget.BudgetPreset;
import edu.yiban.org.plan.PlanPreset;
import edu.yiban.org.recruitment.RecruitmentPreset;
import edu.yiban.org.tree.Charter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The presets a campus runs its YiBan organisation by (预设): its charter, its construction plan, its
 * budget and its station recruitment. {@link #seed()} gives the seed's (Qiongtai Normal University, 2022);
 * another university replaces any of them with its own JSON.
 *
 * <pre>{@code
 * OrgPresets ours = OrgPresets.seed().withCharter(Charter.fromJson(in)).withBudget(BudgetPreset.fromJson(budgetJson));
 * YibanOrganisation organisation = YibanOrganisation.builder(core).presets(ours).build();
 * }</pre>
 *
 * @param charter     the organisation's charter
 * @param plan        the construction plan's phases
 * @param budget      the budget's yearly total and categories
 * @param recruitment how the work station recruits and rotates
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OrgPresets(Charter charter, PlanPreset plan, BudgetPreset budget, RecruitmentPreset recruitment) {
    public OrgPresets {
        Objects.requireNonNull(charter, "charter is null");
        Objects.requireNonNull(plan, "plan is null");
        Objects.requireNonNull(budget, "budget is null");
        Objects.requireNonNull(recruitment, "recruitment is null");
    }

    /** The seed's presets. */
    public static OrgPresets seed() {
        return new OrgPresets(Charter.seed(), PlanPreset.seed(), BudgetPreset.seed(), RecruitmentPreset.seed());
    }

    /** The same presets with another charter. */
    public OrgPresets withCharter(Charter other) {
        return new OrgPresets(other, plan, budget, recruitment);
    }

    /** The same presets with another construction plan. */
    public OrgPresets withPlan(PlanPreset other) {
        return new OrgPresets(charter, other, budget, recruitment);
    }

    /** The same presets with another budget. */
    public OrgPresets withBudget(BudgetPreset other) {
        return new OrgPresets(charter, plan, other, recruitment);
    }

    /** The same presets with another recruitment preset. */
    public OrgPresets withRecruitment(RecruitmentPreset other) {
        return new OrgPresets(charter, plan, budget, other);
    }
}

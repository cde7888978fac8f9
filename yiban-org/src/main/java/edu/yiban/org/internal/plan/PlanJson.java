package edu.yiban.org.internal.plan;

import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.org.plan.MilestoneId;
import edu.yiban.org.plan.PhaseId;
import org.apiguardian.api.API;

/**
 * JSON of the plan types that Jackson's record support does not write by itself: phase and milestone
 * codes as strings. Months are ISO text ({@code "2022-05"}) through Jackson's Java time module.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PlanJson {
    private PlanJson() {
    }

    /** Adds the plan serializers and deserializers to the organisation module. */
    public static void register(SimpleModule module) {
        YibanCoreModule.addString(module, PhaseId.class, PhaseId::value, PhaseId::new);
        YibanCoreModule.addString(module, MilestoneId.class, MilestoneId::value, MilestoneId::new);
    }
}

package edu.yiban.org.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.org.internal.OrgJson;

/**
 * JSON of the plan types that Jackson's record support does not write by itself: phase and milestone
 * codes as strings. Months are ISO text ({@code "2022-05"}) through Jackson's Java time module.
 * {@code YibanOrgModule} registers the same; the plan's preset and stream use {@link #MAPPER}, which needs
 * no other organisation type.
 */
final class PlanJson {
    /** The canonical mapper with the core's types and the plan's. */
    static final ObjectMapper MAPPER = OrgJson.newMapper("yiban-org-plan", PlanJson::register);

    private PlanJson() {
    }

    /** Adds the plan serializers and deserializers to {@code module}. */
    static void register(SimpleModule module) {
        YibanCoreModule.addString(module, PhaseId.class, PhaseId::value, PhaseId::new);
        YibanCoreModule.addString(module, MilestoneId.class, MilestoneId::value, MilestoneId::new);
    }
}

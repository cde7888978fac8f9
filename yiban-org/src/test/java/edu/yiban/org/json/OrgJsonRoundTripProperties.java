package edu.yiban.org.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.fixtures.RoundTrip;
import edu.yiban.org.OrgArbitraries;
import edu.yiban.org.YibanOrganisation;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every public value type of the organisation module reads back from its JSON equal and writes the same bytes. */
class OrgJsonRoundTripProperties {
    /** Public types that are services, modules or exceptions rather than values. */
    private static final Set<String> NOT_VALUES = Set.of("edu.yiban.org.YibanOrganisation", "edu.yiban.org.OrgPresets", "edu.yiban.org.json.YibanOrgModule",
            "edu.yiban.org.budget.AllocationPolicies", "edu.yiban.org.budget.Apportionment",
            // the records of the budget's and the plan's streams: public only as members of package-private interfaces
            "edu.yiban.org.budget.BudgetEvent.Allocated", "edu.yiban.org.budget.BudgetEvent.YearPlanned",
            "edu.yiban.org.budget.BudgetEvent.YearRevised", "edu.yiban.org.plan.PlanEvent.MilestoneAdded",
            "edu.yiban.org.plan.PlanEvent.MilestoneStatusChanged");

    private final ObjectMapper json = YibanOrgModule.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(OrgArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 3000)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        RoundTrip.assertExact(json, value);
    }

    @Example
    void everyPublicValueTypeOfTheModuleHasAGenerator() {
        assertThat(RoundTrip.uncovered(YibanOrganisation.class, "edu.yiban.org", NOT_VALUES, OrgArbitraries.all()))
                .as("public value types without a JSON round-trip generator").isEmpty();
    }
}

package edu.yiban.org.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.OrgArbitraries;
import edu.yiban.org.json.YibanOrgModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The package's own mapper ({@link PlanJson}) writes and reads the plan's values as the organisation's module does. */
class PlanJsonProperties {
    private final ObjectMapper module = YibanOrgModule.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(OrgArbitraries.all().entrySet().stream()
                .filter(e -> e.getKey().getPackageName().equals(PlanJsonProperties.class.getPackageName()))
                .map(e -> e.getValue().map(v -> (Object) v)).toList());
    }

    @Property(tries = 1000)
    void writesTheSameBytesAndReadsThemBack(@ForAll("values") Object value) {
        byte[] bytes = YibanJson.write(PlanJson.MAPPER, value);

        assertThat(bytes).isEqualTo(YibanJson.write(module, value));
        assertThat(YibanJson.read(PlanJson.MAPPER, bytes, value.getClass())).isEqualTo(value);
    }
}

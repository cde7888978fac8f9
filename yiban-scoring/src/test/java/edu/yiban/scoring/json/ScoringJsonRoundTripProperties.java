package edu.yiban.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.fixtures.RoundTrip;
import edu.yiban.scoring.ScoringArbitraries;
import edu.yiban.scoring.system.IndicatorSystem;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every public value type of the scoring module reads back from its JSON equal and writes the same bytes. */
class ScoringJsonRoundTripProperties {
    /** Public types that are services, utilities or modules rather than values. */
    private static final Set<String> NOT_VALUES = Set.of("edu.yiban.scoring.YibanScoring", "edu.yiban.scoring.json.YibanScoringModule", "edu.yiban.scoring.result.Ranking");

    private final ObjectMapper json = YibanScoringModule.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(ScoringArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 2000)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        RoundTrip.assertExact(json, value);
    }

    @Example
    void everyPublicValueTypeOfTheModuleHasAGenerator() {
        assertThat(RoundTrip.uncovered(IndicatorSystem.class, "edu.yiban.scoring", NOT_VALUES, ScoringArbitraries.all()))
                .as("public value types without a JSON round-trip generator").isEmpty();
    }
}

package edu.yiban.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.fixtures.RoundTrip;
import edu.yiban.scoring.ScoringArbitraries;
import edu.yiban.scoring.system.IndicatorSystem;
import java.lang.reflect.Modifier;
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
        // a public type nested in a package-private one (the events of RoundEvent, beside the rounds) is no value a user holds
        assertThat(RoundTrip.uncovered(IndicatorSystem.class, "edu.yiban.scoring", NOT_VALUES, ScoringArbitraries.all()).stream()
                .filter(ScoringJsonRoundTripProperties::nameableOutsideItsPackage).toList())
                .as("public value types without a JSON round-trip generator").isEmpty();
    }

    /** Whether the type of canonical name {@code name} and every type around it are public. */
    private static boolean nameableOutsideItsPackage(String name) {
        for (Class<?> type = load(name); type != null; type = type.getEnclosingClass()) {
            if (!Modifier.isPublic(type.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** The class of canonical name {@code canonical}: {@code a.B.C} is {@code a.B$C} when {@code a.B} is a class. */
    private static Class<?> load(String canonical) {
        String name = canonical;
        while (true) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    throw new IllegalStateException("no class " + canonical, e);
                }
                name = name.substring(0, dot) + '$' + name.substring(dot + 1);
            }
        }
    }
}

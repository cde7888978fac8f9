package edu.yiban.org.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.OrgArbitraries;
import edu.yiban.org.YibanOrganisation;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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
            "edu.yiban.org.budget.AllocationPolicies", "edu.yiban.org.budget.Apportionment");

    private final ObjectMapper json = YibanOrgModule.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(OrgArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 3000)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        byte[] first = YibanJson.write(json, value);

        Object back = YibanJson.read(json, first, value.getClass());

        assertThat(back).isEqualTo(value);
        assertThat(YibanJson.write(json, back)).isEqualTo(first);
    }

    @Example
    void everyPublicValueTypeOfTheModuleHasAGenerator() throws IOException, URISyntaxException {
        Path root = Path.of(YibanOrganisation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.map(f -> root.relativize(f).toString())
                    .filter(n -> n.endsWith(".class") && n.startsWith("edu/yiban/org/") && !n.contains("/internal/") && !n.endsWith("package-info.class"))
                    .map(n -> n.replace('/', '.').replaceAll("\\.class$", "").replace('$', '.'))
                    .toList();
            for (String name : names) {
                Class<?> type = load(name);
                boolean value = Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !type.isAnonymousClass()
                        && !Throwable.class.isAssignableFrom(type) && !NOT_VALUES.contains(type.getCanonicalName())
                        && !type.getSimpleName().equals("Builder");
                if (value && !OrgArbitraries.all().containsKey(type)) {
                    missing.add(type.getCanonicalName());
                }
            }
        }
        assertThat(missing).as("public value types without a JSON round-trip generator").isEmpty();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            int dot = name.lastIndexOf('.');
            try {
                return Class.forName(name.substring(0, dot) + "$" + name.substring(dot + 1));
            } catch (ClassNotFoundException again) {
                throw new IllegalStateException(name, again);
            }
        }
    }
}

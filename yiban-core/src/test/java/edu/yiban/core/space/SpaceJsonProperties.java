package edu.yiban.core.space;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every public value type of the spaces reads back from its JSON, by its class alone, equal, writing the same bytes. */
class SpaceJsonProperties {
    /** Covered by the core's generators. */
    private static final Set<Class<?>> IDENTIFIERS = Set.of(SpaceId.class, ContentId.class);

    private final ObjectMapper json = YibanJson.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(SpaceArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 1500)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        byte[] first = YibanJson.write(json, value);

        Object back = YibanJson.read(json, first, value.getClass());

        assertThat(back).isEqualTo(value);
        assertThat(YibanJson.write(json, back)).isEqualTo(first);
    }

    @Example
    void everyPublicValueTypeOfTheSpacesHasAGenerator() throws IOException, URISyntaxException {
        Path root = Path.of(Spaces.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.list(root.resolve("edu/yiban/core/space"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = load("edu.yiban.core.space." + name.replace(".class", ""));
                if (Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !IDENTIFIERS.contains(type)
                        && !SpaceArbitraries.all().containsKey(type)) {
                    missing.add(type.getName());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(missing).as("public value types without a JSON round-trip generator").isEmpty();
        assertThat(SpaceArbitraries.all()).hasSizeGreaterThan(15);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

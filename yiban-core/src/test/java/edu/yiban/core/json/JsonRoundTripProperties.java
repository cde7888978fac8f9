package edu.yiban.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.CoreArbitraries;
import edu.yiban.core.YibanCore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every public value type of the core reads back from its JSON equal, and writes the same bytes again. */
class JsonRoundTripProperties {
    /** Public types that are services, builders of machinery or messages rather than values. */
    private static final Set<String> NOT_VALUES = Set.of(
            "edu.yiban.core.YibanCore", "edu.yiban.core.ledger.Ledger", "edu.yiban.core.ledger.RecordCodec",
            "edu.yiban.core.ledger.ProjectedStream",
            "edu.yiban.core.i18n.MessageBundle", "edu.yiban.core.i18n.Text",
            "edu.yiban.core.json.YibanCoreModule", "edu.yiban.core.json.YibanJson",
            "edu.yiban.core.validation.Checks", "edu.yiban.core.validation.YibanValidator");

    private final ObjectMapper json = YibanJson.newMapper();

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(CoreArbitraries.all().values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 5000)
    void everyValueReadsBackEqualAndWritesTheSameBytes(@ForAll("values") Object value) {
        byte[] first = YibanJson.write(json, value);

        Object back = YibanJson.read(json, first, value.getClass());

        assertThat(back).isEqualTo(value);
        assertThat(YibanJson.write(json, back)).isEqualTo(first);
    }

    @Example
    void everyPublicValueTypeOfTheCoreHasAGenerator() {
        Set<String> missing = new TreeSet<>();
        Map<Class<?>, Arbitrary<?>> covered = CoreArbitraries.all();
        for (Class<?> type : publicTopLevelTypes()) {
            boolean value = !type.isInterface() && !Throwable.class.isAssignableFrom(type)
                    && !NOT_VALUES.contains(type.getName());
            if (value && !covered.containsKey(type)) {
                missing.add(type.getName());
            }
        }
        assertThat(missing).as("public value types without a JSON round-trip generator").isEmpty();
    }

    private static List<Class<?>> publicTopLevelTypes() {
        try {
            Path root = Path.of(YibanCore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                        .map(f -> root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                        .filter(name -> name.startsWith("edu.yiban.core.") && !name.contains(".internal.") && !name.endsWith("package-info"))
                        .map(JsonRoundTripProperties::load)
                        .filter(c -> Modifier.isPublic(c.getModifiers()))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Example
    void theJsonIsCanonicalSortedAndCompact() {
        var entry = edu.yiban.core.Campus.entry(edu.yiban.core.Campus.T2022_1, java.time.LocalDate.of(2022, 10, 1), "2.5",
                edu.yiban.core.visibility.Visibility.FAMILY);

        String text = new String(YibanJson.write(json, entry), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(text).isEqualTo("{\"attributes\":{\"hours\":\"8\"},\"category\":\"volunteer\",\"date\":\"2022-10-01\","
                + "\"dimension\":\"MORAL\",\"points\":2.50,\"recordedBy\":\"T1001\",\"source\":\"youth-league\","
                + "\"term\":\"2022-2023-1\",\"title\":\"志愿服务 2.5 分\","
                + "\"visibility\":[\"STUDENT\",\"PARENT\",\"COUNSELLOR\",\"COLLEGE\",\"SCHOOL\"]}");
        assertThat(Arrays.asList(text.split(""))).doesNotContain("\n");
    }
}

package edu.yiban.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What every module's JSON round-trip property checks, for the modules' tests. */
public final class RoundTrip {
    private RoundTrip() {
    }

    /** {@code value} reads back from its JSON equal, by its class alone, and writes the same bytes again. */
    public static void assertExact(ObjectMapper json, Object value) {
        byte[] first = YibanJson.write(json, value);

        Object back = YibanJson.read(json, first, value.getClass());

        assertThat(back).isEqualTo(value);
        assertThat(YibanJson.write(json, back)).isEqualTo(first);
    }

    /**
     * The public value types (top-level or nested, not interfaces, exceptions, builders or {@code notValues})
     * in the non-internal packages under {@code packagePrefix} of the classes directory or jar holding
     * {@code anchor}, that {@code covered} has no generator for.
     */
    public static Set<String> uncovered(Class<?> anchor, String packagePrefix, Set<String> notValues, Map<Class<?>, ?> covered) {
        Set<String> missing = new TreeSet<>();
        String folder = packagePrefix.replace('.', '/') + "/";
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(root)) {
                for (String file : files.map(f -> root.relativize(f).toString().replace('\\', '/')).toList()) {
                    if (!file.endsWith(".class") || !file.startsWith(folder) || file.contains("/internal/") || file.endsWith("package-info.class")) {
                        continue;
                    }
                    Class<?> type = Class.forName(file.replace('/', '.').replaceAll("\\.class$", ""));
                    boolean value = Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !type.isAnonymousClass()
                            && !Throwable.class.isAssignableFrom(type) && !type.getSimpleName().equals("Builder")
                            && !notValues.contains(type.getName()) && !notValues.contains(type.getCanonicalName());
                    if (value && !covered.containsKey(type)) {
                        missing.add(type.getCanonicalName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return missing;
    }
}

package edu.yiban.sdk;

import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.scoring.result.Measure;
import edu.yiban.sdk.plugin.Plugins;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin in its own jar, compiled and packed by this test and put on a class loader of its own, is
 * discovered through {@link java.util.ServiceLoader}, and its indicator appears in the evaluation with
 * its explanation; the same plugin registered explicitly works without {@code ServiceLoader}.
 */
class PluginJarTest {
    private static final String SOURCE = """
            package campus.volunteer;

            import edu.yiban.core.i18n.Bilingual;
            import edu.yiban.scoring.system.Direction;
            import edu.yiban.scoring.system.Indicator;
            import edu.yiban.scoring.student.StudentEvaluation;
            import edu.yiban.scoring.system.Adjustment;
            import edu.yiban.scoring.system.IndicatorSystem;
            import edu.yiban.sdk.plugin.IndicatorContext;
            import edu.yiban.sdk.plugin.PluginContext;
            import edu.yiban.sdk.plugin.PluginIndicator;
            import edu.yiban.sdk.plugin.YibanPlugin;
            import java.math.BigDecimal;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;
            import java.util.TreeMap;

            /** Counts each student's words in the class space's posts; one bonus point per 100 words, up to 2. */
            public final class ForumPlugin implements YibanPlugin {
                public String id() { return "forum-words"; }
                public String version() { return "0.3.0"; }
                public void register(PluginContext context) {
                    Indicator words = new Indicator("forum-words", new Bilingual("发帖字数", "forum words"), "字",
                            edu.yiban.scoring.system.Direction.HIGHER_IS_BETTER, "forum", Optional.empty());
                    context.indicator(new PluginIndicator() {
                        public Indicator indicator() { return words; }
                        public Map<String, Number> measure(IndicatorContext c) {
                            Map<String, Number> out = new TreeMap<>();
                            for (String s : c.students()) out.put(s, s.endsWith("1") ? 250 : 40);
                            return out;
                        }
                    });
                    IndicatorSystem base = StudentEvaluation.defaultSystem();
                    List<Indicator> indicators = new ArrayList<>(base.indicators());
                    indicators.add(words);
                    context.evaluationPreset(new IndicatorSystem(base.id() + "-forum", base.name(), base.version(), indicators,
                            base.root().withAdjustments(List.of(new Adjustment("forum-bonus", new Bilingual("发帖加分", "forum bonus"),
                                    Adjustment.Kind.BONUS, "forum-words", new BigDecimal("0.01"), Optional.of(new BigDecimal("2"))))),
                            base.vetoes(), base.gates()));
                }
            }
            """;

    @Test
    void aPluginInItsOwnJarIsDiscoveredAndItsIndicatorAppearsInTheEvaluation(@TempDir Path dir) throws Exception {
        Path jar = buildJar(dir);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            List<Plugins.Found> found = Plugins.discover(loader);
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.plugin().id()).isEqualTo("forum-words");
                assertThat(f.source()).endsWith("forum-plugin.jar");
            });

            try (Yiban yiban = Yiban.builder().clock(Campus.clock()).plugins(found).build()) {
                Campus.fill(yiban.campus());
                TestPlugins.grades(yiban.core());

                EvaluationReport report = yiban.evaluateStudents(T2022_1);

                assertThat(yiban.plugins()).singleElement().satisfies(p -> assertThat(p.source()).endsWith("forum-plugin.jar"));
                // 李明 2022010101: 250 words × 0.01 = 2.5, capped at 2
                var li = report.results().result(LI_MING).orElseThrow().result();
                assertThat(li.explanation().notes()).filteredOn(n -> n.code().equals("forum-bonus")).singleElement()
                        .satisfies(n -> assertThat(n.amount()).isEqualByComparingTo("2"));
                Class<?> type = loader.loadClass("campus.volunteer.ForumPlugin");
                assertThat(type.getClassLoader()).isSameAs(loader);

                // the same plugin registered explicitly, without ServiceLoader, gives the same results
                YibanPlugin explicit = (YibanPlugin) type.getDeclaredConstructor().newInstance();
                try (Yiban again = Yiban.builder().clock(Campus.clock()).plugin(explicit).build()) {
                    Campus.fill(again.campus());
                    TestPlugins.grades(again.core());
                    assertThat(again.evaluateStudents(T2022_1).results()).isEqualTo(report.results());
                    assertThat(again.plugins()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo("registered"));
                }
            }
        }
    }

    @Test
    void theRawValueOfAPluginIndicatorNamesItsPluginAsSource(@TempDir Path dir) throws Exception {
        Path jar = buildJar(dir);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
             Yiban yiban = Yiban.builder().clock(Campus.clock()).plugins(Plugins.discover(loader)).build()) {
            Campus.fill(yiban.campus());
            TestPlugins.grades(yiban.core());

            Measure words = yiban.scoring().students().rawValues(edu.yiban.scoring.student.EvaluationPeriod.term(T2022_1))
                    .get(LI_MING.value(), "forum-words").orElseThrow();

            assertThat(words.value()).isEqualByComparingTo("250");
            assertThat(words.source()).isEqualTo("plugin:forum-words");
            assertThat(words.note().orElseThrow().zh()).isEqualTo("由插件 forum-words 测得");
        }
    }

    /** Compiles the plugin against the test class and module paths and packs it with its service file. */
    private static Path buildJar(Path dir) throws IOException {
        Path src = dir.resolve("src/campus/volunteer/ForumPlugin.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, SOURCE, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // on the module path the library is on jdk.module.path, not java.class.path: the plugin sees both as its class path
        String path = System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
        int status = javac.run(null, null, null, "-d", classes.toString(), "-classpath", path,
                "-encoding", "UTF-8", src.toString());
        assertThat(status).as("the plugin compiles").isZero();
        Path jar = dir.resolve("forum-plugin.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    jarOut.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                    jarOut.write(Files.readAllBytes(f));
                    jarOut.closeEntry();
                }
            }
            jarOut.putNextEntry(new JarEntry("META-INF/services/edu.yiban.sdk.plugin.YibanPlugin"));
            jarOut.write("campus.volunteer.ForumPlugin\n".getBytes(StandardCharsets.UTF_8));
            jarOut.closeEntry();
        }
        return jar;
    }
}

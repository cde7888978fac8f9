package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin that fails is never a quiet 0: the command prints the fault — which plugin, which indicator, for
 * whom, why — and exits 1. By default the evaluation stops with one line naming the plugin; with
 * {@code --plugin-faults skip-and-mark} every result that read the missing value is marked incomplete in the
 * summary and in {@code evaluation.json}, and the demo's round refuses such results.
 *
 * <p>Each run is the {@code yiban} command in its own JVM, as a campus runs it: the volunteer-hours plugin
 * replaced, in the plugins folder ({@code $YIBAN_PLUGINS}), by {@link UnansweringVolunteerPlugin}.
 */
class PluginFaultsTest {
    private static final String SENTENCE = "plugin volunteer-hours, indicator:volunteer-hours-term, on every student evaluated: "
            + "it threw java.lang.IllegalStateException: " + UnansweringVolunteerPlugin.FAILURE;

    @TempDir
    static Path folder;
    private static Path plugins;

    /** A plugins folder with one jar that names the unanswering plugin to {@link java.util.ServiceLoader}. */
    @BeforeAll
    static void deployTheUnansweringPlugin() throws IOException {
        plugins = Files.createDirectory(folder.resolve("plugins"));
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(plugins.resolve("unanswering-volunteer.jar")))) {
            jar.putNextEntry(new JarEntry("META-INF/services/" + YibanPlugin.class.getName()));
            jar.write((UnansweringVolunteerPlugin.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }

    /** The command in a JVM of its own, with this test's class path but for the real volunteer-hours plugin. */
    private static Run yiban(String... args) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("volunteer-hours"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, YibanCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(folder.resolve("out.txt").toFile()).redirectError(folder.resolve("err.txt").toFile());
        builder.environment().put(PluginFolder.VARIABLE, plugins.toString());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            // nothing to say to it
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the command ends").isTrue();
        return new Run(process.exitValue(), Files.readString(folder.resolve("out.txt")), Files.readString(folder.resolve("err.txt")));
    }

    @Test
    void byDefaultAFailingPluginStopsEvaluateWithOneLineNamingItAndExitsOne() throws Exception {
        Run run = yiban("evaluate", DemoRuns.get().saved.toString(), "--lang", "en", "--out", folder.resolve("stopped").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("yiban evaluate: the evaluation stops because a plugin failed: " + SENTENCE + " [YB-SDK-PLUGIN]. No result was "
                        + "kept; to see the other results, each marked incomplete where it read the plugin's value, run again with "
                        + "--plugin-faults skip-and-mark");
        assertThat(folder.resolve("stopped").resolve(Outputs.EVALUATION)).doesNotExist();
    }

    @Test
    void skippingAndMarkingListsTheFaultAndMarksEveryResultIncompleteInTheSummaryAndTheFile() throws Exception {
        Path out = folder.resolve("marked");
        Run run = yiban("evaluate", DemoRuns.get().saved.toString(), "--lang", "en", "--plugin-faults", "skip-and-mark",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).containsPattern("incomplete \\(a plugin failed\\) +" + DemoRuns.STUDENTS)
                .contains("Plugin faults: 1. The results they touched are incomplete and decide nothing until evaluated again:\n  " + SENTENCE);
        JsonNode file = new ObjectMapper().readTree(out.resolve(Outputs.EVALUATION).toFile());
        assertThat(file.get("incomplete").asInt()).isEqualTo(Integer.parseInt(DemoRuns.STUDENTS));
        for (JsonNode student : file.get("students")) {
            assertThat(student.get("incomplete")).extracting(JsonNode::asText).containsExactly(DemoPlugins.VOLUNTEER_INDICATOR);
            JsonNode bonus = null;
            for (JsonNode part : student.get("evaluation").get("result").get("explanation").get("children")) {
                bonus = part.get("code").asText().equals(DemoPlugins.VOLUNTEER_BONUS) ? part : bonus;
            }
            assertThat(bonus).as("the bonus part that reads the plugin's indicator").isNotNull();
            assertThat(bonus.get("notes")).anySatisfy(note -> {
                assertThat(note.get("kind").asText()).isEqualTo("INCOMPLETE");
                assertThat(note.get("en").asText()).contains("volunteer bonus (plugin)", "the plugin volunteer-hours failed to measure");
            });
        }
    }

    @Test
    void inTheDemoTheFaultIsListedAndTheStudentsRoundRefusesTheIncompleteResults() throws Exception {
        Run run = yiban("demo", "--students", "40", "--colleges", "1", "--lang", "zh", "--plugin-faults", "skip-and-mark",
                "--out", folder.resolve("demo").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("插件故障：1 项", "插件 volunteer-hours 的 indicator:volunteer-hours-term 处理 全体参评学生 时抛出异常");
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("yiban demo：").contains("测评方案 students 给出了 40 项不完整的结果", "volunteer-hours-term 未能测得");
        assertThat(folder.resolve("demo").resolve(Outputs.EVALUATION)).doesNotExist();
    }
}

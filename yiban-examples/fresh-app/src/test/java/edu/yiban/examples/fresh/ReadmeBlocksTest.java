package edu.yiban.examples.fresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's Java blocks and the fresh projects' sources are one text: every source under {@code src/it} is a block of
 * README.md, character for character, and every README block that is a whole file (it starts with {@code package})
 * is one of those sources. So the projects the invoker builds at {@code verify} are the tour as a reader copies it,
 * and a change to either that is not made to the other fails here, before the slower integration build runs.
 *
 * <p>A check rather than generating the sources from README at build time: the projects stay ordinary files that
 * an IDE opens and a reader browses, the build needs no extra plugin to cut Markdown, and a failure names the file
 * that drifted.
 */
class ReadmeBlocksTest {
    private static final Path README = Path.of("../../README.md");
    private static final Path PROJECTS = Path.of("src/it");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyFreshProjectSourceIsABlockOfTheReadme() throws IOException {
        List<String> blocks = javaBlocks();
        List<Path> sources = sources();
        assertThat(sources).as("the fresh projects' sources").isNotEmpty();
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            assertThat(blocks).as("README.md has a ```java block equal to %s", source).contains(text);
        }
    }

    @Test
    void everyWholeFileInTheReadmeIsBuiltByAFreshProject() throws IOException {
        List<String> built = new ArrayList<>();
        for (Path source : sources()) {
            built.add(Files.readString(source, StandardCharsets.UTF_8));
        }
        List<String> wholeFiles = javaBlocks().stream().filter(b -> b.startsWith("package ")).toList();
        assertThat(wholeFiles).as("README's whole-file blocks").hasSizeGreaterThanOrEqualTo(2);
        for (String block : wholeFiles) {
            assertThat(built).as("a fresh project under src/it builds README's block starting %s",
                    block.lines().skip(2).findFirst().orElse(block)).contains(block);
        }
    }

    @Test
    void everyWholeFileInTheReadmeHasItsImports() throws IOException {
        // the stumble this module closes: a block a reader copies compiles only with its imports
        for (String block : javaBlocks().stream().filter(b -> b.startsWith("package ")).toList()) {
            assertThat(block).contains("\nimport ").contains("public final class ");
        }
    }

    @Test
    void theReadmeShowsTheBomTheArtifactsAndAnSlf4jBinding() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).contains("<artifactId>yiban-bom</artifactId>", "<scope>import</scope>",
                "<artifactId>yiban-sdk</artifactId>", "<artifactId>yiban-store-jdbc</artifactId>",
                "<artifactId>yiban-guice</artifactId>", "<artifactId>yiban-testkit</artifactId>",
                "<artifactId>slf4j-simple</artifactId>", "<artifactId>h2</artifactId>");
    }

    private static List<String> javaBlocks() throws IOException {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(PROJECTS)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}

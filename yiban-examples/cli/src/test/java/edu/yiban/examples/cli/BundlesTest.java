package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence comes from the bundles, which have the same keys in both languages and render cleanly. */
class BundlesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:render\\((?:locale|MessageBundle\\.(?:ZH|EN)), |\\bt\\(|heading\\(|row\\(|Problem\\(Cli\\.\\w+, |problem\\(locale, |bilingual\\("
                    + "|descriptionKey = )\"([a-zA-Z][\\w.-]*)\"");

    private static Set<String> keys(Locale locale) {
        ResourceBundle bundle = Cli.TEXT.resourceBundle(locale);
        return new TreeSet<>(bundle.keySet());
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys(MessageBundle.ZH)).isEqualTo(keys(MessageBundle.EN));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Set<String> keys = keys(MessageBundle.EN);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    if (!keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key.endsWith(".") ? key : key + "."))) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyMessageRendersItsArgumentsInBothLanguages() {
        Object[] args = {"A0", "A1", "A2", "A3", "A4"};
        for (Locale locale : List.of(MessageBundle.ZH, MessageBundle.EN)) {
            for (String key : keys(locale)) {
                if (picocli(key)) {
                    continue;
                }
                String pattern = Cli.TEXT.pattern(key, locale);
                String rendered = Cli.TEXT.render(locale, key, args);
                assertThat(rendered).as(locale + " " + key).doesNotContainPattern("\\{\\d");
                for (int i = 0; i < args.length; i++) {
                    if (pattern.contains("{" + i + "}")) {
                        assertThat(rendered).as(locale + " " + key + " shows argument " + i).contains("A" + i);
                    }
                }
            }
        }
    }

    @Test
    void positionsStatesAndSourcesHaveWordsInBothLanguages() {
        for (String key : List.of("position.leader", "round.state.FINAL", "source.youth-league")) {
            assertThat(Cli.TEXT.render(MessageBundle.ZH, key)).isNotEqualTo(Cli.TEXT.render(MessageBundle.EN, key));
        }
    }

    private static boolean picocli(String key) {
        return key.startsWith("yiban.") || key.startsWith("option.") || key.startsWith("param.") || key.startsWith("mixinStandardHelpOptions.")
                || (key.startsWith("usage.") && (key.endsWith("Heading") || key.equals("usage.footer")));
    }
}

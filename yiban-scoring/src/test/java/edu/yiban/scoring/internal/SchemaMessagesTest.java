package edu.yiban.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The schema faults' messages ({@code schema.*}) exist in zh_CN and en alike, format, and are in their language. */
class SchemaMessagesTest {
    private final MessageBundle bundle = ScoringMessages.BUNDLE;

    private Set<String> schemaKeys(Locale locale) {
        return Collections.list(bundle.resourceBundle(locale).getKeys()).stream().filter(k -> k.startsWith("schema."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void chineseAndEnglishHaveTheSameSchemaKeys() {
        assertThat(schemaKeys(MessageBundle.ZH)).isEqualTo(schemaKeys(MessageBundle.EN)).hasSizeGreaterThan(20);
    }

    @Test
    void everySchemaPatternFormatsAndEnglishHasNoChineseAndTheTwoDiffer() {
        for (Locale locale : new Locale[] {MessageBundle.ZH, MessageBundle.EN}) {
            for (String key : schemaKeys(locale)) {
                String pattern = bundle.pattern(key, locale);
                assertThat(new MessageFormat(pattern, locale).format(new Object[] {"a", "b", "c"})).as("%s in %s", key, locale)
                        .isNotBlank().doesNotContain("{");
            }
        }
        for (String key : schemaKeys(MessageBundle.EN)) {
            String en = bundle.pattern(key, MessageBundle.EN);
            assertThat(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as("%s: %s", key, en).isFalse();
            assertThat(bundle.pattern(key, MessageBundle.ZH)).as(key).isNotEqualTo(en);
        }
    }
}

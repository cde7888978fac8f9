package edu.yiban.scoring.student;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.scoring.internal.ScoringMessages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The students' evaluation messages exist in zh_CN and en alike, format, and are in their language. */
class StudentMessagesTest {
    private final MessageBundle bundle = ScoringMessages.BUNDLE;

    private Set<String> studentKeys(Locale locale) {
        return Collections.list(bundle.resourceBundle(locale).getKeys()).stream().filter(k -> k.startsWith("student."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void chineseAndEnglishHaveTheSameStudentKeys() {
        assertThat(studentKeys(MessageBundle.ZH)).isEqualTo(studentKeys(MessageBundle.EN)).hasSizeGreaterThan(60);
    }

    @Test
    void everyStudentPatternFormatsAndEnglishHasNoChinese() {
        for (Locale locale : new Locale[] {MessageBundle.ZH, MessageBundle.EN}) {
            for (String key : studentKeys(locale)) {
                String pattern = bundle.pattern(key, locale);
                assertThat(new MessageFormat(pattern, locale).format(new Object[] {"a", "b", "c", "d", "e", "f", "g"}))
                        .as("%s in %s", key, locale).isNotBlank().doesNotContain("{");
            }
        }
        for (String key : studentKeys(MessageBundle.EN)) {
            String en = bundle.pattern(key, MessageBundle.EN);
            assertThat(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as("%s: %s", key, en).isFalse();
            assertThat(bundle.pattern(key, MessageBundle.ZH)).as(key).isNotEqualTo(en);
        }
    }
}

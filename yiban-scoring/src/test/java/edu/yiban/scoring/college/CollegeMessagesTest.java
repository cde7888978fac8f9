package edu.yiban.scoring.college;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.scoring.internal.ScoringMessages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The colleges' block of the scoring bundle: the same keys in Chinese and English, every pattern formats. */
class CollegeMessagesTest {
    private static List<String> collegeKeys(Locale locale) {
        ResourceBundle bundle = ScoringMessages.BUNDLE.resourceBundle(locale);
        return Collections.list(bundle.getKeys()).stream().filter(k -> k.startsWith("college.")).sorted().toList();
    }

    @Test
    void theCollegeKeysAreTheSameInBothLanguages() {
        assertThat(collegeKeys(MessageBundle.ZH)).isNotEmpty().containsExactlyElementsOf(collegeKeys(MessageBundle.EN));
    }

    @Test
    void everyCollegePatternFormats() {
        Object[] args = {"a", "b", "c", "d", "e", "f"};
        for (Locale locale : List.of(MessageBundle.ZH, MessageBundle.EN)) {
            for (String key : collegeKeys(locale)) {
                String text = new MessageFormat(ScoringMessages.BUNDLE.pattern(key, locale), locale).format(args);
                assertThat(text).as(key + " in " + locale).doesNotContain("{").isNotBlank();
            }
        }
    }
}

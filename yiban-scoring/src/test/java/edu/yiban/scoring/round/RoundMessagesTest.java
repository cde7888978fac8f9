package edu.yiban.scoring.round;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.scoring.internal.ScoringMessages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The scoring bundle has the same keys in zh_CN and en; the rounds' sentences format, and the English ones hold no Chinese. */
class RoundMessagesTest {
    private final MessageBundle bundle = ScoringMessages.BUNDLE;

    @Test
    void chineseAndEnglishHaveExactlyTheSameKeys() {
        assertThat(keys(MessageBundle.ZH)).isEqualTo(keys(MessageBundle.EN)).contains("round.final", "field.round");
    }

    @Test
    void everyRoundSentenceFormatsInItsLanguage() {
        for (Locale locale : new Locale[] {MessageBundle.ZH, MessageBundle.EN}) {
            for (String key : keys(locale)) {
                if (!key.startsWith("round.")) {
                    continue;
                }
                String text = new MessageFormat(bundle.pattern(key, locale), locale).format(new Object[] {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"});
                assertThat(text).as("%s in %s", key, locale).isNotBlank().doesNotContain("{").doesNotContain("''");
                if (locale.equals(MessageBundle.EN)) {
                    assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                            .as("English %s has Chinese characters: %s", key, text).isFalse();
                }
            }
        }
    }

    @Test
    void statesAndVerdictsHaveNamesInBothLanguages() {
        assertThat(RoundState.PUBLICISED.label().zh()).isEqualTo("公示中");
        assertThat(RoundState.FINAL.label().en()).isEqualTo("final");
        assertThat(Verdict.UPHELD.label().zh()).isEqualTo("申诉成立");
        assertThat(DayCount.WORKING_DAYS.label().zh()).isEqualTo("个工作日");
    }

    private Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(bundle.resourceBundle(locale).getKeys()));
    }
}

package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JDBC store's and the test kit's bundles: the same keys in zh_CN and en, every pattern formats, Chinese only in zh. */
class StoreBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"edu.yiban.store.messages", "edu.yiban.sdk.testkit.messages"})
    void chineseAndEnglishHaveTheSameKeysAndEveryPatternFormats(String baseName) {
        MessageBundle bundle = new MessageBundle(baseName, StoreBundlesTest.class);
        Set<String> zh = new TreeSet<>(Collections.list(bundle.resourceBundle(MessageBundle.ZH).getKeys()));
        Set<String> en = new TreeSet<>(Collections.list(bundle.resourceBundle(MessageBundle.EN).getKeys()));
        assertThat(zh).isEqualTo(en).isNotEmpty();

        for (String key : en) {
            for (Locale locale : new Locale[] {MessageBundle.ZH, MessageBundle.EN}) {
                String text = new MessageFormat(bundle.pattern(key, locale), locale)
                        .format(new Object[] {"a", "b", "c", "d", "e", "f", "g", "h"});
                assertThat(text).as("%s in %s", key, locale).isNotBlank().doesNotContain("{");
            }
            String english = bundle.pattern(key, MessageBundle.EN);
            assertThat(english.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("English %s has Chinese characters: %s", key, english).isFalse();
            if (english.chars().anyMatch(Character::isLetter) && !key.startsWith("db.")) {
                assertThat(bundle.pattern(key, MessageBundle.ZH)).as("zh %s", key).isNotEqualTo(english);
            }
        }
    }
}

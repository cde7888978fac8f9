package edu.yiban.org.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The organisation bundle: the same keys in zh_CN and en, every pattern formats, Chinese only on the Chinese side. */
class OrgBundleTest {
    private final MessageBundle bundle = OrgMessages.BUNDLE;

    @Test
    void chineseAndEnglishHaveExactlyTheSameKeys() {
        Set<String> zh = new TreeSet<>(Collections.list(bundle.resourceBundle(MessageBundle.ZH).getKeys()));
        Set<String> en = new TreeSet<>(Collections.list(bundle.resourceBundle(MessageBundle.EN).getKeys()));

        assertThat(zh).isEqualTo(en).isNotEmpty();
    }

    @Test
    void everyPatternFormatsInItsLanguageAndEnglishHasNoChinese() {
        for (Locale locale : new Locale[] {MessageBundle.ZH, MessageBundle.EN}) {
            for (String key : Collections.list(bundle.resourceBundle(locale).getKeys())) {
                String pattern = bundle.pattern(key, locale);
                String text = new MessageFormat(pattern, locale).format(new Object[] {"a", "b", "c", "d", "e", "f", "g", "h"});
                assertThat(text).as("%s in %s", key, locale).isNotBlank().doesNotContain("{");
                if (locale.equals(MessageBundle.EN)) {
                    assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                            .as("English %s has Chinese characters: %s", key, text).isFalse();
                }
            }
        }
    }
}

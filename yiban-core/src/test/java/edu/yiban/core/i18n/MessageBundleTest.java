package edu.yiban.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.internal.CoreMessages;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every message a person reads exists in zh_CN and en, and every pattern formats. */
class MessageBundleTest {
    private final MessageBundle bundle = CoreMessages.BUNDLE;

    @Test
    void chineseAndEnglishHaveExactlyTheSameKeys() {
        Set<String> zh = new TreeSet<>(Collections.list(bundle.resourceBundle(MessageBundle.ZH).getKeys()));
        Set<String> en = new TreeSet<>(Collections.list(bundle.resourceBundle(MessageBundle.EN).getKeys()));

        assertThat(zh).isEqualTo(en).hasSizeGreaterThan(150);
    }

    @Test
    void everyPatternFormatsInItsLanguage() {
        for (Locale locale : new Locale[] {MessageBundle.ZH, MessageBundle.EN}) {
            for (String key : Collections.list(bundle.resourceBundle(locale).getKeys())) {
                if (key.startsWith("jakarta.validation.")) {
                    continue; // Hibernate Validator templates ({min}, {max}), interpolated by the validator
                }
                String pattern = bundle.pattern(key, locale);
                assertThat(new MessageFormat(pattern, locale).format(new Object[] {"a", "b", "c", "d"}))
                        .as("%s in %s", key, locale).isNotBlank();
            }
        }
    }

    @Test
    void chineseTextIsReallyChineseAndEnglishIsNot() {
        for (String key : Collections.list(bundle.resourceBundle(MessageBundle.ZH).getKeys())) {
            String zh = bundle.pattern(key, MessageBundle.ZH);
            String en = bundle.pattern(key, MessageBundle.EN);
            assertThat(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as("English %s has Chinese characters: %s", key, en).isFalse();
            if (!key.startsWith("vocabulary.") && !key.startsWith("rule.") && en.chars().anyMatch(Character::isLetter)) {
                assertThat(zh).as("zh %s", key).isNotEqualTo(en);
            }
        }
    }

    @Test
    void anyChineseLocaleRendersSimplifiedChineseAndEveryOtherLocaleEnglish() {
        assertThat(bundle.render(Locale.CHINESE, "status.suspended")).isEqualTo("休学");
        assertThat(bundle.render(Locale.TAIWAN, "status.suspended")).isEqualTo("休学");
        assertThat(bundle.render(Locale.GERMANY, "status.suspended")).isEqualTo("suspended");
        assertThat(bundle.render(null, "status.suspended")).isEqualTo("suspended");
    }

    @Test
    void argumentsReadInTheSentencesLanguageAndNumbersAreNeverGrouped() {
        Bilingual field = new Bilingual("志愿时长", "volunteer hours");

        assertThat(bundle.render(MessageBundle.ZH, "check.required", field)).isEqualTo("缺少志愿时长");
        assertThat(bundle.render(MessageBundle.EN, "check.required", field)).isEqualTo("volunteer hours is required");
        assertThat(bundle.render(MessageBundle.EN, "student.unknown", 2022030117L)).isEqualTo("there is no student 2022030117");
    }
}

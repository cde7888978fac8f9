package edu.yiban.scoring.internal.formula;

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

/** The formulas' messages exist in zh_CN and en alike, format, name the column, and are in their language. */
class FormulaMessagesTest {
    private final MessageBundle bundle = ScoringMessages.BUNDLE;

    private Set<String> formulaKeys(Locale locale) {
        return Collections.list(bundle.resourceBundle(locale).getKeys()).stream().filter(k -> k.startsWith("formula."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void chineseAndEnglishHaveTheSameFormulaKeys() {
        assertThat(formulaKeys(MessageBundle.ZH)).isEqualTo(formulaKeys(MessageBundle.EN)).hasSizeGreaterThan(20);
    }

    @Test
    void everyFormulaPatternFormatsAndEnglishHasNoChinese() {
        for (Locale locale : new Locale[] {MessageBundle.ZH, MessageBundle.EN}) {
            for (String key : formulaKeys(locale)) {
                String pattern = bundle.pattern(key, locale);
                assertThat(new MessageFormat(pattern, locale).format(new Object[] {"7", "min(pu * 10, 100)", "c", "d", "e"}))
                        .as("%s in %s", key, locale).isNotBlank().doesNotContain("{").doesNotContain("''");
            }
        }
        for (String key : formulaKeys(MessageBundle.EN)) {
            String en = bundle.pattern(key, MessageBundle.EN);
            assertThat(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as("%s: %s", key, en).isFalse();
            assertThat(bundle.pattern(key, MessageBundle.ZH)).as(key).isNotEqualTo(en);
        }
    }

    @Test
    void everyFaultAtAPlaceNamesItsColumnAndTheFormula() {
        for (String key : formulaKeys(MessageBundle.EN)) {
            if (key.startsWith("formula.expected.") || key.startsWith("formula.arity.")
                    || key.equals("formula.empty") || key.equals("formula.length")) {
                continue;
            }
            assertThat(bundle.pattern(key, MessageBundle.EN)).as(key).startsWith("at column {0} of `{1}`: ");
            assertThat(bundle.pattern(key, MessageBundle.ZH)).as(key).startsWith("公式“{1}”第 {0} 个字符处：");
        }
    }
}

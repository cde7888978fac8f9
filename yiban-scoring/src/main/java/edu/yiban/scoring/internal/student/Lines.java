package edu.yiban.scoring.internal.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sentences of the students' evaluation in both languages. An evaluation writes a few lines per student,
 * so patterns are parsed once per thread (as {@link MessageBundle#render} would, argument for argument: a
 * {@link Bilingual} or {@link Text} in the sentence's language, numbers as written).
 */
final class Lines {
    /** Per thread: the parsed patterns of zh_CN, then of English, by key. */
    @SuppressWarnings("unchecked")
    private static final ThreadLocal<Map<String, MessageFormat>[]> FORMATS = ThreadLocal.withInitial(
            () -> new Map[] {new HashMap<>(), new HashMap<>()});

    private Lines() {
    }

    static Bilingual bilingual(Text text) {
        return new Bilingual(text.zh(), text.en());
    }

    static Bilingual text(String key, Object... args) {
        return new Bilingual(render(MessageBundle.ZH, key, args), render(MessageBundle.EN, key, args));
    }

    private static String render(Locale locale, String key, Object[] args) {
        Object[] in = new Object[args.length];
        for (int i = 0; i < in.length; i++) {
            Object arg = args[i];
            if (arg instanceof Bilingual b) {
                in[i] = b.in(locale);
            } else if (arg instanceof Text t) {
                in[i] = t.render(locale);
            } else if (arg instanceof BigDecimal d) {
                in[i] = d.toPlainString();
            } else if (arg instanceof Number n) {
                in[i] = n.toString();
            } else {
                in[i] = arg;
            }
        }
        MessageFormat format = FORMATS.get()[locale == MessageBundle.ZH ? 0 : 1].computeIfAbsent(key,
                k -> new MessageFormat(ScoringMessages.BUNDLE.pattern(k, locale), locale));
        return format.format(in);
    }
}

package edu.yiban.scoring.internal.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.Locale;

/** Sentences of the students' evaluation in both languages; a {@link Bilingual} argument reads in the sentence's language. */
final class Lines {
    private Lines() {
    }

    static Bilingual bilingual(Text text) {
        return new Bilingual(text.zh(), text.en());
    }

    static Bilingual text(String key, Object... args) {
        return new Bilingual(render(MessageBundle.ZH, key, args), render(MessageBundle.EN, key, args));
    }

    private static String render(Locale locale, String key, Object[] args) {
        Object[] in = args.clone();
        for (int i = 0; i < in.length; i++) {
            if (in[i] instanceof Bilingual b) {
                in[i] = b.in(locale);
            }
        }
        return ScoringMessages.BUNDLE.render(locale, key, in);
    }
}

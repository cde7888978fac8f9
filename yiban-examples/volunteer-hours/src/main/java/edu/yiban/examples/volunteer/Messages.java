package edu.yiban.examples.volunteer;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;

/** The plugin's bundle of names ({@code messages_zh_CN}, {@code messages_en}). */
final class Messages {
    private static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.examples.volunteer.messages", Messages.class);

    private Messages() {
    }

    static Bilingual name(String key) {
        Text text = BUNDLE.text(key);
        return new Bilingual(text.zh(), text.en());
    }
}

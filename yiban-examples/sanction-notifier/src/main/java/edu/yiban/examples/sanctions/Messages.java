package edu.yiban.examples.sanctions;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;

/** The plugin's bundle of messages ({@code messages_zh_CN}, {@code messages_en}). */
final class Messages {
    private static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.examples.sanctions.messages", Messages.class);

    private Messages() {
    }

    static Text text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}

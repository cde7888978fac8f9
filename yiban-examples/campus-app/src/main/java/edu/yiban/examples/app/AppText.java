package edu.yiban.examples.app;

import edu.yiban.core.i18n.MessageBundle;
import java.util.Locale;
import java.util.Objects;

/**
 * The app's sentences for people, from {@code messages_zh_CN.properties} and {@code messages_en.properties}
 * beside this class, rendered in one language (any Chinese locale gives Chinese, any other English).
 */
final class AppText {
    static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.examples.app.messages", AppText.class);

    private final Locale locale;

    AppText(Locale locale) {
        this.locale = MessageBundle.supported(Objects.requireNonNull(locale, "locale is null"));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return BUNDLE.render(locale, key, args);
    }
}

package edu.yiban.core.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A sentence for people, kept as a bundle key with arguments and rendered in the reader's language.
 * An argument may itself be a {@code Text} (a status name, a field label), rendered in the same language.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Text {
    private final MessageBundle bundle;
    private final String key;
    private final Object[] args;

    Text(MessageBundle bundle, String key, Object[] args) {
        this.bundle = Objects.requireNonNull(bundle, "bundle is null");
        this.key = Objects.requireNonNull(key, "key is null");
        this.args = args.clone();
    }

    /** The key in the bundle. */
    public String key() {
        return key;
    }

    /** The sentence in the given language (any Chinese locale gives zh_CN, others English). */
    public String render(Locale locale) {
        return bundle.render(locale, key, args);
    }

    /** The sentence in Simplified Chinese. */
    public String zh() {
        return render(MessageBundle.ZH);
    }

    /** The sentence in English. */
    public String en() {
        return render(MessageBundle.EN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && bundle.baseName().equals(t.bundle.baseName()) && key.equals(t.key)
                && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bundle.baseName(), key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return en();
    }
}

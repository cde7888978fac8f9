package edu.yiban.core.error;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing wrong with an input: where it is ({@code path}, e.g. {@code entries[3].term}), a stable
 * {@code code} for the rule it broke, and what is wrong in Chinese and English.
 *
 * @param path    the field, row or record at fault, as a property path from the input's root
 * @param code    a stable code of the rule, e.g. {@code studentNo.format} or {@code NotNull}
 * @param zh      the message in Simplified Chinese
 * @param en      the message in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Violation(String path, String code, String zh, String en) {
    public Violation {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(zh, "zh is null");
        Objects.requireNonNull(en, "en is null");
    }

    /** A violation whose message comes from a bundle. */
    public static Violation of(String path, Text text) {
        return new Violation(path, text.key(), text.zh(), text.en());
    }

    /** The message in the given language (zh_CN for any Chinese locale, else English). */
    public String message(Locale locale) {
        return MessageBundle.choose(locale, zh, en);
    }

    /** The same violation, found at {@code newPath} instead. */
    public Violation at(String newPath) {
        return new Violation(newPath, code, zh, en);
    }

    /** The same violation found under {@code prefix}, e.g. {@code entries[3]} + {@code term}. */
    public Violation under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, code, zh, en);
    }
}

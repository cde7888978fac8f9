package edu.yiban.sdk.plugin;

import edu.yiban.core.i18n.MessageBundle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One failure of a plugin's extension that the runtime contained: which plugin, which extension, on
 * which input, what went wrong, in Chinese and English.
 *
 * @param plugin    the plugin's id
 * @param extension the extension, e.g. {@code indicator:library-hours} or {@code archive-listener}
 * @param subject   the input it failed on (a 学号, an entry), when one
 * @param kind      what went wrong
 * @param zh        what went wrong, in Chinese
 * @param en        what went wrong, in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PluginFault(String plugin, String extension, Optional<String> subject, Kind kind, String zh, String en) {

    /** What went wrong. */
    public enum Kind {
        /** It threw. */
        THREW,
        /** It ran past its time budget. */
        TIMED_OUT,
        /** It gave something that is not a finite number (NaN, infinity, null). */
        NOT_A_NUMBER,
        /** It gave a number outside its declared range. */
        OUT_OF_RANGE
    }

    public PluginFault {
        Objects.requireNonNull(plugin, "plugin is null");
        Objects.requireNonNull(extension, "extension is null");
        subject = subject == null ? Optional.empty() : subject;
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(zh, "zh is null");
        Objects.requireNonNull(en, "en is null");
    }

    /** The message in {@code locale}'s language. */
    public String message(Locale locale) {
        return MessageBundle.choose(locale, zh, en);
    }
}

package edu.yiban.core.error;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the library throws on purpose.
 *
 * <p>Each exception carries a stable {@linkplain #code() error code} that programs can switch on, and a
 * sentence for people in Chinese and English ({@link #message(Locale)}). {@link #getMessage()} gives
 * both languages on one line, Chinese first, so a log read by campus staff or by a developer is
 * understood either way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class YibanException extends RuntimeException {
    private final String code;
    private final transient Text text;

    protected YibanException(String code, Text text) {
        this(code, text, null);
    }

    /** With the exception that caused it, or {@code null} when there is none. */
    protected YibanException(String code, Text text, @Nullable Throwable cause) {
        super(null, cause);
        this.code = Objects.requireNonNull(code, "code is null");
        this.text = Objects.requireNonNull(text, "text is null");
    }

    /** A stable code naming the kind of failure, e.g. {@code YB-CORE-INVALID}. */
    public String code() {
        return code;
    }

    /** The sentence alone (without the code) in the given language. */
    public String message(Locale locale) {
        return text.render(locale);
    }

    /** The sentence as a {@link Text}, for callers that render it later. */
    public Text text() {
        return text;
    }

    /** {@code [code] Chinese sentence | English sentence}, each as {@link #message(Locale)} gives it. */
    @Override
    public String getMessage() {
        return "[" + code + "] " + message(MessageBundle.ZH) + " | " + message(MessageBundle.EN);
    }

    /** {@code [code] sentence} in the JVM's default language, as {@link #message(Locale)} gives it. */
    @Override
    public String getLocalizedMessage() {
        return "[" + code + "] " + message(Locale.getDefault());
    }
}

package edu.yiban.core.validation;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks that value types run in their constructors, so that a malformed value never exists. Each
 * failure is an {@link InvalidInputException} naming the field and saying, in Chinese and English,
 * what was expected.
 *
 * <pre>{@code
 * public record StationCode(String value) {
 *     public StationCode {
 *         Checks.matches(value, "stationCode", PATTERN, LABEL, RULE);
 *     }
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Checks {
    private static final int SHOWN_CHARS = 40;

    private Checks() {
    }

    /** {@code value}, or, where it is null, a violation at {@code path} saying the field is required. */
    public static <T> T required(@Nullable T value, String path, Text label) {
        if (value == null) {
            throw InvalidInputException.of(path, CoreMessages.BUNDLE.text("check.required", label));
        }
        return value;
    }

    /** {@code value} if it matches {@code pattern} entirely; else a violation quoting it and the rule. */
    public static String matches(String value, String path, Pattern pattern, Text label, Text rule) {
        required(value, path, label);
        if (!pattern.matcher(value).matches()) {
            throw InvalidInputException.of(path, CoreMessages.BUNDLE.text("check.malformed", label, shown(value), rule));
        }
        return value;
    }

    /** {@code value} if {@code min <= value <= max}; else a violation naming the bounds. */
    public static long inRange(long value, String path, long min, long max, Text label) {
        if (value < min || value > max) {
            throw InvalidInputException.of(path, CoreMessages.BUNDLE.text("check.range", label, value, min, max));
        }
        return value;
    }

    /** A value quoted in a message, cut to a readable length. */
    public static String shown(String value) {
        return value.length() <= SHOWN_CHARS ? value : value.substring(0, SHOWN_CHARS) + "…";
    }
}

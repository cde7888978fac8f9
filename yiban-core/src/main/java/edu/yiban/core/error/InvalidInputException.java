package edu.yiban.core.error;

import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.i18n.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Input that breaks a rule: a malformed 学号, a missing field, a term outside a student's study.
 * Nothing was written. Every {@link Violation} names the field, row or record at fault and says in
 * Chinese and English what is wrong.
 *
 * <pre>{@code
 * try {
 *     archive.record(entry);
 * } catch (InvalidInputException e) {
 *     for (Violation v : e.violations()) {
 *         show(v.path(), v.message(Locale.SIMPLIFIED_CHINESE));
 *     }
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InvalidInputException extends YibanException {
    /** The error code of every invalid input. */
    public static final String CODE = "YB-CORE-INVALID";

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(CODE, CoreMessages.BUNDLE.text("input.invalid", violations.size()));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** One violation at {@code path}. */
    public static InvalidInputException of(String path, edu.yiban.core.i18n.Text text) {
        return new InvalidInputException(List.of(Violation.of(path, text)));
    }

    /** What was wrong, each naming its field, row or record. */
    public List<Violation> violations() {
        return violations;
    }

    /** The same violations found under {@code prefix}, e.g. the row of a batch. */
    public InvalidInputException under(String prefix) {
        return new InvalidInputException(violations.stream().map(v -> v.under(prefix)).toList());
    }

    /** The same violations, all found at {@code path} instead (a value read at a known place). */
    public InvalidInputException at(String path) {
        return new InvalidInputException(violations.stream().map(v -> v.at(path)).toList());
    }

    /** At most this many violations are written into {@link #message}; {@link #violations()} holds them all. */
    public static final int LISTED = 20;

    /**
     * "invalid input (n): path: message; path: message" in the given language: the first {@link #LISTED}
     * violations, then how many more there are.
     */
    @Override
    public String message(Locale locale) {
        String listed = violations.stream().limit(LISTED)
                .map(v -> v.path() + MessageBundle.choose(locale, "：", ": ") + v.message(locale))
                .collect(Collectors.joining(MessageBundle.choose(locale, "；", "; ")));
        int more = violations.size() - LISTED;
        return super.message(locale) + listed + (more > 0 ? CoreMessages.BUNDLE.render(locale, "input.more", more) : "");
    }
}

package edu.yiban.core.space;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import java.time.Duration;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * When members may sign in (签到) to an activity: from {@code opensBefore} before it starts until
 * {@code closesAfter} after it ends, the end excluded. {@link #DEFAULT} opens 30 minutes before the start
 * and closes at the end; an activity may set its own window.
 *
 * <pre>{@code
 * SignInWindow.DEFAULT                                          // [start − 30 min, end)
 * new SignInWindow(Duration.ofMinutes(10), Duration.ofMinutes(15)) // [start − 10 min, end + 15 min)
 * }</pre>
 *
 * @param opensBefore how long before the start sign-in opens, not negative
 * @param closesAfter how long after the end sign-in closes, not negative
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignInWindow(Duration opensBefore, Duration closesAfter) {
    /** The default window: from 30 minutes before the start to the end. */
    public static final SignInWindow DEFAULT = new SignInWindow(Duration.ofMinutes(30), Duration.ZERO);

    /** Refuses a missing or negative duration, naming it. */
    public SignInWindow {
        notNegative(opensBefore, "opensBefore");
        notNegative(closesAfter, "closesAfter");
    }

    /** When sign-in opens for an activity starting at {@code startsAt}. */
    public Instant opensAt(Instant startsAt) {
        return startsAt.minus(opensBefore);
    }

    /** When sign-in closes (the first instant it is refused) for an activity ending at {@code endsAt}. */
    public Instant closesAt(Instant endsAt) {
        return endsAt.plus(closesAfter);
    }

    private static void notNegative(Duration value, String field) {
        Checks.required(value, field, IdRules.label(field));
        if (value.isNegative()) {
            throw InvalidInputException.of(field, CoreMessages.BUNDLE.text("space.window.negative", IdRules.label(field), value.toString()));
        }
    }
}

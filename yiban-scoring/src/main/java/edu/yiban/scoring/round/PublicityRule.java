package edu.yiban.scoring.round;

import edu.yiban.core.validation.Checks;
import edu.yiban.scoring.internal.ScoringMessages;
import org.apiguardian.api.API;

/**
 * How long results are publicised (公示期): {@code days} days, counted as working days or calendar days.
 * The policy's default is 5 working days ({@link RoundPolicy#seed()}); a round's draft may name its own.
 *
 * @param days  how many days, 1 to {@value #MAX_DAYS}
 * @param count how they are counted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PublicityRule(int days, DayCount count) {
    /** The longest publicity, in days. */
    public static final int MAX_DAYS = 60;

    public PublicityRule {
        Checks.inRange(days, "days", 1, MAX_DAYS, ScoringMessages.label("days"));
        Checks.required(count, "count", ScoringMessages.label("count"));
    }

    /** {@code days} working days (工作日). */
    public static PublicityRule workingDays(int days) {
        return new PublicityRule(days, DayCount.WORKING_DAYS);
    }

    /** {@code days} calendar days (自然日). */
    public static PublicityRule calendarDays(int days) {
        return new PublicityRule(days, DayCount.CALENDAR_DAYS);
    }
}

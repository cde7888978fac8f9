package edu.yiban.core.space;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How many distinct members were active in one ISO week (周活跃成员): they posted, replied, voted or
 * signed in at least once that week.
 *
 * @param weekOf        the Monday that starts the ISO week
 * @param activeMembers how many members were active in it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record WeeklyActive(LocalDate weekOf, int activeMembers) {
    /** Checks that the week starts on a Monday and the count is not negative. */
    public WeeklyActive {
        Objects.requireNonNull(weekOf, "weekOf is null");
        if (weekOf.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("an ISO week starts on a Monday, not on " + weekOf);
        }
        if (activeMembers < 0) {
            throw new IllegalArgumentException("activeMembers is negative: " + activeMembers);
        }
    }

    /** The ISO week's name, e.g. {@code 2022-W41}. */
    public String isoWeek() {
        return String.format("%d-W%02d", weekOf.get(IsoFields.WEEK_BASED_YEAR), weekOf.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}

package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import org.apiguardian.api.API;

/**
 * A cohort (年级): the students who entered in one year, written {@code 2022级} on campus.
 *
 * @param entryYear the year of enrolment, 1949 to 2200
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Cohort(int entryYear) implements Comparable<Cohort> {
    /** The earliest entry year accepted. */
    public static final int MIN_YEAR = 1949;
    /** The latest entry year accepted. */
    public static final int MAX_YEAR = 2200;

    public Cohort {
        Checks.inRange(entryYear, "cohort", MIN_YEAR, MAX_YEAR, IdRules.label("cohort"));
    }

    /** The cohort of students who entered in {@code entryYear}. */
    public static Cohort of(int entryYear) {
        return new Cohort(entryYear);
    }

    @Override
    public int compareTo(Cohort other) {
        return Integer.compare(entryYear, other.entryYear);
    }

    @Override
    public String toString() {
        return Integer.toString(entryYear);
    }
}

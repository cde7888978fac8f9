package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An academic year (学年), written {@code 2022-2023}: it starts in the autumn of {@code startYear}.
 *
 * @param startYear the calendar year the academic year starts in, 1949 to 2200
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{4})");

    public AcademicYear {
        Checks.inRange(startYear, "academicYear", Cohort.MIN_YEAR, Cohort.MAX_YEAR, IdRules.label("academicYear"));
    }

    /** The academic year starting in {@code startYear}. */
    public static AcademicYear of(int startYear) {
        return new AcademicYear(startYear);
    }

    /** Parses {@code 2022-2023}; the second year must follow the first. */
    public static AcademicYear parse(String text) {
        IdRules.check(text, "academicYear", FORM, "academicYear");
        int start = Integer.parseInt(text.substring(0, 4));
        int end = Integer.parseInt(text.substring(5));
        if (end != start + 1) {
            throw IdRules.malformed(text, "academicYear", "academicYear");
        }
        return new AcademicYear(start);
    }

    /** The following academic year. */
    public AcademicYear next() {
        return new AcademicYear(startYear + 1);
    }

    /** The academic year's term {@code number} (1 = autumn, 2 = spring, …). */
    public TermId term(int number) {
        return new TermId(this, number);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }
}

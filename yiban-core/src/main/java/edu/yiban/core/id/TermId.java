package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A term (学期) of an academic year, written {@code 2022-2023-1}. Term 1 is the autumn term, 2 the
 * spring term; some campuses add a short summer term (小学期), so numbers 1 to {@value #MAX_NUMBER}
 * are accepted. The dates of a term are declared in the campus directory.
 *
 * @param year   the academic year
 * @param number the term's number within its year, 1 to {@value #MAX_NUMBER}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record TermId(AcademicYear year, int number) implements Comparable<TermId> {
    /** The highest term number a year may have. */
    public static final int MAX_NUMBER = 4;

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{1,2}");
    private static final Comparator<TermId> ORDER =
            Comparator.comparing(TermId::year).thenComparingInt(TermId::number);

    public TermId {
        Checks.required(year, "term", IdRules.label("term"));
        Checks.inRange(number, "term", 1, MAX_NUMBER, IdRules.label("termNumber"));
    }

    /** Parses {@code 2022-2023-1}. */
    public static TermId parse(String text) {
        IdRules.check(text, "term", FORM, "term");
        return new TermId(AcademicYear.parse(text.substring(0, 9)), Integer.parseInt(text.substring(10)));
    }

    @Override
    public int compareTo(TermId other) {
        return ORDER.compare(this, Objects.requireNonNull(other, "other is null"));
    }

    @Override
    public String toString() {
        return year + "-" + number;
    }
}

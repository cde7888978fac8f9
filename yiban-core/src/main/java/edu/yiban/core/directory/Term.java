package edu.yiban.core.directory;

import edu.yiban.core.id.TermId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A term (学期) with its first and last day, as the campus calendar declares it. Its first day lies in
 * its academic year's start year or the next, its last day on or after its first, and no two terms overlap.
 *
 * @param id    the term, e.g. {@code 2022-2023-1}
 * @param start its first day
 * @param end   its last day
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Term(@NotNull TermId id, @NotNull LocalDate start, @NotNull LocalDate end) {

    /** Whether {@code date} lies in the term, ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether the term shares a day with {@code from .. to} (ends included). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end.isBefore(from) && !start.isAfter(to);
    }
}

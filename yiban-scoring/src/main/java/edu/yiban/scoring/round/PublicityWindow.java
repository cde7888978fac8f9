package edu.yiban.scoring.round;

import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One publicity (公示) of a round's results: from its first day to its last, both inclusive. Appeals are
 * filed within it. A window is withdrawn (撤回) when an upheld appeal changes the results it showed; the
 * recomputed results are then publicised in a new window.
 *
 * @param computation  the computation publicised
 * @param from         the first day
 * @param until        the last day
 * @param rule         the rule its length was counted by
 * @param date         the day it was announced
 * @param by           who announced it
 * @param withdrawn    the day it was withdrawn, if it was
 * @param supersededBy the computation whose changed results withdrew it, if it was
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PublicityWindow(
        int computation,
        LocalDate from,
        LocalDate until,
        PublicityRule rule,
        LocalDate date,
        PersonId by,
        Optional<LocalDate> withdrawn,
        Optional<Integer> supersededBy) {

    public PublicityWindow {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(until, "until is null");
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(by, "by is null");
        withdrawn = withdrawn == null ? Optional.empty() : withdrawn;
        supersededBy = supersededBy == null ? Optional.empty() : supersededBy;
    }

    /** Whether {@code day} lies within the window (withdrawn or not). */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    /** Whether the window still stands: it was not withdrawn. */
    public boolean standing() {
        return withdrawn.isEmpty();
    }

    /** This window, withdrawn on {@code day} because computation {@code superseding} changed the results. */
    public PublicityWindow withdrawnOn(LocalDate day, int superseding) {
        return new PublicityWindow(computation, from, until, rule, date, by, Optional.of(day), Optional.of(superseding));
    }
}

package edu.yiban.org.tree;

import edu.yiban.core.id.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A person holding a campus office from a first day, until a last day if set. Charters read offices to
 * check who may sit where ("the leader is the party secretary").
 *
 * @param person who holds it
 * @param office the office
 * @param from   the first day
 * @param to     the last day, if set
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OfficeHolding(@NotNull PersonId person, @NotNull Office office, @NotNull LocalDate from, Optional<LocalDate> to) {
    public OfficeHolding {
        to = to == null ? Optional.empty() : to;
    }

    /** An office held from {@code from} on. */
    public static OfficeHolding of(PersonId person, Office office, LocalDate from) {
        return new OfficeHolding(person, office, from, Optional.empty());
    }

    /** Whether it is held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return !from.isAfter(date) && to.map(last -> !last.isBefore(date)).orElse(true);
    }
}

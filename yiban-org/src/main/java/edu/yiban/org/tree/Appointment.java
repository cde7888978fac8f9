package edu.yiban.org.tree;

import edu.yiban.core.id.PersonId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A person holding a position in an organisation node for a term of office (任期): from a first day,
 * until a last day if one is set. A concurrent post (兼任) is held beside the person's main job; a
 * post that is not concurrent is full-time (专职).
 *
 * <pre>{@code
 * tree.appoint(Appointment.of(centre, PersonId.of("S2001"), Position.DIRECTOR, LocalDate.of(2022, 6, 9)).concurrently());
 * }</pre>
 *
 * @param org        the node
 * @param person     who holds it
 * @param position   the position
 * @param from       the first day in office
 * @param to         the last day in office, if set
 * @param concurrent whether it is held concurrently (兼任) rather than full-time (专职)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Appointment(
        @NotNull OrgId org,
        @NotNull PersonId person,
        @NotNull Position position,
        @NotNull LocalDate from,
        Optional<LocalDate> to,
        boolean concurrent) {

    public Appointment {
        to = to == null ? Optional.empty() : to;
    }

    /** A full-time appointment from {@code from}, with no last day set. */
    public static Appointment of(OrgId org, PersonId person, Position position, LocalDate from) {
        return new Appointment(org, person, position, from, Optional.empty(), false);
    }

    /** The same appointment, held concurrently (兼任). */
    public Appointment concurrently() {
        return new Appointment(org, person, position, from, to, true);
    }

    /** The same appointment, ending after {@code lastDay}. */
    public Appointment until(LocalDate lastDay) {
        return new Appointment(org, person, position, from, Optional.ofNullable(lastDay), concurrent);
    }

    /** Whether it is held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return !from.isAfter(date) && to.map(last -> !last.isBefore(date)).orElse(true);
    }
}

package edu.yiban.org.internal.tree;

import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.OrgSnapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Ends and appointments a planner decided on together, written as one ledger batch or not at all, with
 * what the planner wants to say about them.
 *
 * @param result       the planner's account of the batch
 * @param endings      appointments to end, written first
 * @param appointments appointments to make, in order
 * @param <R>          the type of the account
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public record AppointmentBatch<R>(R result, List<Ending> endings, List<Appointment> appointments) {
    public AppointmentBatch {
        endings = List.copyOf(endings);
        appointments = List.copyOf(appointments);
    }

    /** The end of an appointment after {@code lastDay}. */
    public record Ending(AppointmentRef appointment, LocalDate lastDay) {
        public Ending {
            Objects.requireNonNull(appointment, "appointment is null");
            Objects.requireNonNull(lastDay, "lastDay is null");
        }
    }

    /**
     * What a planner sees: the organisation on the batch's day, and every appointment ever made in the
     * node, oldest first, each with the last day it ran (or will run) to.
     */
    public record View(OrgSnapshot snapshot, List<OrgSnapshot.Appointed> history) {
        public View {
            Objects.requireNonNull(snapshot, "snapshot is null");
            history = List.copyOf(history);
        }
    }

    /** The planner's account and the names of the appointments written, in order (none on a dry run). */
    public record Outcome<R>(R result, List<AppointmentRef> appointed) {
        public Outcome {
            appointed = List.copyOf(appointed);
        }
    }
}

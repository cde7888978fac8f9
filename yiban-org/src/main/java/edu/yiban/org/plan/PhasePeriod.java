package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgChecks;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The days a phase of the plan owns, by the plan's date rule (see {@link PlanPreset}): every day of the
 * plan belongs to at most one phase.
 *
 * @param phase the phase
 * @param start its first day
 * @param end   its last day, not before {@code start}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PhasePeriod(Phase phase, LocalDate start, LocalDate end) {
    public PhasePeriod {
        OrgChecks.required(phase, "phase");
        OrgChecks.required(start, "start");
        OrgChecks.required(end, "end");
        if (end.isBefore(start)) {
            throw OrgChecks.invalid("end", "plan.period.order", phase.id(), start, end);
        }
    }

    /** The phase's code. */
    public PhaseId id() {
        return phase.id();
    }

    /** Whether {@code date} lies in the period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}

package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgChecks;
import java.time.LocalDate;

/**
 * The days a phase of the plan owns, by the plan's date rule (see {@link PlanPreset}): every day of the
 * plan belongs to at most one phase.
 *
 * @param phase the phase
 * @param start its first day
 * @param end   its last day, not before {@code start}
 */
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

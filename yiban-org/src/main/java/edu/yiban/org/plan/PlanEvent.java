package edu.yiban.org.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.access.Access;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Subject;
import edu.yiban.core.ledger.append.RecordCodec;
import java.time.LocalDate;

/** The records of the {@code plan} stream. */
sealed interface PlanEvent {

    /** A milestone was added, planned from {@code date}. */
    record MilestoneAdded(MilestoneDefinition milestone, LocalDate date) implements PlanEvent {
    }

    /** A milestone's status changed. */
    record MilestoneStatusChanged(MilestoneId milestone, MilestoneStatusChange change) implements PlanEvent {
    }

    /** The codec of these records, with their stable type names. */
    static RecordCodec<PlanEvent> codec(ObjectMapper mapper, Access access) {
        return RecordCodec.builder(PlanEvent.class, mapper)
                .admission((stream, event) -> access.check(Action.PLAN_CHANGE, Subject.campus()))
                .add("plan.milestone-added", MilestoneAdded.class)
                .add("plan.milestone-status-changed", MilestoneStatusChanged.class)
                .build();
    }
}

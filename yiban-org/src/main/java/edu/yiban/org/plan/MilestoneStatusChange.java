package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgChecks;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A change of a milestone's status from {@code date} on (状态变更), kept as a record of the plan's stream.
 *
 * @param status the new status
 * @param date   the day it takes effect
 * @param note   what happened, as the centre writes it (may be empty)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MilestoneStatusChange(MilestoneStatus status, LocalDate date, @Size(max = 500) String note) {
    public MilestoneStatusChange {
        OrgChecks.required(status, "status");
        OrgChecks.required(date, "date");
        note = note == null ? "" : note;
    }

    /** A change with no note. */
    public MilestoneStatusChange(MilestoneStatus status, LocalDate date) {
        this(status, date, "");
    }
}

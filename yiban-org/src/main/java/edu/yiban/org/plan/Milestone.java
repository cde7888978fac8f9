package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgChecks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A milestone (里程碑) of the construction plan with its whole history of statuses, oldest first: it
 * starts {@link MilestoneStatus#PLANNED} on the day it was added, and every later change follows
 * {@link MilestoneStatus#next()} and is dated on or after the one before.
 *
 * <p>A milestone is <b>overdue on</b> a day when it was due before that day and its status on that day
 * was neither done nor dropped. Its status on a day is the last change dated on or before it, or
 * {@code PLANNED} before its first record (a milestone added late was planned all along).
 *
 * @param definition what the milestone is
 * @param history    its status changes, oldest first; the first is {@code PLANNED}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Milestone(MilestoneDefinition definition, List<MilestoneStatusChange> history) {
    public Milestone {
        OrgChecks.required(definition, "definition");
        history = OrgChecks.list(history, "history");
        if (history.isEmpty() || history.get(0).status() != MilestoneStatus.PLANNED) {
            throw OrgChecks.invalid("history[0]", "plan.milestone.first", definition.id());
        }
        for (int i = 1; i < history.size(); i++) {
            MilestoneStatusChange before = history.get(i - 1);
            MilestoneStatusChange change = history.get(i);
            if (!before.status().next().contains(change.status())) {
                throw OrgChecks.invalid("history[" + i + "].status", "plan.milestone.transition",
                        definition.id(), before.status().label(), change.status().label());
            }
            if (change.date().isBefore(before.date())) {
                throw OrgChecks.invalid("history[" + i + "].date", "plan.milestone.date",
                        definition.id(), change.date(), before.date());
            }
        }
    }

    /** A milestone planned on {@code date}. */
    public static Milestone planned(MilestoneDefinition definition, LocalDate date) {
        return new Milestone(definition, List.of(new MilestoneStatusChange(MilestoneStatus.PLANNED, date)));
    }

    /** The same milestone after {@code change}; refused if the status may not change so, or the date goes back. */
    public Milestone with(MilestoneStatusChange change) {
        List<MilestoneStatusChange> longer = new ArrayList<>(history);
        longer.add(OrgChecks.required(change, "change"));
        return new Milestone(definition, longer);
    }

    /** The milestone's code. */
    public MilestoneId id() {
        return definition.id();
    }

    /** Its phase. */
    public PhaseId phase() {
        return definition.phase();
    }

    /** Its due day. */
    public LocalDate due() {
        return definition.due();
    }

    /** Its current status. */
    public MilestoneStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** Its status on {@code date}: the last change dated on or before it, or {@code PLANNED} before the first. */
    public MilestoneStatus statusOn(LocalDate date) {
        MilestoneStatus status = MilestoneStatus.PLANNED;
        for (MilestoneStatusChange change : history) {
            if (change.date().isAfter(date)) {
                break;
            }
            status = change.status();
        }
        return status;
    }

    /** Whether it was due before {@code date} and, on {@code date}, neither done nor dropped. */
    public boolean isOverdueOn(LocalDate date) {
        return due().isBefore(date) && !statusOn(date).isClosed();
    }
}

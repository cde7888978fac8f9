package edu.yiban.org.plan;

import edu.yiban.core.YibanCore;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.org.internal.OrgMessages;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The construction plan (建设规划) of a campus's YiBan: its phases with their dates, from a
 * {@link PlanPreset}, and its milestones (里程碑) with due dates and statuses, kept on the ledger stream
 * {@code plan}. Every milestone and every change of its status is a record of that stream, so the
 * plan's history is kept and verifiable; opening a plan over a ledger that already holds the stream
 * rebuilds it.
 *
 * <p>A refused change writes nothing and says why in Chinese and English
 * ({@link edu.yiban.core.error.InvalidInputException}, {@link edu.yiban.core.error.NotFoundException},
 * {@link edu.yiban.core.error.ConflictException}). Thread-safe.
 *
 * <pre>{@code
 * ConstructionPlan plan = ConstructionPlan.open(core, PlanPreset.seed());
 * plan.phaseOn(LocalDate.of(2022, 8, 15));                        // 推广实施 promotion, 2022-08-01 … 2022-11-30
 * plan.addMilestone(new MilestoneDefinition(MilestoneId.of("online-classes"), PhaseId.of("promotion"),
 *         "全部班级建立网上班级", "Every class has its online class", LocalDate.of(2022, 11, 30)), LocalDate.of(2022, 8, 1));
 * plan.changeStatus(MilestoneId.of("online-classes"),
 *         new MilestoneStatusChange(MilestoneStatus.IN_PROGRESS, LocalDate.of(2022, 9, 5), "首批 40 个班级已建"));
 * List<Milestone> late = plan.overdueOn(LocalDate.of(2022, 12, 1));   // [online-classes]
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ConstructionPlan {

    /** A plan over {@code core}'s ledger with the phases of {@code preset}, the canonical JSON and the organisation's validator. */
    static ConstructionPlan open(YibanCore core, PlanPreset preset) {
        return new PlanService(WritableLedger.of(core.ledger()), PlanJson.MAPPER, OrgMessages.validator(), preset, core.access());
    }

    /** The preset the phases come from. */
    PlanPreset preset();

    /** Every phase with the days it owns, in order. */
    List<PhasePeriod> phases();

    /** The phase that owns {@code date} by the plan's date rule, if any (see {@link PlanPreset}). */
    Optional<PhasePeriod> phaseOn(LocalDate date);

    /** The phase {@code id} with its days. */
    Optional<PhasePeriod> phase(PhaseId id);

    /**
     * Adds a milestone, {@link MilestoneStatus#PLANNED} from {@code date}. Its code must be new, its phase
     * one of the plan's, its due date within the months its phase names.
     */
    Milestone addMilestone(MilestoneDefinition definition, LocalDate date);

    /** Changes a milestone's status as {@link MilestoneStatus#next()} allows, on or after its last change. */
    Milestone changeStatus(MilestoneId id, MilestoneStatusChange change);

    /** The milestone {@code id}. */
    Optional<Milestone> milestone(MilestoneId id);

    /** Every milestone, by due date, then code. */
    List<Milestone> milestones();

    /** The milestones of phase {@code phase}, by due date, then code. */
    List<Milestone> milestonesOf(PhaseId phase);

    /** The milestones overdue on {@code date}: due before it and, on it, neither done nor dropped; by due date, then code. */
    List<Milestone> overdueOn(LocalDate date);

    /** The version of the plan's stream. */
    long version();
}

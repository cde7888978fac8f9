package edu.yiban.org.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.YibanCore;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.org.Refused;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Milestones of the construction plan: kept on the {@code plan} stream, their statuses, and which are overdue. */
class ConstructionPlanTest {
    private static final MilestoneId SCHEME = MilestoneId.of("scheme");
    private static final MilestoneId TRAINING = MilestoneId.of("counsellor-training");
    private static final MilestoneId ONLINE_CLASSES = MilestoneId.of("online-classes");
    private static final PhaseId PREPARATION = PhaseId.of("preparation");
    private static final PhaseId PROMOTION = PhaseId.of("promotion");

    private final LedgerStore store = LedgerStore.inMemory();
    private final Clock clock = Clock.fixed(Instant.parse("2022-06-09T00:00:00Z"), ZoneOffset.UTC);
    private final YibanCore core = YibanCore.builder().store(store).clock(clock).build();
    private final Ledger ledger = core.ledger();
    private final ConstructionPlan plan = ConstructionPlan.open(core, PlanPreset.seed());

    private void threeMilestones() {
        plan.addMilestone(new MilestoneDefinition(SCHEME, PREPARATION, "制定易班建设方案和管理制度",
                "Scheme and rules drawn up", LocalDate.of(2022, 6, 30)), LocalDate.of(2022, 6, 9));
        plan.addMilestone(new MilestoneDefinition(TRAINING, PROMOTION, "辅导员、学生骨干统一培训",
                "Counsellors and student leaders trained", LocalDate.of(2022, 9, 30)), LocalDate.of(2022, 6, 9));
        plan.addMilestone(new MilestoneDefinition(ONLINE_CLASSES, PROMOTION, "全部班级建立网上班级",
                "Every class has its online class", LocalDate.of(2022, 11, 30)), LocalDate.of(2022, 6, 9));
    }

    @Test
    void theQueriesOfPhasesFollowThePreset() {
        assertThat(plan.phases()).hasSize(4);
        assertThat(plan.phaseOn(LocalDate.of(2022, 5, 1))).map(PhasePeriod::id).contains(PREPARATION);
        assertThat(plan.phaseOn(LocalDate.of(2022, 8, 15))).map(PhasePeriod::id).contains(PROMOTION);
        assertThat(plan.phaseOn(LocalDate.of(2023, 9, 1))).map(PhasePeriod::id).contains(PhaseId.of("substance-building"));
        assertThat(plan.phaseOn(LocalDate.of(2024, 9, 1))).isEmpty();
        assertThat(plan.phase(PROMOTION)).map(PhasePeriod::end).contains(LocalDate.of(2022, 11, 30));
    }

    @Test
    void aMilestoneStartsPlannedAndKeepsEveryStatusChangeWithItsDate() {
        threeMilestones();

        plan.changeStatus(ONLINE_CLASSES, new MilestoneStatusChange(MilestoneStatus.IN_PROGRESS, LocalDate.of(2022, 9, 5), "首批 40 个班级已建"));
        Milestone done = plan.changeStatus(ONLINE_CLASSES, new MilestoneStatusChange(MilestoneStatus.DONE, LocalDate.of(2022, 11, 20)));

        assertThat(done.status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(done.history()).extracting(MilestoneStatusChange::status, MilestoneStatusChange::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MilestoneStatus.PLANNED, LocalDate.of(2022, 6, 9)),
                org.assertj.core.groups.Tuple.tuple(MilestoneStatus.IN_PROGRESS, LocalDate.of(2022, 9, 5)),
                org.assertj.core.groups.Tuple.tuple(MilestoneStatus.DONE, LocalDate.of(2022, 11, 20)));
        assertThat(done.statusOn(LocalDate.of(2022, 10, 1))).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(plan.version()).isEqualTo(5);
        assertThat(ledger.read(StreamId.of("plan"), 1)).extracting(r -> r.type()).containsExactly(
                "plan.milestone-added", "plan.milestone-added", "plan.milestone-added",
                "plan.milestone-status-changed", "plan.milestone-status-changed");
    }

    @Test
    void theMilestonesOfAPhaseComeByDueDate() {
        threeMilestones();

        assertThat(plan.milestonesOf(PROMOTION)).extracting(Milestone::id).containsExactly(TRAINING, ONLINE_CLASSES);
        assertThat(plan.milestonesOf(PREPARATION)).extracting(Milestone::id).containsExactly(SCHEME);
        assertThat(plan.milestonesOf(PhaseId.of("substance-building"))).isEmpty();
        assertThat(plan.milestones()).extracting(Milestone::id).containsExactly(SCHEME, TRAINING, ONLINE_CLASSES);
    }

    @Test
    void aMilestoneIsOverdueOnADayAfterItsDueDateWhileItIsNeitherDoneNorDropped() {
        threeMilestones();
        plan.changeStatus(SCHEME, new MilestoneStatusChange(MilestoneStatus.DONE, LocalDate.of(2022, 7, 10), "晚了十天"));
        plan.changeStatus(TRAINING, new MilestoneStatusChange(MilestoneStatus.IN_PROGRESS, LocalDate.of(2022, 9, 1)));
        plan.changeStatus(ONLINE_CLASSES, new MilestoneStatusChange(MilestoneStatus.DROPPED, LocalDate.of(2022, 12, 5), "改由学院自建"));

        // on its due day a milestone is not yet overdue
        assertThat(plan.overdueOn(LocalDate.of(2022, 6, 30))).isEmpty();
        // the scheme was due 06-30 and done only on 07-10
        assertThat(plan.overdueOn(LocalDate.of(2022, 7, 1))).extracting(Milestone::id).containsExactly(SCHEME);
        assertThat(plan.overdueOn(LocalDate.of(2022, 7, 10))).isEmpty();
        // training due 09-30 is still in progress; the online classes, due 11-30, were dropped only on 12-05
        assertThat(plan.overdueOn(LocalDate.of(2022, 12, 1))).extracting(Milestone::id).containsExactly(TRAINING, ONLINE_CLASSES);
        assertThat(plan.overdueOn(LocalDate.of(2022, 12, 5))).extracting(Milestone::id).containsExactly(TRAINING);
    }

    @Test
    void aMilestoneDueOutsideTheMonthsOfItsPhaseIsRefusedAndNothingIsWritten() {
        // the shared boundary month counts for both phases' milestones: August 2022 is in 5月–8月
        plan.addMilestone(new MilestoneDefinition(SCHEME, PREPARATION, "方案", "Scheme", LocalDate.of(2022, 8, 31)), LocalDate.of(2022, 6, 9));

        Violation v = Refused.violation(() -> plan.addMilestone(new MilestoneDefinition(TRAINING, PREPARATION, "培训", "Training",
                LocalDate.of(2022, 9, 1)), LocalDate.of(2022, 6, 9)));
        assertThat(v.path()).isEqualTo("due");
        assertThat(v.zh()).isEqualTo("里程碑 counsellor-training 的截止日期 2022-09-01 不在其所属阶段 preparation 的月份内（2022-05-01 至 2022-08-31）");
        assertThat(v.en()).isEqualTo("milestone counsellor-training is due on 2022-09-01, outside the months of its phase preparation (2022-05-01 to 2022-08-31)");
        assertThat(plan.version()).isEqualTo(1);
    }

    @Test
    void aMilestoneOfAnUnknownPhaseOrATakenCodeIsRefused() {
        threeMilestones();

        assertThatThrownBy(() -> plan.addMilestone(new MilestoneDefinition(MilestoneId.of("x"), PhaseId.of("launch"), "x", "x",
                LocalDate.of(2022, 9, 1)), LocalDate.of(2022, 6, 9)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("the plan has no phase launch"));
        assertThatThrownBy(() -> plan.addMilestone(new MilestoneDefinition(SCHEME, PREPARATION, "x", "x",
                LocalDate.of(2022, 6, 1)), LocalDate.of(2022, 6, 9)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("plan.milestone.exists"));
        assertThat(plan.version()).isEqualTo(3);
    }

    @Test
    void aClosedMilestoneCannotChangeAndAChangeCannotGoBackInTime() {
        threeMilestones();
        plan.changeStatus(SCHEME, new MilestoneStatusChange(MilestoneStatus.IN_PROGRESS, LocalDate.of(2022, 6, 20)));

        assertThatThrownBy(() -> plan.changeStatus(SCHEME, new MilestoneStatusChange(MilestoneStatus.DONE, LocalDate.of(2022, 6, 19))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("里程碑 scheme 于 2022-06-19 的状态变更早于上一次变更（2022-06-20）");
                    assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("the status change of milestone scheme on 2022-06-19 is earlier than its last change, on 2022-06-20");
                });
        plan.changeStatus(SCHEME, new MilestoneStatusChange(MilestoneStatus.DONE, LocalDate.of(2022, 6, 28)));
        assertThatThrownBy(() -> plan.changeStatus(SCHEME, new MilestoneStatusChange(MilestoneStatus.IN_PROGRESS, LocalDate.of(2022, 7, 1))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("里程碑 scheme 当前为已完成，不能变为进行中");
                    assertThat(e.message(java.util.Locale.ENGLISH)).isEqualTo("milestone scheme is done and cannot become in progress");
                });
        assertThatThrownBy(() -> plan.changeStatus(MilestoneId.of("nope"), new MilestoneStatusChange(MilestoneStatus.DONE, LocalDate.of(2022, 7, 1))))
                .isInstanceOf(NotFoundException.class);
        assertThat(plan.version()).isEqualTo(5);
    }

    @Test
    void aPlanOpenedAgainOverTheSameStoreHasTheSameMilestonesAndTheChainVerifies() {
        threeMilestones();
        plan.changeStatus(SCHEME, new MilestoneStatusChange(MilestoneStatus.DONE, LocalDate.of(2022, 6, 28), "已印发"));
        plan.changeStatus(TRAINING, new MilestoneStatusChange(MilestoneStatus.DROPPED, LocalDate.of(2022, 8, 1)));

        ConstructionPlan reopened = ConstructionPlan.open(YibanCore.builder().store(store).build(), PlanPreset.seed());

        assertThat(reopened.milestones()).isEqualTo(plan.milestones());
        assertThat(reopened.version()).isEqualTo(plan.version());
        assertThat(reopened.overdueOn(LocalDate.of(2022, 12, 1))).isEqualTo(plan.overdueOn(LocalDate.of(2022, 12, 1)));
        assertThat(ledger.verify(StreamId.of("plan")).ok()).isTrue();
    }

    @Test
    void twoPlansOverOneStoreBothWriteAndTheLaterCatchesUp() {
        ConstructionPlan other = ConstructionPlan.open(YibanCore.builder().store(store).clock(clock).build(), PlanPreset.seed());
        plan.addMilestone(new MilestoneDefinition(SCHEME, PREPARATION, "方案", "Scheme", LocalDate.of(2022, 6, 30)), LocalDate.of(2022, 6, 9));

        other.addMilestone(new MilestoneDefinition(TRAINING, PROMOTION, "培训", "Training", LocalDate.of(2022, 9, 30)), LocalDate.of(2022, 6, 9));

        assertThat(other.milestones()).extracting(Milestone::id).containsExactly(SCHEME, TRAINING);
        assertThat(other.version()).isEqualTo(2);
        assertThat(ledger.verifyAll().ok()).isTrue();
    }
}

package edu.yiban.org.follow;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.YibanCore;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.budget.Budget;
import edu.yiban.org.budget.BudgetLine;
import edu.yiban.org.budget.BudgetPreset;
import edu.yiban.org.plan.ConstructionPlan;
import edu.yiban.org.plan.MilestoneDefinition;
import edu.yiban.org.plan.MilestoneId;
import edu.yiban.org.plan.PhaseId;
import edu.yiban.org.plan.PlanPreset;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan and the budget of two runtimes over one store (two app servers over one database): what one writes, the
 * other reads at once, and writes on top of.
 */
class TwoRuntimesOrgTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-06-09T00:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2022, 6, 9);

    @Test
    void aMilestoneAddedThroughOneRuntimeIsInTheOthersPlanAtOnce() {
        LedgerStore store = LedgerStore.inMemory();
        try (YibanCore a = core(store); YibanCore b = core(store)) {
            ConstructionPlan ours = ConstructionPlan.open(a, PlanPreset.seed());
            ConstructionPlan theirs = ConstructionPlan.open(b, PlanPreset.seed());

            theirs.addMilestone(new MilestoneDefinition(MilestoneId.of("scheme"), PhaseId.of("preparation"),
                    "制定易班建设方案和管理制度", "Scheme and rules drawn up", LocalDate.of(2022, 6, 30)), TODAY);
            assertThat(ours.milestones()).extracting(m -> m.id().value()).containsExactly("scheme");

            ours.addMilestone(new MilestoneDefinition(MilestoneId.of("training"), PhaseId.of("promotion"),
                    "辅导员、学生骨干统一培训", "Counsellors and student leaders trained", LocalDate.of(2022, 9, 30)), TODAY);
            assertThat(theirs.milestones()).extracting(m -> m.id().value()).containsExactlyInAnyOrder("scheme", "training");
        }
    }

    @Test
    void aYearPlannedThroughOneRuntimeIsInTheOthersBudgetAtOnce() {
        LedgerStore store = LedgerStore.inMemory();
        try (YibanCore a = core(store); YibanCore b = core(store)) {
            Budget ours = Budget.open(a, BudgetPreset.seed());
            Budget theirs = Budget.open(b, BudgetPreset.seed());

            theirs.planYear(Year.of(2023), List.of(BudgetLine.of("awards", "20000"), BudgetLine.of("hardware", "60000"),
                    BudgetLine.of("software-development", "80000"), BudgetLine.of("technical-services", "30000"),
                    BudgetLine.of("team-training", "40000"), BudgetLine.of("publicity-materials", "20000"),
                    BudgetLine.of("advertising-channels", "20000"), BudgetLine.of("offline-activities", "100000"),
                    BudgetLine.of("yiban-projects", "30000")));

            assertThat(ours.year(Year.of(2023))).isEqualTo(theirs.year(Year.of(2023))).isPresent();
        }
    }

    private static YibanCore core(LedgerStore store) {
        return YibanCore.builder().store(store).clock(CLOCK).build();
    }
}

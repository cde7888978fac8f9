package edu.yiban.org.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.access.AccessDeniedException;
import edu.yiban.core.access.Actor;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.plan.ConstructionPlan;
import edu.yiban.org.plan.MilestoneDefinition;
import edu.yiban.org.plan.MilestoneId;
import edu.yiban.org.plan.PhaseId;
import edu.yiban.org.plan.PlanPreset;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who may change the budget and the plan under the seed's policy: the budget is the leading group's and the heads of
 * department's; the plan is also the development centre's (school-level staff); a college's counsellor may change
 * neither, and a refusal writes nothing.
 */
class BudgetAccessTest {
    private static final PersonId LEADER = PersonId.of("L0001");
    private static final PersonId CENTRE_STAFF = PersonId.of("S0100");
    private static final PersonId COUNSELLOR = PersonId.of("T1001");

    private final YibanCore core = Colleges.campus(LedgerStore.inMemory(), 30, 20, 10);
    private final Budget budget = Budget.open(core, BudgetPreset.seed());
    private final ConstructionPlan plan = ConstructionPlan.open(core, PlanPreset.seed());

    BudgetAccessTest() {
        LocalDate day = LocalDate.of(2022, 9, 1);
        core.directory().register(new Person(LEADER, "孙书记", EnumSet.of(Role.SCHOOL_LEADER), Optional.of(StaffNo.of("L0001")), Optional.empty()));
        core.directory().register(new Person(CENTRE_STAFF, "郑老师", EnumSet.of(Role.STAFF), Optional.of(StaffNo.of("S0100")), Optional.empty()));
        core.directory().register(new Person(COUNSELLOR, "陈老师", EnumSet.of(Role.COUNSELLOR), Optional.of(StaffNo.of("T1001")),
                Optional.of(Colleges.EDU)));
    }

    @Test
    void onlyTheLeadingGroupPlansTheBudget() {
        assertThatThrownBy(() -> core.access().actingAs(Actor.of(CENTRE_STAFF), () -> budget.planYear(Year.of(2023), BudgetTest.lines2023())))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.message(MessageBundle.EN))
                        .isEqualTo("person S0100 may not manage the budget for the campus: no grant of the access policy allows it"));
        assertThat(core.ledger().streams()).noneMatch(s -> s.kind().equals("budget"));

        YearBudget planned = core.access().actingAs(Actor.of(LEADER), () -> budget.planYear(Year.of(2023), BudgetTest.lines2023()));
        assertThat(planned.total()).isEqualTo(Money.of("400000"));
        assertThat(core.audit().by(LEADER)).extracting(e -> e.type()).containsExactly("budget.year-planned");
    }

    @Test
    void theDevelopmentCentreKeepsThePlanAndACounsellorDoesNot() {
        MilestoneDefinition scheme = new MilestoneDefinition(MilestoneId.of("scheme"), PhaseId.of("preparation"), "制定易班建设方案和管理制度",
                "Scheme and rules drawn up", LocalDate.of(2022, 6, 30));
        assertThatThrownBy(() -> core.access().actingAs(Actor.of(COUNSELLOR), () -> plan.addMilestone(scheme, LocalDate.of(2022, 6, 9))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("管理建设计划");
        assertThat(core.ledger().version(StreamId.of("plan"))).isZero();

        core.access().actingAs(Actor.of(CENTRE_STAFF), () -> plan.addMilestone(scheme, LocalDate.of(2022, 6, 9)));
        assertThat(core.ledger().version(StreamId.of("plan"))).isEqualTo(1);
    }
}

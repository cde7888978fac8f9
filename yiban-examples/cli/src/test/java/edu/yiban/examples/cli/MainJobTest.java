package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.org.budget.Allocation;
import edu.yiban.org.budget.CollegeShare;
import edu.yiban.org.budget.Money;
import edu.yiban.scoring.round.RoundState;
import edu.yiban.sdk.Yiban;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main job on a small campus: the seed's organisation validates clean, the rounds reach final, the money adds up. */
class MainJobTest {
    private static Yiban yiban;
    private static MainJob.Outcome outcome;

    @BeforeAll
    static void run() {
        SimulationClock clock = MainJob.startClock();
        yiban = Yiban.builder().clock(clock).accessPolicy(edu.yiban.core.access.AccessPolicy.seed()).build();
        outcome = new MainJob(yiban, clock, new CampusSpec(240, 3, 11), Progress.on(new PrintWriter(new StringWriter()), false),
                MessageBundle.EN, Cli.TEXT).run();
    }

    @AfterAll
    static void close() {
        yiban.close();
    }

    @Test
    void theSeedsOrganisationBuiltWithNamedPeopleValidatesClean() {
        assertThat(outcome.violations()).isEmpty();
        assertThat(yiban.organisation().tree().validate(MainJob.BUDGET_DAY)).isEmpty();
        // the charter's 20 to 30 students, recommended by every college
        assertThat(outcome.organisation().stationStudents).hasSizeBetween(20, 30);
    }

    @Test
    void bothRoundsGoFromDraftThroughPublicityToFinal() {
        assertThat(outcome.studentRound().state()).isEqualTo(RoundState.FINAL);
        assertThat(outcome.collegeRound().state()).isEqualTo(RoundState.FINAL);
        assertThat(outcome.studentRound().publicity()).hasSize(1);
        assertThat(outcome.studentRound().finalisation().orElseThrow().date())
                .isAfter(outcome.studentRound().publicity().get(0).until());
    }

    @Test
    void everyAllocationAddsUpToItsAmountToTheFen() {
        List<Allocation> allocations = outcome.allocations();
        assertThat(allocations).hasSize(2);
        for (Allocation a : allocations) {
            Money sum = a.shares().stream().map(CollegeShare::amount).reduce(Money.ZERO, Money::plus);
            assertThat(sum).isEqualTo(a.amount());
            assertThat(a.shares()).hasSize(3);
        }
    }

    @Test
    void theTermLeavesActivityInEverySpaceAndEntriesFromEverySourceSystem() {
        assertThat(outcome.spaces().posts).isPositive();
        assertThat(outcome.spaces().replies).isPositive();
        assertThat(outcome.spaces().votes).isPositive();
        assertThat(outcome.spaces().signIns).isPositive();
        assertThat(outcome.archiveEntries()).containsKeys("academic-affairs", "student-affairs", "youth-league", "yiban");
        assertThat(outcome.verification().ok()).isTrue();
        assertThat(outcome.colleges().demonstration().chosen()).hasSizeBetween(1, 2);
    }
}

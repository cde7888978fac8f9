package edu.yiban.examples.cli;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.budget.Allocation;
import edu.yiban.org.budget.AllocationPolicies;
import edu.yiban.org.budget.AllocationRequest;
import edu.yiban.org.budget.Budget;
import edu.yiban.org.budget.BudgetCategoryId;
import edu.yiban.org.budget.BudgetLine;
import edu.yiban.org.budget.Money;
import edu.yiban.org.tree.CharterViolation;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.scoring.college.CollegeReport;
import edu.yiban.scoring.college.CollegeResult;
import edu.yiban.scoring.round.EvaluationRounds;
import edu.yiban.scoring.round.Round;
import edu.yiban.scoring.round.RoundDraft;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.EvaluationReport;
import edu.yiban.sdk.Yiban;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's main job on a runtime: builds the synthetic campus and the seed's organisation, simulates
 * the autumn term in the class spaces and the archives, evaluates the students and the colleges, runs
 * both evaluations as rounds from draft to final results, allocates the year's budget to the colleges
 * and verifies every hash chain. Every step runs on the {@link SimulationClock}, so the ledger is the
 * same record for record on every run with the same {@link CampusSpec}.
 */
final class MainJob {
    /** The year whose budget is planned and allocated. */
    static final Year BUDGET_YEAR = Year.of(2023);
    /** The day rounds are drafted, computed and publicised (the first day of the spring term). */
    static final LocalDate ROUND_DAY = SyntheticCampus.SPRING_START;
    /** The day the budget is allocated. */
    static final LocalDate BUDGET_DAY = LocalDate.of(2023, 3, 1);
    /** Rounds' codes. */
    static final RoundId STUDENT_ROUND = RoundId.of("2022-2023-1-zongce");
    static final RoundId COLLEGE_ROUND = RoundId.of("2022-2023-1-colleges");
    /** The share of an allocation given equally to every college before the rest goes per student. */
    static final BigDecimal BASE_FRACTION = new BigDecimal("0.3");

    /** The year's plan, by category of the seed's budget preset: 400,000.00 yuan in all. */
    static final List<BudgetLine> BUDGET_LINES = List.of(
            BudgetLine.of("hardware", "50000"), BudgetLine.of("software-development", "60000"),
            BudgetLine.of("technical-services", "30000"), BudgetLine.of("team-training", "30000"),
            BudgetLine.of("publicity-materials", "20000"), BudgetLine.of("advertising-channels", "20000"),
            BudgetLine.of("offline-activities", "120000"), BudgetLine.of("yiban-projects", "50000"),
            BudgetLine.of("awards", "20000"));

    /** What the job did, for the outputs and the summary. */
    record Outcome(CampusSpec spec, SeedOrganisation organisation, List<CharterViolation> violations,
                   ClassSpaceSimulation.Tally spaces, Map<String, Long> archiveEntries, EvaluationReport students,
                   AwardOutcome awards, CollegeReport colleges, Round studentRound, Round collegeRound, List<Allocation> allocations,
                   VerificationReport verification, Map<String, Long> millis) {
    }

    private final Yiban yiban;
    private final SimulationClock clock;
    private final CampusSpec spec;
    private final Progress progress;
    private final Locale locale;
    private final MessageBundle text;
    private final Map<String, Long> millis = new java.util.LinkedHashMap<>();

    MainJob(Yiban yiban, SimulationClock clock, CampusSpec spec, Progress progress, Locale locale, MessageBundle text) {
        this.yiban = yiban;
        this.clock = clock;
        this.spec = spec;
        this.progress = progress;
        this.locale = locale;
        this.text = text;
    }

    /** The clock the job starts on: a week before the term, when the directory is set up. */
    static SimulationClock startClock() {
        return new SimulationClock(SyntheticCampus.TERM_START.minusDays(10).atTime(9, 0));
    }

    Outcome run() {
        long t = System.nanoTime();
        Progress.Step step = progress.start(text.render(locale, "step.directory"), 2);
        SyntheticCampus campus = SyntheticCampus.build(yiban.campus(), spec);
        step.advance();
        YibanOrganisation organisation = yiban.organisation();
        SeedOrganisation org = SeedOrganisation.build(campus, organisation, spec);
        List<CharterViolation> violations = organisation.tree().validate(SyntheticCampus.TERM_END);
        step.done();
        t = lap("directory", t);

        List<SyntheticCampus.ClassPlan> classes = campus.classes();
        ClassSpaceSimulation spaces = new ClassSpaceSimulation(yiban.spaces(), clock, spec);
        step = progress.start(text.render(locale, "step.spaces"), classes.size());
        for (SyntheticCampus.ClassPlan plan : classes) {
            spaces.run(plan, campus.college(plan.college()).engagement(), campus.cadres.get(plan.id()));
            step.advance();
        }
        step.done();
        t = lap("spaces", t);

        clock.set(SyntheticCampus.TERM_END.plusDays(1), LocalTime.of(10, 0));
        ArchiveFeed feed = new ArchiveFeed(yiban.archives(), campus, org, spec);
        step = progress.start(text.render(locale, "step.archives"), classes.size());
        for (SyntheticCampus.ClassPlan plan : classes) {
            feed.feed(plan);
            step.advance();
        }
        step.done();
        t = lap("archives", t);

        clock.set(SyntheticCampus.TERM_END.plusDays(5), LocalTime.of(9, 0));
        step = progress.start(text.render(locale, "step.evaluate"), 2);
        EvaluationReport students = yiban.evaluateStudents(SyntheticCampus.TERM);
        AwardOutcome awards = awards(students.results(), yiban.scoring().awards());
        step.advance();
        CollegeReport colleges = yiban.scoring().colleges().run(yiban.core(), organisation, SyntheticCampus.TERM_START,
                SyntheticCampus.TERM_END, List.of());
        step.done();
        t = lap("evaluate", t);

        step = progress.start(text.render(locale, "step.rounds"), 4);
        PersonId staff = campus.fullTimeDeputy;
        EvaluationRounds rounds = yiban.scoring().rounds();
        clock.set(ROUND_DAY, LocalTime.of(9, 0));
        rounds.draft(RoundDraft.of(STUDENT_ROUND, bilingual("round.students.name"), RoundPeriod.of(SyntheticCampus.TERM),
                YibanScoring.STUDENTS, "1"), staff);
        rounds.draft(RoundDraft.of(COLLEGE_ROUND, bilingual("round.colleges.name"), RoundPeriod.of(SyntheticCampus.TERM),
                YibanScoring.COLLEGES, "1"), staff);
        rounds.compute(STUDENT_ROUND, staff);
        step.advance();
        rounds.compute(COLLEGE_ROUND, staff);
        step.advance();
        clock.set(ROUND_DAY, LocalTime.of(10, 0));
        rounds.publicise(STUDENT_ROUND, ROUND_DAY, staff);
        rounds.publicise(COLLEGE_ROUND, ROUND_DAY, staff);
        LocalDate after = rounds.round(STUDENT_ROUND).orElseThrow().standingPublicity().orElseThrow().until().plusDays(1);
        while (after.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || after.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            after = after.plusDays(1);
        }
        clock.set(after, LocalTime.of(9, 0));
        Round studentRound = rounds.finalise(STUDENT_ROUND, staff);
        step.advance();
        Round collegeRound = rounds.finalise(COLLEGE_ROUND, staff);
        step.done();
        t = lap("rounds", t);

        clock.set(BUDGET_DAY, LocalTime.of(9, 0));
        Budget budget = organisation.budget();
        budget.planYear(BUDGET_YEAR, BUDGET_LINES);
        List<Allocation> allocations = new ArrayList<>();
        allocations.add(budget.allocate(new AllocationRequest(BUDGET_YEAR, BudgetCategoryId.of("offline-activities"),
                Money.of("120000"), BUDGET_DAY), AllocationPolicies.basePlusPerCapita(BASE_FRACTION)));
        allocations.add(budget.allocate(new AllocationRequest(BUDGET_YEAR, BudgetCategoryId.of("yiban-projects"),
                Money.of("50000"), BUDGET_DAY, collegeScores(colleges)), AllocationPolicies.byScore()));
        t = lap("budget", t);

        step = progress.start(text.render(locale, "step.verify"), 1);
        VerificationReport verification = yiban.verify();
        step.done();
        lap("verify", t);
        return new Outcome(spec, org, violations, spaces.tally(), feed.bySource(), students, awards, colleges,
                studentRound, collegeRound, allocations, verification, millis);
    }

    /** Each college's total in {@code report}, the scores an allocation by score reads. */
    static Map<CollegeId, BigDecimal> collegeScores(CollegeReport report) {
        Map<CollegeId, BigDecimal> scores = new TreeMap<>();
        for (CollegeResult result : report.results()) {
            scores.put(CollegeId.of(result.college()), result.result().total());
        }
        return scores;
    }

    private Bilingual bilingual(String key) {
        return new Bilingual(text.render(MessageBundle.ZH, key), text.render(MessageBundle.EN, key));
    }

    private long lap(String name, long since) {
        long now = System.nanoTime();
        millis.put(name, (now - since) / 1_000_000);
        return now;
    }

    /**
     * The awards {@code policy} gives; none while a result is incomplete (a plugin failed under skip-and-mark):
     * such results decide nothing, {@link StudentResults#awards} refuses them, and the summary and files show them
     * marked instead.
     */
    static AwardOutcome awards(StudentResults results, AwardPolicy policy) {
        if (results.results().stream().allMatch(r -> r.result().complete())) {
            return results.awards(policy);
        }
        return new AwardOutcome(policy.id(), results.period(), List.of(), List.of());
    }
}

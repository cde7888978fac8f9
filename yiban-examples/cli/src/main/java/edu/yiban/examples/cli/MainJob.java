package edu.yiban.examples.cli;

import edu.yiban.core.access.AccessDeniedException;
import edu.yiban.core.access.Actor;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.visibility.Visibility;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
                   VerificationReport verification, Actors actors, AccessDeniedException refusal, Map<String, Long> millis) {
    }

    /**
     * How many records of the ledger each actor wrote, read from each record's leading {@code "@by"}: the campus systems
     * and the app one by one, the people together.
     *
     * @param systems  records by each campus system with no person behind it, by system
     * @param people   records by people (in person or through a system)
     * @param persons  how many people wrote them
     * @param app      records by the app itself
     * @param unknown  records that name no actor
     */
    record Actors(Map<SourceSystem, Long> systems, long people, long persons, long app, long unknown) {
        Actors {
            systems = Map.copyOf(systems);
        }

        /** The actors of every record {@code ledger} holds. */
        static Actors of(Ledger ledger) {
            Map<SourceSystem, Long> systems = new TreeMap<>();
            Map<PersonId, Long> people = new HashMap<>();
            long[] appAndUnknown = new long[2];
            ledger.replayAll(0, r -> {
                Optional<Actor> actor = RecordCodec.actorOf(r);
                if (actor.isEmpty()) {
                    appAndUnknown[1]++;
                } else if (actor.get().isApp()) {
                    appAndUnknown[0]++;
                } else if (actor.get().person().isPresent()) {
                    people.merge(actor.get().person().get(), 1L, Long::sum);
                } else {
                    systems.merge(actor.get().source().orElseThrow(), 1L, Long::sum);
                }
            });
            long byPeople = people.values().stream().mapToLong(Long::longValue).sum();
            return new Actors(systems, byPeople, people.size(), appAndUnknown[0], appAndUnknown[1]);
        }
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
        ClassSpaceSimulation spaces = new ClassSpaceSimulation(yiban.spaces(), yiban.core().access(), clock, spec);
        step = progress.start(text.render(locale, "step.spaces"), classes.size());
        for (SyntheticCampus.ClassPlan plan : classes) {
            spaces.run(plan, campus.college(plan.college()).engagement(), campus.cadres.get(plan.id()));
            step.advance();
        }
        step.done();
        t = lap("spaces", t);

        clock.set(SyntheticCampus.TERM_END.plusDays(1), LocalTime.of(10, 0));
        ArchiveFeed feed = new ArchiveFeed(yiban.archives(), yiban.core().access(), campus, org, spec);
        step = progress.start(text.render(locale, "step.archives"), classes.size());
        for (SyntheticCampus.ClassPlan plan : classes) {
            feed.feed(plan);
            step.advance();
        }
        AccessDeniedException refusal = refusal(campus);
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
        PersonId staff = campus.fullTimeDeputy; // school staff of no college, whom the seed lets run rounds and record their results
        EvaluationRounds rounds = yiban.scoring().rounds();
        Progress.Step roundSteps = step;
        List<Round> finals = yiban.core().access().actingAs(Actor.of(staff), () -> runRounds(rounds, staff, roundSteps));
        Round studentRound = finals.get(0);
        Round collegeRound = finals.get(1);
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
        Actors actors = Actors.of(yiban.core().ledger());
        step.done();
        lap("verify", t);
        return new Outcome(spec, org, violations, spaces.tally(), feed.bySource(), students, awards, colleges,
                studentRound, collegeRound, allocations, verification, actors, refusal, millis);
    }

    /**
     * Both rounds from draft to final, run by {@code staff}: drafted, computed and publicised on {@link #ROUND_DAY},
     * finalised on the first working day after the publicity; the finals, the students' round first.
     */
    private List<Round> runRounds(EvaluationRounds rounds, PersonId staff, Progress.Step step) {
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
        return List.of(studentRound, collegeRound);
    }

    /**
     * The policy's answer to a command it does not allow, shown once: the first class's counsellor records a grade for
     * a student of the class, and is refused (grades come from the academic affairs system alone); nothing is written.
     */
    private AccessDeniedException refusal(SyntheticCampus campus) {
        SyntheticCampus.ClassPlan first = campus.classes().get(0);
        PersonId counsellor = first.counsellor();
        StudentNo student = first.students().get(0);
        ArchiveEntry grade = ArchiveEntry.builder().date(SyntheticCampus.TERM_END.minusDays(5)).term(SyntheticCampus.TERM)
                .category(Category.ACADEMIC).source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(counsellor).visibility(Visibility.FAMILY)
                .title(CampusData.COURSES.get(0) + "：100分").attribute("course", "C1").attribute("credits", CampusData.CREDITS.get(0))
                .attribute("score", "100").build();
        try {
            yiban.core().access().actingAs(Actor.of(counsellor), () -> yiban.archives().of(student).record(grade));
        } catch (AccessDeniedException refused) {
            return refused;
        }
        throw new IllegalStateException("the access policy let counsellor " + counsellor + " record a grade for " + student);
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

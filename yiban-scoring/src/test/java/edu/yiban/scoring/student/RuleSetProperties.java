package edu.yiban.scoring.student;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.Category;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.Ranked;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the students' evaluation under any valid rule set ({@link ValidRuleSets}) over generated campuses
 * ({@link Scenario}, some students suspended, withdrawn or transferred during the year): every explanation adds up,
 * the results are the same bytes however often and on however many threads they are computed, a rule set reads back
 * from its JSON, and ranks are places 1 to n in the documented order. Both terms of 2022-2023 and the year are
 * evaluated.
 *
 * <p>The bugs the properties found are at the end, each as its smallest example, disabled until fixed; the shapes that
 * show them are left out of the generator meanwhile (see {@link ValidRuleSets}).
 */
class RuleSetProperties {
    private static final List<EvaluationPeriod> PERIODS = List.of(EvaluationPeriod.term(StudentCampus.T2022_1),
            EvaluationPeriod.term(StudentCampus.T2022_2), EvaluationPeriod.year(StudentCampus.Y2022));
    private static final ObjectMapper JSON = YibanScoringModule.newMapper();

    /** What happens to a student during 2022-2023 besides their entries. */
    enum Life {
        STUDYING,
        /** Suspended (休学) from enrolment, back on the spring term's first day: not evaluated in the autumn. */
        SUSPENDED_IN_AUTUMN,
        /** Withdrawn (退学) in the spring: evaluated in both terms. */
        WITHDRAWN_IN_SPRING,
        /** Moved to the next class (maybe another major, college or cohort) in the spring: grouped there for the spring and the year. */
        TRANSFERRED_IN_SPRING
    }

    /**
     * A campus and the rules it runs; shown with the rule set's JSON, so that a failing case can be read and replayed.
     *
     * @param rules    the rule set of 2022-2023
     * @param scenario the students and their entries
     * @param lives    what happens to each student, by their index (cycling)
     */
    record Case(RuleSet rules, Scenario scenario, List<Life> lives) {
        /** Builds the campus: the scenario's students and entries, then their lives. */
        void build(StudentCampus campus) {
            List<StudentNo> students = scenario.build(campus);
            for (int i = 0; i < students.size(); i++) {
                StudentNo student = students.get(i);
                var directory = campus.core.directory();
                switch (lives.get(i % lives.size())) {
                    case STUDYING -> {
                    }
                    case SUSPENDED_IN_AUTUMN -> {
                        directory.changeStatus(student, new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2022, 9, 1), "休学"));
                        directory.changeStatus(student, new StatusChange(StudentStatus.RESUMED, LocalDate.of(2023, 2, 20), "复学"));
                    }
                    case WITHDRAWN_IN_SPRING -> directory.changeStatus(student, new StatusChange(StudentStatus.WITHDRAWN, LocalDate.of(2023, 4, 3), "退学"));
                    case TRANSFERRED_IN_SPRING -> directory.transfer(student,
                            Scenario.CLASSES[(scenario.students().get(i).classIndex() + 1) % Scenario.CLASSES.length], LocalDate.of(2023, 3, 1));
                }
            }
        }

        StudentEvaluation evaluation(StudentCampus campus) {
            return ValidRuleSets.evaluation(campus, rules);
        }

        @Override
        public String toString() {
            return "rules: " + new String(YibanJson.write(JSON, rules), StandardCharsets.UTF_8) + "\n" + scenario + "\n" + lives;
        }
    }

    static Arbitrary<Case> cases(Arbitrary<RuleSet> rules) {
        Arbitrary<List<Life>> lives = Arbitraries.frequency(Tuple.of(12, Life.STUDYING), Tuple.of(1, Life.SUSPENDED_IN_AUTUMN),
                Tuple.of(1, Life.WITHDRAWN_IN_SPRING), Tuple.of(1, Life.TRANSFERRED_IN_SPRING)).list().ofMinSize(1).ofMaxSize(7);
        return Combinators.combine(rules, Scenario.scenarios(), lives, Arbitraries.integers().between(0, 2))
                .as((r, scenario, l, twins) -> new Case(r, withTwins(scenario, twins), l));
    }

    /** {@code scenario} with {@code twins} more students whose entries are the first student's, in the next classes: equal totals to rank. */
    private static Scenario withTwins(Scenario scenario, int twins) {
        List<Scenario.Pupil> students = new ArrayList<>(scenario.students());
        Scenario.Pupil first = students.get(0);
        for (int i = 0; i < twins; i++) {
            students.add(new Scenario.Pupil((first.classIndex() + i) % Scenario.CLASSES.length, first.entries()));
        }
        return new Scenario(students);
    }

    /** Campuses whose rule sets make some years from their terms. */
    @Provide
    Arbitrary<Case> cases() {
        return cases(ValidRuleSets.withYearsFromTerms());
    }

    /** Campuses whose rule sets make some years from their terms. */
    @Provide
    Arbitrary<Case> anyCases() {
        return cases(ValidRuleSets.withYearsFromTerms());
    }

    @Provide
    Arbitrary<RuleSet> ruleSets() {
        return ValidRuleSets.withYearsFromTerms();
    }

    // ------------------------------------------------------------------ 1. explanations add up

    @Property(tries = 200)
    void everyNodeOfEveryResultAddsUpToItsScoreExactlyAndAsShownAndEveryPartsLinesToItsPoints(@ForAll("cases") Case c) {
        try (StudentCampus campus = new StudentCampus()) {
            c.build(campus);
            StudentEvaluation evaluation = c.evaluation(campus);
            for (EvaluationPeriod period : PERIODS) {
                for (StudentResult r : evaluation.evaluate(period).results()) {
                    String at = period + " " + r.student().value();
                    Explanation root = r.result().explanation();

                    addsUp(root, at + ": " + root.code());

                    assertThat(root.scoreShown()).as("%s: the root as shown is the total", at).isEqualTo(r.total());
                    for (Part part : c.rules().parts().flatten()) {
                        if (fromTerms(r)) {
                            linesAddUpTermByTerm(r, part.code());
                            continue;
                        }
                        BigDecimal lines = r.lines(part.code()).stream().map(ItemLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                        assertThat(r.measure(StudentEvaluation.points(part.code())))
                                .as("%s: the lines of %s add up to points.%s", at, part.code(), part.code())
                                .hasValueSatisfying(points -> assertThat(lines).isEqualByComparingTo(points));
                    }
                }
            }
        }
    }

    /**
     * At {@code node} and below: the score is the sum of the children's contributions (each its weight × its score)
     * and the notes' amounts, exactly; the score as shown is the score to two decimals, half-up, and the sum of the
     * shown parts, each of which is its exact part rounded down or up to hundredths.
     */
    static void addsUp(Explanation node, String path) {
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal shown = BigDecimal.ZERO;
        for (Explanation child : node.children()) {
            String at = path + " > " + child.code();
            exact = exact.add(child.contribution());
            shown = shown.add(child.contributionShown());
            assertThat(child.contribution()).as("%s: contribution = weight × score", at).isEqualByComparingTo(child.weight().multiply(child.score()));
            assertThat(places(child.contributionShown())).as("%s: contribution shown to two decimals", at).isLessThanOrEqualTo(2);
            assertThat(child.contributionShown().subtract(child.contribution()).abs()).as("%s: contribution shown within a hundredth", at)
                    .isLessThan(new BigDecimal("0.01"));
        }
        for (Note note : node.notes()) {
            exact = exact.add(note.amount());
            shown = shown.add(note.shown());
            assertThat(places(note.shown())).as("%s: note %s shown to two decimals", path, note.code()).isLessThanOrEqualTo(2);
            assertThat(note.shown().subtract(note.amount()).abs()).as("%s: note %s shown within a hundredth", path, note.code())
                    .isLessThan(new BigDecimal("0.01"));
        }
        assertThat(node.score()).as("%s: score = Σ contributions + Σ amounts", path).isEqualByComparingTo(exact);
        assertThat(node.scoreShown()).as("%s: score shown = the score to two decimals, half-up", path)
                .isEqualTo(node.score().setScale(2, RoundingMode.HALF_UP));
        assertThat(node.scoreShown()).as("%s: score shown = Σ contributions shown + Σ shown", path).isEqualByComparingTo(shown);
        for (Explanation child : node.children()) {
            addsUp(child, path + " > " + child.code());
        }
    }

    private static int places(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    // ------------------------------------------------------------------ 2. byte-identical

    @Property(tries = 50)
    void theSameCampusAndRulesGiveTheSameBytesTwiceOnAnotherRuntimeAndFromFourThreadsAtOnce(@ForAll("anyCases") Case c) throws Exception {
        Map<EvaluationPeriod, byte[]> first = new LinkedHashMap<>();
        try (StudentCampus campus = new StudentCampus()) {
            c.build(campus);
            StudentEvaluation evaluation = c.evaluation(campus);
            for (EvaluationPeriod period : PERIODS) {
                first.put(period, YibanJson.write(JSON, evaluation.evaluate(period)));
                assertThat(YibanJson.write(JSON, evaluation.evaluate(period))).as("%s evaluated again", period).isEqualTo(first.get(period));
            }
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                for (EvaluationPeriod period : PERIODS) {
                    CyclicBarrier together = new CyclicBarrier(4);
                    List<Future<byte[]>> runs = new ArrayList<>();
                    for (int t = 0; t < 4; t++) {
                        runs.add(threads.submit(() -> {
                            together.await(30, TimeUnit.SECONDS);
                            return YibanJson.write(JSON, evaluation.evaluate(period));
                        }));
                    }
                    for (Future<byte[]> run : runs) {
                        assertThat(run.get(60, TimeUnit.SECONDS)).as("%s on one of 4 threads at once", period).isEqualTo(first.get(period));
                    }
                }
            } finally {
                threads.shutdownNow();
            }
        }
        try (StudentCampus again = new StudentCampus()) {
            c.build(again);
            StudentEvaluation evaluation = c.evaluation(again);
            for (EvaluationPeriod period : PERIODS) {
                assertThat(YibanJson.write(JSON, evaluation.evaluate(period))).as("%s on another runtime", period).isEqualTo(first.get(period));
            }
        }
    }

    // ------------------------------------------------------------------ 3. JSON

    @Property(tries = 1000)
    void everyValidRuleSetReadsBackFromItsJsonEqualAndWritesTheSameBytes(@ForAll("ruleSets") RuleSet rules) {
        byte[] bytes = YibanJson.write(JSON, rules);

        RuleSet back = RuleSet.fromJson(new ByteArrayInputStream(bytes));

        assertThat(back).isEqualTo(rules);
        assertThat(YibanJson.write(JSON, back)).isEqualTo(bytes);
        reach(rules);
    }

    /** What the generator made; a generator that no longer reaches a method, a modifier, a depth or a year rule fails here. */
    private static void reach(RuleSet rules) {
        rules.rules().forEach(r -> {
            Statistics.label("methods").collect(r.method().getClass().getSimpleName());
            r.team().ifPresent(t -> Statistics.label("modifiers").collect("team " + t.split()));
            r.prorate().ifPresent(p -> Statistics.label("modifiers").collect("prorate " + p));
            r.highestOnly().ifPresent(h -> Statistics.label("modifiers").collect("highest " + h.over()));
        });
        Statistics.label("depth").collect(depth(rules.parts()));
        RuleSet.YearRule year = rules.yearRule();
        Statistics.label("periods").collect(year.year() + (year.byDays() ? " by days" : year.termWeights().isEmpty() ? "" : " weighted"));
        Statistics.label("methods").coverage(k -> List.of("Table", "Recorded", "AttributeValue", "Formula", "SumBands", "TrimmedMean")
                .forEach(m -> k.check(m).count(n -> n > 0)));
        Statistics.label("modifiers").coverage(k -> List.of("team EQUAL", "team BY_PLACE", "prorate TERM", "prorate YEAR", "highest TERM",
                "highest PERIOD", "highest DAY").forEach(m -> k.check(m).count(n -> n > 0)));
        Statistics.label("depth").coverage(k -> List.of(1, 2, 3, 4).forEach(d -> k.check(d).count(n -> n > 0)));
        Statistics.label("periods").coverage(k -> List.of("RECORDS", "TERMS", "TERMS weighted", "TERMS by days")
                .forEach(p -> k.check(p).count(n -> n > 0)));
    }

    private static int depth(Part part) {
        return part.children().stream().mapToInt(c -> 1 + depth(c)).max().orElse(0);
    }

    // ------------------------------------------------------------------ 4. ranks

    @Property(tries = 40)
    void ranksInEveryGroupArePlaces1ToNByTotalThenTieBreakThenStudentNo(@ForAll("anyCases") Case c) {
        try (StudentCampus campus = new StudentCampus()) {
            c.build(campus);
            StudentEvaluation evaluation = c.evaluation(campus);
            for (EvaluationPeriod period : PERIODS) {
                StudentResults results = evaluation.evaluate(period);
                assertThat(results.tieBreak()).isEqualTo(c.rules().tieBreak());
                Map<String, StudentResult> byStudent = new HashMap<>();
                results.results().forEach(r -> byStudent.put(r.student().value(), r));
                Comparator<StudentResult> documented = Comparator.comparing(StudentResult::total).reversed();
                for (String part : c.rules().tieBreak()) {
                    documented = documented.thenComparing(Comparator.comparing((StudentResult r) -> r.score(part).orElse(BigDecimal.ZERO)).reversed());
                }
                documented = documented.thenComparing(r -> r.student().value());
                Statistics.label("equal totals").collect(results.results().stream().map(StudentResult::total).distinct().count()
                        < results.results().size());
                for (Grouping grouping : Grouping.values()) {
                    List<Ranked> ranks = results.ranks(grouping);
                    assertThat(ranks).extracting(Ranked::subject).as("%s by %s: everyone once", period, grouping)
                            .containsExactlyInAnyOrderElementsOf(byStudent.keySet());
                    Map<String, List<Ranked>> groups = new LinkedHashMap<>();
                    ranks.forEach(r -> groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
                    for (Map.Entry<String, List<Ranked>> group : groups.entrySet()) {
                        inOrder(group.getValue(), period + " " + grouping + " " + group.getKey(), group.getKey(), grouping, byStudent, documented);
                    }
                }
            }
        }
    }

    /** A group's places are 1 to n, each student's in their group, ordered as documented; equal totals share a place. */
    private static void inOrder(List<Ranked> members, String at, String group, Grouping grouping, Map<String, StudentResult> byStudent,
                                Comparator<StudentResult> documented) {
        assertThat(members).extracting(Ranked::rank).as("%s: places", at)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, members.size()).boxed().toList());
        assertThat(members).as("%s: of", at).allSatisfy(r -> assertThat(r.of()).isEqualTo(members.size()));
        for (int i = 0; i < members.size(); i++) {
            StudentResult here = byStudent.get(members.get(i).subject());
            assertThat(here.group(grouping)).as("%s: %s's group", at, here.student()).isEqualTo(group);
            if (i == 0) {
                assertThat(members.get(i).sharedRank()).as("%s: the first's shared place", at).isEqualTo(1);
                continue;
            }
            StudentResult before = byStudent.get(members.get(i - 1).subject());
            assertThat(documented.compare(before, here)).as("%s: %s before %s", at, before.student(), here.student()).isNegative();
            int shared = before.total().compareTo(here.total()) == 0 ? members.get(i - 1).sharedRank() : i + 1;
            assertThat(members.get(i).sharedRank()).as("%s: %s's shared place", at, here.student()).isEqualTo(shared);
        }
    }

    // ------------------------------------------------------------------ bugs found, smallest examples

    /** The total of one part {@code moral} with a weight and a base. */
    private static final String MORAL = """
            {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
              {"code": "moral", "name": {"zh": "德育", "en": "moral"}, "weight": %s, "base": %s}]}""";
    /** 1 point in {@code moral} for each award. */
    private static final String HONOUR = """
            {"code": "honour", "name": {"zh": "荣誉", "en": "honours"}, "category": "award", "part": "moral",
             "method": {"type": "table", "rows": [{"when": {}, "points": 1}]}}""";
    private static final String FROM_TERMS = "\"periods\": {\"year\": \"TERMS\"}";

    @Test
    void inAYearFromItsTermsATermsNodeAddsUpToItsScore() {
        try (StudentCampus campus = new StudentCampus()) {
            StudentNo li = campus.enrol("2022010101", "李明", StudentCampus.EDU2201);
            RuleSet rules = Rules.custom(MORAL.formatted("0.125", "61"), "", "", FROM_TERMS);

            Explanation autumn = Rules.own(campus, rules).evaluate(StudentCampus.Y2022).result(li).orElseThrow().result().explanation()
                    .find("2022-2023-1").orElseThrow();

            // the autumn's total: 0.125 × 61 = 7.625, published 7.63; the node 2022-2023-1 scores 7.63, but its one child
            // (the autumn's tree) contributes 7.625 and no note makes up the 0.005
            assertThat(autumn.score()).isEqualByComparingTo("7.63");
            assertThat(sum(autumn)).as("Σ contributions + Σ amounts at 2022-2023-1").isEqualByComparingTo("7.63");
        }
    }

    @Test
    void aYearFromItsTermsWeighedOneToTwoAddsUpExactly() {
        try (StudentCampus campus = new StudentCampus()) {
            StudentNo li = campus.enrol("2022010101", "李明", StudentCampus.EDU2201);
            RuleSet rules = Rules.custom(MORAL.formatted("1", "60"), HONOUR, "", "\"periods\": {\"year\": \"TERMS\", \"termWeights\": [1, 2]}");
            campus.record(li, campus.entry(StudentCampus.T2022_1, Category.AWARD));
            campus.record(li, campus.entry(StudentCampus.T2022_2, Category.AWARD));
            campus.record(li, campus.entry(StudentCampus.T2022_2, Category.AWARD));

            Explanation year = Rules.own(campus, rules).evaluate(StudentCampus.Y2022).result(li).orElseThrow().result().explanation();

            // autumn 60 + 1 = 61, spring 60 + 2 = 62; the year (1 × 61 + 2 × 62) / 3 = 185 / 3 = 61.666…, total 61.67.
            // Shown: score 61.66666666666666666667; the terms weigh 0.33333333333333333333 and 0.66666666666666666667 and
            // contribute 20.33333333333333333333 + 41.33333333333333333333 = 61.66666666666666666666, and
            // 0.33333333333333333333 × 61 = 20.33333333333333333313, not 20.33333333333333333333
            assertThat(year.score()).as("score = Σ contributions").isEqualByComparingTo(sum(year));
            assertThat(year.children()).allSatisfy(term -> assertThat(term.contribution()).as("contribution = weight × score")
                    .isEqualByComparingTo(term.weight().multiply(term.score())));
        }
    }

    @Test
    void theLinesOfAYearFromItsTermsAddUpTermByTermAndItsPointsAreTheTermsMean() {
        try (StudentCampus campus = new StudentCampus()) {
            StudentNo li = campus.enrol("2022010101", "李明", StudentCampus.EDU2201);
            RuleSet rules = Rules.custom(MORAL.formatted("1", "60"), HONOUR, "", FROM_TERMS);
            campus.record(li, campus.entry(StudentCampus.T2022_1, Category.AWARD));

            StudentResult year = Rules.own(campus, rules).evaluate(StudentCampus.Y2022).result(li).orElseThrow();

            // lines: the base 60.00 and an award 1.00 in 2022-2023-1, the base 60.00 in 2022-2023-2; each term's add up to
            // that term's points (61, 60); the year's points.moral is their mean, (61 + 60) / 2 = 60.5
            assertThat(year.lines("moral")).extracting(ItemLine::kind).containsExactly(ItemLine.Kind.BASE, ItemLine.Kind.ITEM, ItemLine.Kind.BASE);
            linesAddUpTermByTerm(year, "moral");
            assertThat(year.measure(StudentEvaluation.points("moral"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("60.5"));
        }
    }

    @Test
    void itemsWithoutTheHighestOnlyAttributeCountEachOnTheirOwn() {
        try (StudentCampus campus = new StudentCampus()) {
            StudentNo li = campus.enrol("2022010101", "李明", StudentCampus.EDU2201);
            RuleSet rules = Rules.custom(MORAL.formatted("1", "60"), """
                    {"code": "honour", "name": {"zh": "荣誉", "en": "honours"}, "category": "award", "part": "moral",
                     "method": {"type": "table", "rows": [{"when": {"level": "school"}, "points": 2}, {"when": {}, "points": 1}]},
                     "highestOnly": {"by": "project"}}""", "", "");
            campus.record(li, campus.entry(StudentCampus.T2022_1, Category.AWARD, "level", "school"));
            campus.record(li, campus.entry(StudentCampus.T2022_1, Category.AWARD, "level", "college"));

            StudentResult autumn = Rules.own(campus, rules).evaluate(StudentCampus.T2022_1).result(li).orElseThrow();

            // neither award names a project, so each counts: 60 + 2 + 1 = 63 (the engine counts only the higher: 62)
            assertThat(autumn.points("moral")).isEqualByComparingTo("63");
        }
    }

    /** Whether {@code r} is a year scored from its terms: its root's children are the terms. */
    private static boolean fromTerms(StudentResult r) {
        return !r.result().explanation().children().isEmpty()
                && r.result().explanation().children().stream().allMatch(c -> c.code().matches("\\d{4}-\\d{4}-\\d"));
    }

    /** In a year from its terms, each term's lines of {@code part} add up to that term's points, as its tree shows them. */
    private static void linesAddUpTermByTerm(StudentResult year, String part) {
        for (Explanation term : year.result().explanation().children()) {
            BigDecimal lines = year.lines(part).stream().filter(l -> l.term().map(t -> t.toString().equals(term.code())).orElse(false))
                    .map(ItemLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            Explanation node = term.find(part).orElseThrow();
            if (node.notes().stream().noneMatch(n -> n.kind() == Note.Kind.POINTS)) {
                continue;   // a part whose formula takes its points, or with no line of its own
            }
            BigDecimal points = node.notes().stream().filter(n -> n.kind() == Note.Kind.POINTS).map(Note::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(lines).as("%s: the lines of %s in %s add up to its points there", year.student().value(), part, term.code())
                    .isEqualByComparingTo(points);
        }
    }

    /** Σ children's contributions + Σ notes' amounts of {@code node}. */
    private static BigDecimal sum(Explanation node) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Explanation child : node.children()) {
            sum = sum.add(child.contribution());
        }
        for (Note note : node.notes()) {
            sum = sum.add(note.amount());
        }
        return sum;
    }
}

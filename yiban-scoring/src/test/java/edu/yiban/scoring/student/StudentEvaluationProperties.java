package edu.yiban.scoring.student;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the students' evaluation over generated campuses, by the example rules and the default system. */
class StudentEvaluationProperties {
    private static final List<EvaluationPeriod> PERIODS = List.of(EvaluationPeriod.term(StudentCampus.T2022_1),
            EvaluationPeriod.term(StudentCampus.T2022_2), EvaluationPeriod.year(StudentCampus.Y2022));
    private final ObjectMapper json = YibanScoringModule.newMapper();

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenario.scenarios();
    }

    @Property(tries = 25)
    void theSameArchivesGiveByteIdenticalResults(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(max = 2) int period) {
        byte[] first;
        try (StudentCampus campus = new StudentCampus()) {
            scenario.build(campus);
            first = YibanJson.write(json, campus.evaluation().evaluate(PERIODS.get(period)));
            assertThat(YibanJson.write(json, campus.evaluation().evaluate(PERIODS.get(period)))).isEqualTo(first);
        }
        try (StudentCampus again = new StudentCampus()) {
            scenario.build(again);
            assertThat(YibanJson.write(json, again.evaluation().evaluate(PERIODS.get(period)))).isEqualTo(first);
        }
    }

    @Property(tries = 25)
    void moreVolunteerHoursOrABetterGradeNeverLowerATotal(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(max = 1) int term,
                                                           @ForAll @IntRange(min = 1, max = 40) int hours, @ForAll @IntRange(max = 100) int score) {
        try (StudentCampus campus = new StudentCampus()) {
            List<StudentNo> students = scenario.build(campus);
            StudentNo student = students.get(0);
            EvaluationPeriod year = EvaluationPeriod.year(StudentCampus.Y2022);
            campus.record(student, campus.grade(Scenario.TERMS[term], "选修课", "2", Integer.toString(score)));
            BigDecimal before = total(campus, year, student);

            campus.record(student, campus.entry(Scenario.TERMS[term], Category.VOLUNTEER, "hours", Integer.toString(hours)));
            BigDecimal moreHours = total(campus, year, student);
            EntryRef grade = campus.core.archives().of(student).timeline(Viewer.of(PersonId.of(student.value()))).stream()
                    .filter(r -> r.entry().attribute("course").orElse("").equals("选修课")).findFirst().orElseThrow().ref();
            campus.core.archives().of(student).correct(grade, campus.grade(Scenario.TERMS[term], "选修课", "2", Integer.toString(Math.min(100, score + 15))), "复核");
            BigDecimal betterGrade = total(campus, year, student);

            assertThat(moreHours).isGreaterThanOrEqualTo(before);
            assertThat(betterGrade).isGreaterThanOrEqualTo(moreHours);
        }
    }

    private static BigDecimal total(StudentCampus campus, EvaluationPeriod period, StudentNo student) {
        return campus.evaluation().evaluate(period).result(student).orElseThrow().total();
    }

    @Property(tries = 25)
    void ranksInEveryGroupArePlaces1ToNInTheDocumentedOrder(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(max = 2) int period,
                                                             @ForAll Grouping grouping) {
        try (StudentCampus campus = new StudentCampus()) {
            scenario.build(campus);
            StudentResults results = campus.evaluation().evaluate(PERIODS.get(period));
            Map<String, SubjectResult> bySubject = new HashMap<>();
            results.results().forEach(r -> bySubject.put(r.student().value(), r.result()));
            Comparator<SubjectResult> documented = Comparator.comparing(SubjectResult::total).reversed()
                    .thenComparing(Comparator.comparing((SubjectResult r) -> node(r, "intellectual")).reversed())
                    .thenComparing(Comparator.comparing((SubjectResult r) -> node(r, "moral")).reversed())
                    .thenComparing(SubjectResult::subject);

            List<Ranked> ranks = results.ranks(grouping);

            assertThat(ranks).hasSameSizeAs(results.results());
            Map<String, List<Ranked>> groups = new HashMap<>();
            ranks.forEach(r -> groups.computeIfAbsent(r.group(), g -> new java.util.ArrayList<>()).add(r));
            groups.forEach((group, members) -> {
                assertThat(members).extracting(Ranked::rank).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, members.size()).boxed().toList());
                assertThat(members).allSatisfy(r -> assertThat(r.of()).isEqualTo(members.size()));
                for (int i = 1; i < members.size(); i++) {
                    assertThat(documented.compare(bySubject.get(members.get(i - 1).subject()), bySubject.get(members.get(i).subject())))
                            .as("%s before %s", members.get(i - 1).subject(), members.get(i).subject()).isNegative();
                }
            });
            results.results().forEach(r -> assertThat(ranks).filteredOn(k -> k.subject().equals(r.student().value()))
                    .singleElement().satisfies(k -> assertThat(k.group()).isEqualTo(r.group(grouping))));
        }
    }

    private static BigDecimal node(SubjectResult r, String code) {
        return r.explanation().find(code).map(Explanation::score).orElse(BigDecimal.ZERO);
    }

    @Property(tries = 30)
    void theColumnPassGivesTheRawValuesOfANaivePassOverEachArchive(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(max = 2) int period) {
        try (StudentCampus campus = new StudentCampus()) {
            scenario.build(campus);
            StudentEvaluator evaluation = (StudentEvaluator) campus.evaluation();
            EntryFeed naive = (term, inPeriod, tallies, book) -> tallies.forEach((student, tally) -> {
                for (ArchiveRecord r : campus.core.archives().of(student).timeline(Viewer.of(PersonId.of(student.value())), term.id())) {
                    ArchiveEntry e = r.entry();
                    tally.add(r.ref().sequence(), e.dimension().map(Enum::ordinal).orElse(ArchiveColumns.NO_DIMENSION),
                            e.points().map(p -> (int) p.hundredths()).orElse(ArchiveColumns.NO_POINTS), book.compile(e.category(), e.attributes()));
                }
            });
            EvaluationPeriod p = PERIODS.get(period);

            RawValues byColumns = evaluation.rawValues(p);
            RawValues byEntries = evaluation.pass(evaluation.book(p), p, naive).raw();

            assertThat(byColumns).isEqualTo(byEntries);
            assertThat(byColumns.subjects()).hasSize(scenario.students().size());
        }
    }
}

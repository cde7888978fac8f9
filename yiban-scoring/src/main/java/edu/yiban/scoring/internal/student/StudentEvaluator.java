package edu.yiban.scoring.internal.student;

import edu.yiban.core.InvalidInputException;
import edu.yiban.core.NotFoundException;
import edu.yiban.core.Violation;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.student.EvaluationPeriod;
import edu.yiban.scoring.student.ExtraMeasures;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.scoring.system.ExternalNormaliser;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.scoring.system.SystemNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;

/** The students' evaluation over a directory and its archives (see {@link StudentEvaluation}). */
public final class StudentEvaluator implements StudentEvaluation {
    private final CampusDirectory directory;
    private final GrowthArchives archives;
    private final RuleSets rules;
    private final GradeScale scale;
    private final IndicatorSystem system;
    private final Map<AcademicYear, IndicatorSystem> systemsByYear;
    private final List<String> tieBreak;
    private final List<ExtraMeasures> extra;
    private final Map<String, ExternalNormaliser> normalisers;

    public StudentEvaluator(CampusDirectory directory, GrowthArchives archives, RuleSets rules, GradeScale scale,
                            IndicatorSystem system, Map<AcademicYear, IndicatorSystem> systemsByYear, List<String> tieBreak,
                            List<ExtraMeasures> extra, Map<String, ExternalNormaliser> normalisers) {
        if (rules == null) {
            throw ScoringMessages.invalid("rules", "student.rules.none");
        }
        List<Violation> found = new ArrayList<>();
        List<IndicatorSystem> systems = new ArrayList<>(systemsByYear.values());
        systems.add(0, system);
        for (int i = 0; i < tieBreak.size(); i++) {
            for (IndicatorSystem s : systems) {
                if (!has(s.root(), tieBreak.get(i))) {
                    found.add(RuleChecks.violation("tieBreak[" + i + "]", "student.tie-break.node", tieBreak.get(i), s.id()));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        this.directory = directory;
        this.archives = archives;
        this.rules = rules;
        this.scale = scale;
        this.system = system;
        this.systemsByYear = Map.copyOf(systemsByYear);
        this.tieBreak = List.copyOf(tieBreak);
        this.extra = List.copyOf(extra);
        this.normalisers = Map.copyOf(normalisers);
    }

    private static boolean has(SystemNode node, String code) {
        return node.code().equals(code) || node.children().stream().anyMatch(c -> has(c, code));
    }

    @Override
    public StudentResults evaluate(TermId term) {
        return evaluate(EvaluationPeriod.term(term));
    }

    @Override
    public StudentResults evaluate(AcademicYear year) {
        return evaluate(EvaluationPeriod.year(year));
    }

    @Override
    public StudentResults evaluate(EvaluationPeriod period) {
        IndicatorSystem system = systemsByYear.getOrDefault(period.year(), this.system);
        RuleBook book = book(period);
        reads(book, system);
        Pass pass = pass(book, period, EntryFeed.columns(archives.columns()));
        List<SubjectResult> evaluated = system.evaluate(withExtra(pass.raw(), period), normalisers);
        List<StudentResult> results = new ArrayList<>(evaluated.size());
        int i = 0;
        for (Subject subject : pass.subjects.values()) {
            SubjectResult result = evaluated.get(i++);
            if (!result.subject().equals(subject.tallied.student().value())) {
                throw new IllegalStateException("results out of order at " + result.subject());
            }
            AdminClass c = subject.adminClass;
            results.add(new StudentResult(subject.tallied.student(), c.id(), c.major(), c.college(), c.cohort(), result,
                    subject.tallied.academic(), subject.tallied.lines()));
        }
        RuleSet set = pass.book.ruleSet();
        return new StudentResults(period, set.id(), set.version(), system.id(), system.version(), tieBreak,
                system.gates().stream().map(Gate::code).toList(), results);
    }

    @Override
    public RawValues rawValues(EvaluationPeriod period) {
        return withExtra(pass(book(period), period, EntryFeed.columns(archives.columns())).raw(), period);
    }

    /**
     * {@code raw} with the extra measures of its students merged in (extras never replace the rules' own),
     * and what each extra source failed to measure for them.
     */
    private RawValues withExtra(RawValues raw, EvaluationPeriod period) {
        if (extra.isEmpty()) {
            return raw;
        }
        RawValues.Builder merged = RawValues.builder();
        raw.subjects().forEach((student, measures) -> {
            merged.subject(student);
            measures.forEach((code, m) -> merged.put(student, code, m));
        });
        SortedSet<String> students = new TreeSet<>(raw.subjects().keySet());
        for (ExtraMeasures source : extra) {
            RawValues measured = source.measure(period, students);
            measured.subjects().forEach((student, measures) -> {
                if (students.contains(student)) {
                    measures.forEach((code, m) -> {
                        if (source.indicators().contains(code) && raw.get(student, code).isEmpty()) {
                            merged.put(student, code, m);
                        }
                    });
                }
            });
            carryFailures(measured, students, merged);
        }
        return merged.build();
    }

    /** The failures of {@code measured} for {@code students}, with the sources that failed, into {@code merged}. */
    private static void carryFailures(RawValues measured, Set<String> students, RawValues.Builder merged) {
        measured.failed().forEach((student, codes) -> {
            if (students.contains(student)) {
                codes.forEach(code -> merged.failed(student, code));
            }
        });
        measured.failedBy().forEach(merged::failedBy);
    }

    /**
     * The rules of {@code period}'s academic year with the grade scale.
     *
     * @throws NotFoundException when the year has no rule set
     */
    public RuleBook book(EvaluationPeriod period) {
        return new RuleBook(rules.require(period.year()), scale);
    }

    /**
     * Tallies every student evaluated in {@code period} by {@code book} from the entries {@code feed} gives, term by term.
     *
     * @throws NotFoundException     when the term is not declared
     * @throws InvalidInputException when entries cannot be read by the rules (each named)
     */
    public Pass pass(RuleBook book, EvaluationPeriod period, EntryFeed feed) {
        List<Term> terms = terms(period);
        SortedMap<String, Subject> subjects = new TreeMap<>();
        if (terms.isEmpty()) {
            return new Pass(book, subjects);
        }
        LocalDate first = terms.get(0).start();
        LocalDate last = terms.get(terms.size() - 1).end();
        List<Violation> problems = new ArrayList<>();
        Map<StudentNo, Tally> tallies = new TreeMap<>(Comparator.comparing(StudentNo::value));
        Map<StudentNo, AdminClass> classes = new TreeMap<>(Comparator.comparing(StudentNo::value));
        for (Student student : directory.students()) {
            if (studyingDuring(student, first, last)) {
                tallies.put(student.studentNo(), new Tally(student.studentNo(), book, problems));
                classes.put(student.studentNo(), directory.adminClass(student.classOn(last)).orElseThrow());
            }
        }
        List<TermSpan> spans = terms.stream().map(TermSpan::of).toList();
        feed.period(spans);
        for (TermSpan span : spans) {
            tallies.values().forEach(t -> t.startTerm(span));
            feed.term(span, tallies, book);
            tallies.values().forEach(Tally::endTerm);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Violation::path));
            throw new InvalidInputException(problems);
        }
        tallies.forEach((student, tally) -> subjects.put(student.value(), new Subject(tally.finish(), classes.get(student))));
        return new Pass(book, subjects);
    }

    /** Refuses a system that reads an indicator the evaluation does not produce under {@code book}. */
    private void reads(RuleBook book, IndicatorSystem system) {
        Set<String> produced = RuleChecks.reserved();
        produced.addAll(book.severities());
        extra.forEach(source -> produced.addAll(source.indicators()));
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < system.indicators().size(); i++) {
            Indicator indicator = system.indicators().get(i);
            if (!produced.contains(indicator.code())) {
                found.add(RuleChecks.violation("system.indicators[" + i + "].code", "student.system.indicator", indicator.code()));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    private List<Term> terms(EvaluationPeriod period) {
        if (period.term().isPresent()) {
            TermId id = period.term().get();
            Optional<Term> term = directory.term(id);
            if (term.isEmpty()) {
                throw new NotFoundException(ScoringMessages.BUNDLE.text("student.term.unknown", id.toString()));
            }
            return List.of(term.get());
        }
        return directory.terms().stream().filter(t -> t.id().year().equals(period.year())).toList();
    }

    /** Whether {@code student} was studying (在读 or 复学) on at least one day of {@code from .. to}. */
    static boolean studyingDuring(Student student, LocalDate from, LocalDate to) {
        if (student.statusOn(from).map(s -> s.isStudying()).orElse(false)) {
            return true;
        }
        for (StatusChange change : student.statuses()) {
            // the status a day ends with: the last of that day's changes
            if (!change.date().isBefore(from) && !change.date().isAfter(to) && student.statusOn(change.date()).orElseThrow().isStudying()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A period tallied: the rules, and every student evaluated with their class, by 学号.
     *
     * @param book     the rules
     * @param subjects the students, by 学号
     */
    public record Pass(RuleBook book, SortedMap<String, Subject> subjects) {
        /** The raw values of every student evaluated. */
        public RawValues raw() {
            RawValues.Builder raw = RawValues.builder();
            subjects.forEach((student, subject) -> {
                raw.subject(student);
                subject.tallied.measures().forEach((indicator, measure) -> raw.put(student, indicator, measure));
            });
            return raw.build();
        }
    }

    /**
     * One student tallied.
     *
     * @param tallied   their lines and raw values
     * @param adminClass their class on the period's last day
     */
    public record Subject(Tally.Tallied tallied, AdminClass adminClass) {
    }
}

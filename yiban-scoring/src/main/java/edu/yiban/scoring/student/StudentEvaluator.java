package edu.yiban.scoring.student;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.formula.Rational;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.system.ExternalNormaliser;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.scoring.system.SystemNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The students' evaluation over a directory and its archives (see {@link StudentEvaluation}). */
final class StudentEvaluator implements StudentEvaluation {
    /** Scores kept for tie-breaks of a year made of its terms: ample for any mean of two-decimal scores. */
    private static final int MEAN_SCALE = 20;
    /** How many periods' rosters are kept. */
    private static final int ROSTERS = 32;

    private final CampusDirectory directory;
    private final GrowthArchives archives;
    private final RuleSets rules;
    private final GradeScale scale;
    private final @Nullable IndicatorSystem system;
    private final Map<AcademicYear, IndicatorSystem> systemsByYear;
    private final @Nullable List<String> tieBreak;
    private final List<ExtraMeasures> extra;
    private final Map<String, ExternalNormaliser> normalisers;
    /** Rule books by rule set, and what each compiles to for the archives' columns (empty: not compiled). */
    private final IdentityHashMap<RuleSet, RuleBook> books = new IdentityHashMap<>();
    private final IdentityHashMap<RuleBook, Optional<CompiledRules>> compiledBooks = new IdentityHashMap<>();
    /** The rosters of recent periods, by directory version and dates. */
    private final Map<String, Roster> rosters = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Roster> eldest) {
            return size() > ROSTERS;
        }
    };

    /**
     * @param rules    the rule sets by academic year; null (none given to the builder) is refused
     * @param system   the indicator system scoring every year without one of its own, or null: each rule set's parts score
     * @param tieBreak the tie-break nodes, or null: each rule set's own (or none under a system)
     * @throws edu.yiban.core.error.InvalidInputException when {@code rules} is null, or the checks below find a fault
     */
    public StudentEvaluator(CampusDirectory directory, GrowthArchives archives, @Nullable RuleSets rules, GradeScale scale,
                            @Nullable IndicatorSystem system, Map<AcademicYear, IndicatorSystem> systemsByYear, @Nullable List<String> tieBreak,
                            List<ExtraMeasures> extra, Map<String, ExternalNormaliser> normalisers) {
        if (rules == null) {
            throw ScoringMessages.invalid("rules", "student.rules.none");
        }
        this.directory = directory;
        this.archives = archives;
        this.rules = rules;
        this.scale = scale;
        this.system = system;
        this.systemsByYear = Map.copyOf(systemsByYear);
        this.tieBreak = tieBreak == null ? null : List.copyOf(tieBreak);
        this.extra = List.copyOf(extra);
        this.normalisers = Map.copyOf(normalisers);
        check();
    }

    /**
     * Refuses, naming each fault: a rule set reading an outside indicator no source measures (naming the plugin its
     * declaration says would); a system reading an indicator neither its year's rules nor a source produce; a
     * tie-break node a year's scoring does not have.
     */
    private void check() {
        List<Violation> found = new ArrayList<>();
        Set<String> measured = new HashSet<>();
        extra.forEach(source -> measured.addAll(source.indicators()));
        for (RuleSet set : rules.all()) {
            String at = "ruleSets[" + set.year() + "]";
            for (int i = 0; i < set.indicators().size(); i++) {
                Indicator indicator = set.indicators().get(i);
                if (!measured.contains(indicator.code())) {
                    found.add(unproduced(at + ".indicators[" + i + "]", set.id(), indicator));
                }
            }
            Set<String> produced = new RuleBook(set, scale).produced();
            produced.addAll(measured);
            IndicatorSystem yearSystem = systemFor(set.year());
            if (yearSystem != null) {
                for (int i = 0; i < yearSystem.indicators().size(); i++) {
                    Indicator indicator = yearSystem.indicators().get(i);
                    if (!produced.contains(indicator.code())) {
                        found.add(unproduced("system.indicators[" + i + "]", yearSystem.id(), indicator));
                    }
                }
            }
            List<String> nodes = tieBreak(set, yearSystem);
            for (int i = 0; i < nodes.size(); i++) {
                boolean has = yearSystem == null ? set.part(nodes.get(i)).isPresent() : has(yearSystem.root(), nodes.get(i));
                if (!has) {
                    found.add(RuleChecks.violation("tieBreak[" + i + "]", "student.tie-break.node", nodes.get(i),
                            yearSystem == null ? set.id() : yearSystem.id()));
                }
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** The fault of an indicator nothing produces, naming the plugin its source says would, if it names one. */
    private static Violation unproduced(String path, String reader, Indicator indicator) {
        String source = indicator.source();
        if (source.startsWith("plugin:")) {
            return RuleChecks.violation(path, "student.indicator.plugin", reader, indicator.code(), source.substring("plugin:".length()));
        }
        return RuleChecks.violation(path, "student.system.indicator", indicator.code(), reader);
    }

    /** The system scoring {@code year}, or null when its rule set's parts score it. */
    private @Nullable IndicatorSystem systemFor(AcademicYear year) {
        return systemsByYear.getOrDefault(year, system);
    }

    private List<String> tieBreak(RuleSet set, @Nullable IndicatorSystem yearSystem) {
        if (tieBreak != null) {
            return tieBreak;
        }
        return yearSystem == null ? set.tieBreak() : List.of();
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
        if (period.isGraduation()) {
            return graduation(period);
        }
        RuleSet set = rules.require(period.year());
        if (!period.isTerm() && set.yearRule().year() == RuleSet.YearRule.From.TERMS) {
            return byTerms(set, period);
        }
        return unit(set, period);
    }

    @Override
    public RawValues rawValues(EvaluationPeriod period) {
        return withExtra(pass(book(period), period, EntryFeed.columns(archives.columns())).raw(), period);
    }

    /** One period scored at once: a term, or a year from its records. */
    private StudentResults unit(RuleSet set, EvaluationPeriod period) {
        IndicatorSystem yearSystem = systemFor(period.year());
        RuleBook book = book(set);
        if (yearSystem == null && extra.isEmpty()) {
            CompactResults compiled = compiled(book, period);
            if (compiled != null) {
                return new StudentResults(period, set.id(), set.version(), set.id(), set.version(), tieBreak(set, null), gates(set, null), compiled);
            }
        }
        Pass pass = pass(book, period, EntryFeed.columns(archives.columns()));
        RawValues raw = withExtra(pass.raw(), period);
        List<SubjectResult> bySystem = yearSystem == null ? null : yearSystem.evaluate(raw, normalisers);
        PartScorer scorer = yearSystem == null ? new PartScorer(book) : null;
        List<StudentResult> results = new ArrayList<>(pass.subjects().size());
        int i = 0;
        for (Map.Entry<String, Subject> entry : pass.subjects().entrySet()) {
            Subject subject = entry.getValue();
            SortedMap<String, Measure> measures = raw.subjects().get(entry.getKey());
            SubjectResult result = bySystem != null ? bySystem.get(i++)
                    : Objects.requireNonNull(scorer, "a year without a system is scored by its parts").score(entry.getKey(), raw);
            if (!result.subject().equals(entry.getKey())) {
                throw new IllegalStateException("results out of order at " + result.subject());
            }
            results.add(studentResult(subject, result, subject.tallied.lines(), scores(result.explanation()), values(measures)));
        }
        return new StudentResults(period, set.id(), set.version(), yearSystem == null ? set.id() : yearSystem.id(),
                yearSystem == null ? set.version() : yearSystem.version(), tieBreak(set, yearSystem), gates(set, yearSystem), results);
    }

    /**
     * A year scored from its terms: each term scored on its own (its floors, caps and vetoes), the year's total
     * their weighted mean; gates read the year's raw values.
     */
    private StudentResults byTerms(RuleSet set, EvaluationPeriod period) {
        List<Term> terms = terms(period);
        StudentResults year = unit(set, period);
        List<BigDecimal> weights = termWeights(set, terms);
        List<Periods.Of> perTerm = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            Term term = terms.get(t);
            perTerm.add(new Periods.Of(term.id().toString(), termName(term), weights.get(t), unit(set, EvaluationPeriod.term(term.id())).results()));
        }
        Bilingual name = ScoringMessages.bilingual("student.period.year.name", period.year().toString(), set.parts().name());
        List<StudentResult> results = new ArrayList<>(year.results().size());
        for (StudentResult whole : year.results()) {
            String student = whole.student().value();
            Periods gathered = Periods.gather(student, perTerm);
            SubjectResult combined = PartScorer.combine(student, period.toString(), name, gathered.periods());
            Set<String> incomplete = new TreeSet<>(combined.incomplete());
            incomplete.addAll(whole.result().incomplete());
            SubjectResult gated = new SubjectResult(student, combined.total(), combined.vetoes(), whole.result().failedGates(),
                    List.copyOf(incomplete), withGates(combined.explanation(), whole.result().explanation()));
            List<ItemLine> lines = new ArrayList<>(gathered.lines());
            lines.sort(Comparator.comparingInt(l -> partOrder(set, l.part())));
            results.add(new StudentResult(whole.student(), whole.classId(), whole.major(), whole.college(), whole.cohort(), gated,
                    whole.academic(), lines, meanScores(gathered.found(), gathered.weights()),
                    meanPoints(whole.measures(), gathered.found(), gathered.weights())));
        }
        return new StudentResults(period, set.id(), set.version(), year.system(), year.systemVersion(), year.tieBreak(), year.gates(), results);
    }

    /**
     * A graduation score: each year of the period evaluated with its own rule set (and its own way of making a year),
     * weighed as the last year's rule set says; a year a student was not evaluated in is noted and the others'
     * weights scaled up. Each student is placed in the class of the last year they were evaluated in, and keeps that
     * year's raw values; their failed gates and vetoes are any year's.
     */
    private StudentResults graduation(EvaluationPeriod period) {
        RuleSet last = rules.require(period.year());
        List<AcademicYear> years = period.academicYears();
        RuleSet.GraduationRule rule = last.graduation().orElseThrow(() ->
                ScoringMessages.invalid("graduation", "student.graduation.none", last.id(), period.year().toString()));
        if (rule.weights().size() != years.size()) {
            throw ScoringMessages.invalid("graduation.weights", "student.graduation.count", last.id(), rule.weights().size(), years.size());
        }
        List<Periods.Of> perYear = new ArrayList<>();
        Map<String, StudentResult> latest = new TreeMap<>();
        for (int y = 0; y < years.size(); y++) {
            List<StudentResult> evaluated = evaluate(EvaluationPeriod.year(years.get(y))).results();
            evaluated.forEach(r -> latest.put(r.student().value(), r));
            perYear.add(new Periods.Of(years.get(y).toString(), ScoringMessages.bilingual("student.period.year.short", years.get(y).toString()),
                    rule.weights().get(y), evaluated));
        }
        Bilingual name = ScoringMessages.bilingual("student.period.graduation.name", period.toString(), last.parts().name());
        List<StudentResult> results = new ArrayList<>(latest.size());
        for (StudentResult end : latest.values()) {
            String student = end.student().value();
            Periods gathered = Periods.gather(student, perYear);
            SubjectResult combined = PartScorer.combine(student, period.toString(), name, gathered.periods());
            results.add(new StudentResult(end.student(), end.classId(), end.major(), end.college(), end.cohort(), combined, Optional.empty(),
                    gathered.lines(), meanScores(gathered.found(), gathered.weights()), end.measures()));
        }
        IndicatorSystem lastSystem = systemFor(period.year());
        return new StudentResults(period, last.id(), last.version(), lastSystem == null ? last.id() : lastSystem.id(),
                lastSystem == null ? last.version() : lastSystem.version(), tieBreak(last, lastSystem), gates(last, lastSystem), results);
    }

    /**
     * One student's results of the periods a longer one is made of (a year's terms, a graduation's years).
     *
     * @param periods each period, with the student's result or null
     * @param found   the results the student has, in order
     * @param weights their periods' weights
     * @param lines   their lines, in order
     */
    private record Periods(List<PartScorer.Period> periods, List<StudentResult> found, List<BigDecimal> weights, List<ItemLine> lines) {
        /**
         * A period's results.
         *
         * @param code      the period's code
         * @param name      its name
         * @param weight    its weight
         * @param byStudent its results by 学号
         */
        record Of(String code, Bilingual name, BigDecimal weight, Map<String, StudentResult> byStudent) {
            Of(String code, Bilingual name, BigDecimal weight, List<StudentResult> results) {
                this(code, name, weight, index(results));
            }

            private static Map<String, StudentResult> index(List<StudentResult> results) {
                Map<String, StudentResult> index = new HashMap<>();
                results.forEach(r -> index.put(r.student().value(), r));
                return index;
            }

            Optional<StudentResult> of(String student) {
                return Optional.ofNullable(byStudent.get(student));
            }
        }

        static Periods gather(String student, List<Of> all) {
            List<PartScorer.Period> periods = new ArrayList<>();
            List<StudentResult> found = new ArrayList<>();
            List<BigDecimal> weights = new ArrayList<>();
            List<ItemLine> lines = new ArrayList<>();
            for (Of p : all) {
                StudentResult r = p.of(student).orElse(null);
                periods.add(new PartScorer.Period(p.code, p.name, p.weight, r == null ? null : r.result()));
                if (r != null) {
                    found.add(r);
                    weights.add(p.weight);
                    lines.addAll(r.lines());
                }
            }
            return new Periods(periods, found, weights, lines);
        }
    }

    /** {@code combined} with the gate notes of the year's own evaluation, read from the year's raw values. */
    private static Explanation withGates(Explanation combined, Explanation year) {
        List<Note> notes = new ArrayList<>(combined.notes());
        year.notes().stream().filter(n -> n.kind() == Note.Kind.GATE
                || n.kind() == Note.Kind.INCOMPLETE).forEach(notes::add);
        return new Explanation(combined.code(), combined.name(), combined.raw(), combined.normalised(), combined.weight(), combined.score(),
                combined.scoreShown(), combined.contribution(), combined.contributionShown(), combined.children(), notes);
    }

    private static int partOrder(RuleSet set, String part) {
        List<Part> parts = set.parts().flatten();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).code().equals(part)) {
                return i;
            }
        }
        return parts.size();
    }

    /** The weights of a year's terms, in order: as the rule set gives them, by days, or equal. */
    private static List<BigDecimal> termWeights(RuleSet set, List<Term> terms) {
        RuleSet.YearRule rule = set.yearRule();
        List<BigDecimal> weights = new ArrayList<>();
        if (!rule.termWeights().isEmpty()) {
            if (rule.termWeights().size() != terms.size()) {
                throw ScoringMessages.invalid("periods.termWeights", "student.periods.count", set.id(), rule.termWeights().size(),
                        set.year().toString(), terms.size());
            }
            weights.addAll(rule.termWeights());
        } else {
            for (Term term : terms) {
                weights.add(rule.byDays() ? BigDecimal.valueOf(TermSpan.of(term).days()) : BigDecimal.ONE);
            }
        }
        return weights;
    }

    private static Bilingual termName(Term term) {
        return ScoringMessages.bilingual("student.period.term.name", term.id().toString());
    }

    /** Each node's score as the weighted mean of the terms' scores of it. */
    private static SortedMap<String, BigDecimal> meanScores(List<StudentResult> terms, List<BigDecimal> weights) {
        Set<String> codes = new TreeSet<>();
        terms.forEach(t -> codes.addAll(t.scores().keySet()));
        return means(codes, terms, weights, StudentResult::scores);
    }

    /**
     * A year's raw values from its records, but each part's points the weighted mean of the terms' points: the year's
     * points of a part scored term by term.
     */
    private static SortedMap<String, BigDecimal> meanPoints(SortedMap<String, BigDecimal> year, List<StudentResult> terms,
                                                            List<BigDecimal> weights) {
        SortedMap<String, BigDecimal> out = new TreeMap<>(year);
        Set<String> points = new TreeSet<>();
        terms.forEach(t -> t.measures().keySet().stream().filter(c -> c.startsWith(StudentEvaluation.points(""))).forEach(points::add));
        out.putAll(means(points, terms, weights, StudentResult::measures));
        return out;
    }

    private static SortedMap<String, BigDecimal> means(Set<String> codes, List<StudentResult> terms, List<BigDecimal> weights,
                                                       java.util.function.Function<StudentResult, SortedMap<String, BigDecimal>> values) {
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        if (terms.isEmpty()) {
            return out;
        }
        BigDecimal all = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (String code : codes) {
            Rational sum = Rational.ZERO;
            for (int i = 0; i < terms.size(); i++) {
                sum = sum.add(Rational.of(weights.get(i)).multiply(Rational.of(values.apply(terms.get(i)).getOrDefault(code, BigDecimal.ZERO))));
            }
            out.put(code, sum.divide(Rational.of(all)).toBigDecimal(MEAN_SCALE, RoundingMode.HALF_UP).stripTrailingZeros());
        }
        return out;
    }

    private static StudentResult studentResult(Subject subject, SubjectResult result, List<ItemLine> lines, SortedMap<String, BigDecimal> scores,
                                               SortedMap<String, BigDecimal> measures) {
        AdminClass c = subject.adminClass;
        return new StudentResult(subject.tallied.student(), c.id(), c.major(), c.college(), c.cohort(), result, subject.tallied.academic(), lines,
                scores, measures);
    }

    /** Every node's exact score by its code (the first found, depth first). */
    private static SortedMap<String, BigDecimal> scores(Explanation root) {
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        collect(root, out);
        return out;
    }

    private static void collect(Explanation node, SortedMap<String, BigDecimal> out) {
        out.putIfAbsent(node.code(), node.score());
        node.children().forEach(child -> collect(child, out));
    }

    private static SortedMap<String, BigDecimal> values(@Nullable SortedMap<String, Measure> measures) {
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        if (measures != null) {
            measures.forEach((code, m) -> out.put(code, m.value()));
        }
        return out;
    }

    private static List<String> gates(RuleSet set, @Nullable IndicatorSystem yearSystem) {
        return (yearSystem == null ? set.gates() : yearSystem.gates()).stream().map(Gate::code).toList();
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
        return book(rules.require(period.year()));
    }

    /** {@code set} with the grade scale, read once per rule set. */
    private RuleBook book(RuleSet set) {
        synchronized (books) {
            return books.computeIfAbsent(set, s -> new RuleBook(s, scale));
        }
    }

    /**
     * The period evaluated by the compiled pass ({@link CampusPass}), its results explained when asked; null when
     * the rule set is not compiled or an entry cannot be read (the explaining engine then runs, or refuses).
     */
    private @Nullable CompactResults compiled(RuleBook book, EvaluationPeriod period) {
        ArchiveColumns columns = archives.columns();
        CompiledRules compiledRules;
        synchronized (books) {
            Optional<CompiledRules> known = compiledBooks.get(book);
            if (known == null || (known.isPresent() && known.get().columns != columns)) {
                known = Optional.ofNullable(CompiledRules.of(book, columns));
                compiledBooks.put(book, known);
            }
            compiledRules = known.orElse(null);
        }
        List<Term> terms = terms(period);
        if (compiledRules == null || terms.isEmpty()) {
            return null;
        }
        List<TermSpan> spans = terms.stream().map(TermSpan::of).toList();
        int yearDays = directory.terms().stream().filter(t -> t.id().year().equals(period.year())).mapToInt(t -> TermSpan.of(t).days()).sum();
        Roster roster = roster(terms.get(0).start(), terms.get(terms.size() - 1).end());
        List<TermColumns> snapshots = columns.snapshot(spans.stream().map(TermSpan::id).toList());
        List<String> ties = tieBreak(book.set, null);
        int[] tieParts = new int[ties.size()];
        for (int k = 0; k < ties.size(); k++) {
            tieParts[k] = partIndex(book, ties.get(k));
        }
        return CampusPass.run(compiledRules, roster, spans, Math.max(1, yearDays), snapshots, ties, tieParts, (student, adminClass, tallied) -> {
            String subject = student.value();
            RawValues.Builder raw = RawValues.builder();
            raw.subject(subject);
            tallied.measures().forEach((indicator, measure) -> raw.put(subject, indicator, measure));
            RawValues values = raw.build();
            SubjectResult result = new PartScorer(book).score(subject, values);
            return new StudentResult(student, adminClass.id(), adminClass.major(), adminClass.college(), adminClass.cohort(), result,
                    tallied.academic(), tallied.lines(), scores(result.explanation()), values(values.subjects().get(subject)));
        });
    }

    private static int partIndex(RuleBook book, String code) {
        for (int p = 0; p < book.parts.size(); p++) {
            if (book.parts.get(p).code().equals(code)) {
                return p;
            }
        }
        throw new IllegalStateException("tie-break node " + code + " is not a part of " + book.set.id());
    }

    /**
     * The students studying on at least one day of {@code first .. last}, with their classes on {@code last}: read
     * from the directory once per version of it.
     */
    private Roster roster(LocalDate first, LocalDate last) {
        long version = directory.version();
        String key = version + "/" + first + "/" + last;
        synchronized (rosters) {
            Roster known = rosters.get(key);
            if (known != null) {
                return known;
            }
        }
        List<Student> studying = directory.students().stream().filter(s -> studyingDuring(s, first, last))
                .sorted(Comparator.comparing(s -> s.studentNo().value())).toList();
        StudentNo[] students = new StudentNo[studying.size()];
        AdminClass[] classes = new AdminClass[studying.size()];
        for (int i = 0; i < students.length; i++) {
            students[i] = studying.get(i).studentNo();
            classes[i] = directory.adminClass(studying.get(i).classOn(last)).orElseThrow();
        }
        Roster roster = new Roster(students, classes);
        if (directory.version() == version) {
            synchronized (rosters) {
                rosters.put(key, roster);
            }
        }
        return roster;
    }

    /**
     * Tallies every student evaluated in {@code period} by {@code book} from the entries {@code feed} gives, term by
     * term; the academic year's other terms are read too when a rule counts items by the days held.
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
        List<Term> yearTerms = directory.terms().stream().filter(t -> t.id().year().equals(period.year())).toList();
        int yearDays = yearTerms.stream().mapToInt(t -> TermSpan.of(t).days()).sum();
        List<TermSpan> spans = terms.stream().map(TermSpan::of).toList();
        boolean dated = book.rules.stream().anyMatch(r -> r.prorate().isPresent());
        List<TermSpan> read = dated ? yearTerms.stream().map(TermSpan::of).toList() : spans;
        List<Violation> problems = new ArrayList<>();
        Map<StudentNo, Tally> tallies = new TreeMap<>(Comparator.comparing(StudentNo::value));
        Map<StudentNo, AdminClass> classes = new TreeMap<>(Comparator.comparing(StudentNo::value));
        for (Student student : directory.students()) {
            if (studyingDuring(student, first, last)) {
                tallies.put(student.studentNo(), new Tally(student.studentNo(), book, spans, Math.max(1, yearDays), problems));
                classes.put(student.studentNo(), directory.adminClass(student.classOn(last)).orElseThrow());
            }
        }
        feed.period(read);
        for (TermSpan span : read) {
            boolean inPeriod = spans.contains(span);
            tallies.values().forEach(t -> t.startTerm(span, inPeriod));
            feed.term(span, inPeriod, tallies, book);
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(Violation::path));
            throw new InvalidInputException(problems);
        }
        tallies.forEach((student, tally) -> subjects.put(student.value(), new Subject(tally.finish(),
                Objects.requireNonNull(classes.get(student), "every tallied student has a class"))));
        return new Pass(book, subjects);
    }

    /** The ids of {@code terms}, in order, for a message naming what is declared; "—" when none is. */
    static String declaredTerms(List<Term> terms) {
        return terms.isEmpty() ? "—" : terms.stream().map(t -> t.id().toString()).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private List<Term> terms(EvaluationPeriod period) {
        if (period.term().isPresent()) {
            TermId id = period.term().get();
            Optional<Term> term = directory.term(id);
            if (term.isEmpty()) {
                throw new NotFoundException(ScoringMessages.BUNDLE.text("student.term.unknown", id.toString(), declaredTerms(directory.terms())));
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
     * @param tallied    their lines and raw values
     * @param adminClass their class on the period's last day
     */
    public record Subject(Tally.Tallied tallied, AdminClass adminClass) {
    }
}

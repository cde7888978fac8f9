package edu.yiban.scoring.student;

import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.engine.Shown;
import edu.yiban.scoring.result.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

import static edu.yiban.scoring.internal.ScoringMessages.bilingual;

/**
 * One student's points over one evaluated period, fed entry by entry, term by term: grades add up in
 * {@link Courses}; rule items wait for the end of the period, when each term's highest-only groups and term
 * limits are settled in term order, then the samples (bands, trimmed means), base scores, defaults and period
 * limits. An item the rules count by the days held ({@link Rule.Prorate}) may come from any term of the
 * academic year and counts in each evaluated term by its days there. The lines it makes add up, part by part,
 * to the points it hands out ({@code points.<part>}).
 */
final class Tally {
    /** The source written on the measures. */
    public static final String SOURCE = "archive";
    /** How many characters of lines a measure's note lists. */
    private static final int NOTE_CHARS = 400;

    private final StudentNo student;
    private final RuleBook book;
    private final List<TermSpan> spans;
    private final int yearDays;
    private final List<Violation> problems;
    private final Courses courses;

    private final int[] severity;
    private final int[] severityCount;

    /** The term being fed, set by {@link #startTerm}. */
    private @Nullable TermSpan term;
    private int termIndex;
    private final List<Pending> pending = new ArrayList<>();
    private final SortedMap<Integer, List<Sample>> samples = new TreeMap<>();
    private final List<Draft> lines = new ArrayList<>();
    /** The parts an entry gave a line in, for defaults. */
    private final boolean[] recorded;

    /**
     * @param student  whose points these are
     * @param book     the rules
     * @param spans    the evaluated terms, in order
     * @param yearDays the days of all the academic year's terms, for points given per year
     * @param problems where entries the rules cannot read are reported
     */
    public Tally(StudentNo student, RuleBook book, List<TermSpan> spans, int yearDays, List<Violation> problems) {
        this.student = student;
        this.book = book;
        this.spans = List.copyOf(spans);
        this.yearDays = yearDays;
        this.problems = problems;
        this.courses = new Courses(book.scale);
        this.severity = new int[book.severities.size()];
        this.severityCount = new int[book.severities.size()];
        this.recorded = new boolean[book.parts.size()];
    }

    /** The student. */
    public StudentNo student() {
        return student;
    }

    /** The term being fed: entries are added after {@link #startTerm}. */
    private TermSpan term() {
        return Objects.requireNonNull(term, "an entry is added before startTerm");
    }

    /**
     * Starts feeding the entries of {@code span}: a term of the period, or ({@code inPeriod} false) another
     * term of the academic year, whose entries count only where the rules count them by days held.
     */
    public void startTerm(TermSpan span, boolean inPeriod) {
        this.term = span;
        this.termIndex = inPeriod ? spans.indexOf(span) : -1;
        if (inPeriod && termIndex < 0) {
            throw new IllegalStateException("term " + span.id() + " is not among the period's terms");
        }
    }

    /**
     * One effective entry of the current term.
     *
     * @param sequence  its sequence in the student's archive
     * @param dimension its dimension's ordinal, or {@link ArchiveColumns#NO_DIMENSION}
     * @param points    its points in hundredths, or {@link ArchiveColumns#NO_POINTS}
     * @param compiled  what the rule book makes of its category and attributes
     */
    public void add(long sequence, int dimension, int points, Compiled compiled) {
        if (compiled instanceof Compiled.Ignored) {
            return;
        }
        if (termIndex < 0 && !(compiled instanceof Compiled.Item i && i.prorate() != null)) {
            return;
        }
        if (compiled instanceof Compiled.Grade g) {
            courses.add(sequence, term().id(), g);
        } else if (compiled instanceof Compiled.Item item) {
            item(sequence, dimension, points, item);
        } else if (compiled instanceof Compiled.NoRow none) {
            Rule rule = book.rules.get(none.rule());
            notCounted(sequence, none.rule(), book.rulePart[none.rule()], bilingual("student.line.no-row", rule.name(), none.label()));
        } else if (compiled instanceof Compiled.Sample s) {
            samples.computeIfAbsent(s.rule(), r -> new ArrayList<>()).add(new Sample(sequence, s.value()));
            recorded[book.rulePart[s.rule()]] = true;
        } else if (compiled instanceof Compiled.Bad bad) {
            problems.add(Violation.of(new EntryRef(student, sequence) + ".attributes." + bad.attribute(), bad.problem()));
        }
    }

    private void notCounted(long sequence, int rule, int part, Bilingual text) {
        recorded[part] = true;
        pending.add(new Pending(termIndex, sequence, rule, null, part, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO, BigDecimal.ZERO, text,
                false, 0, 0, null));
    }

    private void item(long sequence, int entryDimension, int entryPoints, Compiled.Item item) {
        Rule rule = book.rules.get(item.rule());
        int part = book.rulePart[item.rule()];
        if (part < 0) {
            part = entryDimension == ArchiveColumns.NO_DIMENSION ? -1 : book.dimensionPart[entryDimension];
            if (part < 0) {
                String named = entryDimension == ArchiveColumns.NO_DIMENSION ? "—"
                        : Dimension.values()[entryDimension].name().toLowerCase(Locale.ROOT);
                notCounted(sequence, item.rule(), 0, bilingual("student.line.no-part", rule.name(), named));
                return;
            }
        }
        BigDecimal base = item.points();
        if (base == null) {
            if (entryPoints == ArchiveColumns.NO_POINTS) {
                notCounted(sequence, item.rule(), part, bilingual("student.line.no-points", rule.name()));
                return;
            }
            base = BigDecimal.valueOf(entryPoints, 2);
        }
        int slot = book.severitySlot[item.rule()];
        if (slot >= 0 && item.severity() > 0 && termIndex >= 0) {
            severity[slot] = Math.max(severity[slot], item.severity());
            severityCount[slot]++;
        }
        BigDecimal rate = rate(base, item);
        if (item.prorate() == null) {
            BigDecimal points = rate.setScale(2, RoundingMode.HALF_UP);
            Bilingual text = text(rule, item, base, 0, 0, points);
            recorded[part] = true;
            pending.add(new Pending(termIndex, sequence, item.rule(), item.group(), part, points, base, rate, text, true, 0, 0, item));
            return;
        }
        TermSpan current = term();
        int from = item.fromDay() == Integer.MIN_VALUE ? current.first() : item.fromDay();
        int to = item.toDay() == Integer.MAX_VALUE ? current.last() : item.toDay();
        List<Integer> terms = new ArrayList<>();
        List<BigDecimal> exact = new ArrayList<>();
        for (int t = 0; t < spans.size(); t++) {
            TermSpan span = spans.get(t);
            int held = span.overlap(from, to);
            if (held == 0 && t != termIndex) {
                continue;
            }
            int unit = item.prorate() == Rule.Prorate.YEAR ? yearDays : span.days();
            terms.add(t);
            exact.add(rate.multiply(BigDecimal.valueOf(held)).divide(BigDecimal.valueOf(unit), 10, RoundingMode.HALF_UP));
        }
        // an item held in several evaluated terms: its terms' points add up to its whole points, rounded once
        BigDecimal whole = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        List<BigDecimal> shares = exact.size() == 1 ? List.of(whole) : Shown.largestRemainder(exact, whole);
        for (int k = 0; k < terms.size(); k++) {
            int t = terms.get(k);
            TermSpan span = spans.get(t);
            int held = span.overlap(from, to);
            int unit = item.prorate() == Rule.Prorate.YEAR ? yearDays : span.days();
            BigDecimal points = shares.get(k);
            recorded[part] = true;
            pending.add(new Pending(t, sequence, item.rule(), item.group(), part, points, base, rate, text(rule, item, base, held, unit, points), true,
                    Math.max(from, span.first()), Math.min(to, span.last()), item));
        }
    }

    /** An item's points for a whole unit: {@code base} × its team share (÷ the team's size to ten decimals, half-up). */
    private static BigDecimal rate(BigDecimal base, Compiled.Item item) {
        BigDecimal rate = base.multiply(item.factor());
        if (item.divisor() > 1) {
            rate = rate.divide(BigDecimal.valueOf(item.divisor()), 10, RoundingMode.HALF_UP);
        }
        return rate;
    }

    /** The points an item not counted by days held gives for {@code base}: its {@link #rate} to two decimals, half-up. */
    static BigDecimal points(BigDecimal base, Compiled.Item item) {
        return rate(base, item).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal prorated(BigDecimal rate, int days, int unit) {
        return rate.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP);
    }

    private Bilingual text(Rule rule, Compiled.Item item, BigDecimal base, int days, int unit, BigDecimal points) {
        return book.texts.computeIfAbsent(new ItemText(item.rule(), item.label(), base, item.factor(), item.divisor(), item.place(),
                item.teamSize(), days, unit, item.prorate() != null, points), k -> itemText(rule, k));
    }

    /** An item's line, the same for every entry with the same row and arithmetic (kept by the rule book). */
    private static Bilingual itemText(Rule rule, ItemText k) {
        Object team = "";
        if (k.teamSize > 1) {
            team = k.divisor > 1
                    ? ScoringMessages.BUNDLE.text("student.line.team.equal", k.divisor)
                    : ScoringMessages.BUNDLE.text("student.line.team.place", k.factor.toPlainString(), k.place, k.teamSize);
        }
        Object prorated = k.prorated ? ScoringMessages.BUNDLE.text("student.line.prorated", k.covered, k.days) : "";
        String key = k.label.zh().isEmpty() && k.label.en().isEmpty() ? "student.line.item.bare" : "student.line.item";
        return bilingual(key, rule.name(), k.label, k.base.toPlainString(), team, prorated, k.points.toPlainString());
    }

    /** What an item's line says. */
    record ItemText(int rule, Bilingual label, BigDecimal base, BigDecimal factor, int divisor, int place, int teamSize, int covered, int days,
                    boolean prorated, BigDecimal points) {
    }

    /**
     * The period's lines, measures and academic part, after its last term: each term's highest-only groups and
     * term limits in term order, then the samples, base scores, defaults and period limits.
     */
    public Tallied finish() {
        pending.sort(Comparator.comparingInt(Pending::term).thenComparingLong(Pending::sequence));
        Set<Pending> beatenOverPeriod = overPeriod();
        int from = 0;
        for (int t = 0; t < spans.size(); t++) {
            int start = lines.size();
            int to = from;
            while (to < pending.size() && pending.get(to).term == t) {
                to++;
            }
            settleTerm(t, pending.subList(from, to), beatenOverPeriod);
            for (int i = 0; i < book.limits.size(); i++) {
                if (book.limits.get(i).per() == Limit.Per.TERM) {
                    limit(i, start, spans.get(t).id());
                }
            }
            from = to;
        }
        samples.forEach(this::aggregate);
        List<Draft> base = new ArrayList<>();
        for (int p = 0; p < book.parts.size(); p++) {
            Part part = book.parts.get(p);
            BigDecimal points = part.base().orElse(BigDecimal.ZERO);
            if (points.signum() != 0) {
                base.add(new Draft(p, ItemLine.Kind.BASE, "base", null, null, List.of(), points.setScale(2),
                        bilingual("student.line.base", part.name(), points.setScale(2).toPlainString())));
            }
            if (part.fallback().isPresent() && !recorded[p]) {
                BigDecimal fallback = part.fallback().get().setScale(2);
                base.add(new Draft(p, ItemLine.Kind.DEFAULT, "default", null, null, List.of(), fallback,
                        bilingual("student.line.default", part.name(), fallback.toPlainString())));
            }
        }
        lines.addAll(0, base);
        for (int i = 0; i < book.limits.size(); i++) {
            if (book.limits.get(i).per() == Limit.Per.PERIOD) {
                limit(i, 0, null);
            }
        }
        List<ItemLine> out = new ArrayList<>(lines.size());
        lines.sort(Comparator.comparingInt(Draft::part));
        TermId only = spans.size() == 1 ? spans.get(0).id() : null;
        for (Draft d : lines) {
            out.add(d.line(student, book, only));
        }
        SortedMap<String, Measure> measures = new TreeMap<>();
        for (int p = 0; p < book.parts.size(); p++) {
            measures.put(StudentEvaluation.points(book.parts.get(p).code()), partMeasure(p, out));
        }
        measures.putAll(courses.measures());
        for (int i = 0; i < severity.length; i++) {
            measures.put(book.severities.get(i), Measure.of(BigDecimal.valueOf(severity[i]), SOURCE,
                    bilingual("student.note.severity", severity[i], severityCount[i])));
        }
        return new Tallied(student, out, measures, courses.academic());
    }

    /** The items that a higher item of their group beats over the whole period ({@link Rule.Over#PERIOD}). */
    @SuppressWarnings("ReferenceEquality") // identity: the pending item that won its group is this very item
    private Set<Pending> overPeriod() {
        Map<String, Pending> best = new HashMap<>();
        for (Pending p : pending) {
            if (p.counts && p.group != null && over(p) == Rule.Over.PERIOD) {
                best.merge(p.rule + "\u0000" + p.group, p, (a, b) -> b.points.compareTo(a.points) > 0 ? b : a);
            }
        }
        Set<Pending> beaten = new HashSet<>();
        for (Pending p : pending) {
            if (p.counts && p.group != null && over(p) == Rule.Over.PERIOD && best.get(p.rule + "\u0000" + p.group) != p) {
                beaten.add(p);
            }
        }
        return beaten;
    }

    private Rule.Over over(Pending p) {
        return book.rules.get(p.rule).highestOnly().map(Rule.HighestOnly::over).orElse(Rule.Over.TERM);
    }

    /** One term's items: the term's highest of each group, the highest at any one time, the period's highest; then lines. */
    @SuppressWarnings("ReferenceEquality") // identity: the pending item that won its group is this very item
    private void settleTerm(int t, List<Pending> items, Set<Pending> beatenOverPeriod) {
        TermId id = spans.get(t).id();
        Map<String, Pending> best = new HashMap<>();
        Map<String, List<Pending>> byDay = new HashMap<>();
        for (Pending p : items) {
            if (p.counts && p.group != null) {
                Rule.Over over = over(p);
                if (over == Rule.Over.TERM) {
                    best.merge(p.rule + "\u0000" + p.group, p, (a, b) -> b.points.compareTo(a.points) > 0 ? b : a);
                } else if (over == Rule.Over.DAY) {
                    byDay.computeIfAbsent(p.rule + "\u0000" + p.group, g -> new ArrayList<>()).add(p);
                }
            }
        }
        Map<Pending, Draft> daily = new HashMap<>();
        byDay.values().forEach(group -> daily.putAll(highestEachDay(t, group)));
        for (Pending p : items) {
            Rule rule = book.rules.get(p.rule);
            Draft drafted = daily.get(p);
            if (drafted != null) {
                lines.add(drafted);
            } else if (beatenOverPeriod.contains(p)) {
                lines.add(new Draft(p.part, ItemLine.Kind.NOT_COUNTED, rule.code(), rule.category(), id, List.of(p.sequence),
                        BigDecimal.ZERO.setScale(2), bilingual("student.line.not-highest.period", p.text)));
            } else {
                Pending top = p.counts && p.group != null && over(p) == Rule.Over.TERM
                        ? Objects.requireNonNull(best.get(p.rule + "\u0000" + p.group), "every term-grouped item is in best") : p;
                if (top != p) {
                    lines.add(new Draft(p.part, ItemLine.Kind.NOT_COUNTED, rule.code(), rule.category(), id, List.of(p.sequence),
                            BigDecimal.ZERO.setScale(2), bilingual("student.line.not-highest", p.text, top.sequence, top.points.toPlainString())));
                } else {
                    lines.add(new Draft(p.part, p.counts ? ItemLine.Kind.ITEM : ItemLine.Kind.NOT_COUNTED, rule.code(), rule.category(), id,
                            List.of(p.sequence), p.points, p.text));
                }
            }
        }
    }

    /**
     * A group whose highest item counts at any one time: each day of term {@code t} goes to the item with the
     * highest rate held that day (ties: the earliest recorded); each item counts for the days it got.
     */
    private Map<Pending, Draft> highestEachDay(int t, List<Pending> group) {
        TermSpan span = spans.get(t);
        List<Integer> bounds = new ArrayList<>();
        for (Pending p : group) {
            bounds.add(p.from);
            bounds.add(p.to + 1);
        }
        bounds.sort(null);
        Map<Pending, Integer> days = new HashMap<>();
        group.forEach(p -> days.put(p, 0));
        for (int b = 0; b + 1 < bounds.size(); b++) {
            int start = bounds.get(b);
            int end = bounds.get(b + 1);
            if (start == end) {
                continue;
            }
            Pending top = null;
            for (Pending p : group) {
                if (p.from <= start && p.to >= end - 1 && (top == null || p.rate.compareTo(top.rate) > 0)) {
                    top = p;
                }
            }
            if (top != null) {
                days.merge(top, end - start, Integer::sum);
            }
        }
        Map<Pending, Draft> out = new HashMap<>();
        for (Pending p : group) {
            Rule rule = book.rules.get(p.rule);
            int held = p.to - p.from + 1;
            int got = Objects.requireNonNull(days.get(p), "every item of the group has its days");
            if (got == 0) {
                out.put(p, new Draft(p.part, ItemLine.Kind.NOT_COUNTED, rule.code(), rule.category(), span.id(), List.of(p.sequence),
                        BigDecimal.ZERO.setScale(2), bilingual("student.line.not-highest.day", p.text)));
                continue;
            }
            Compiled.Item item = Objects.requireNonNull(p.item, "an item counted by days keeps its compiled item");
            int unit = item.prorate() == Rule.Prorate.YEAR ? yearDays : span.days();
            BigDecimal points = prorated(p.rate, got, unit);
            Bilingual text = text(rule, item, p.base, got, unit, points);
            if (got < held) {
                text = bilingual("student.line.outranked", text, held - got);
            }
            out.put(p, new Draft(p.part, ItemLine.Kind.ITEM, rule.code(), rule.category(), span.id(), List.of(p.sequence), points, text));
        }
        return out;
    }

    // ------------------------------------------------------------------ aggregates and limits

    private void aggregate(int index, List<Sample> values) {
        Rule rule = book.rules.get(index);
        values.sort(Comparator.comparingLong(Sample::sequence));
        List<Long> refs = values.stream().map(Sample::sequence).toList();
        BigDecimal points;
        Bilingual text;
        if (rule.method() instanceof Rule.SumBands bands) {
            BigDecimal sum = values.stream().map(Sample::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            Rule.Band reached = bands.bands().stream().filter(b -> b.from().compareTo(sum) <= 0)
                    .max(Comparator.comparing(Rule.Band::from)).orElse(null);
            if (reached == null) {
                BigDecimal lowestFrom = bands.bands().stream().map(Rule.Band::from).min(Comparator.naturalOrder()).orElseThrow();
                points = BigDecimal.ZERO.setScale(2);
                text = bilingual("student.line.bands.none", rule.name(), values.size(), sum.toPlainString(), lowestFrom.toPlainString());
            } else {
                points = reached.points().setScale(2, RoundingMode.UNNECESSARY);
                text = bilingual("student.line.bands", rule.name(), values.size(), sum.toPlainString(), reached.from().toPlainString(),
                        points.toPlainString());
            }
        } else {
            Rule.TrimmedMean mean = (Rule.TrimmedMean) rule.method();
            if (values.size() < mean.minimumCount()) {
                points = BigDecimal.ZERO.setScale(2);
                text = bilingual("student.line.too-few", rule.name(), values.size(), mean.minimumCount());
            } else {
                List<BigDecimal> sorted = values.stream().map(Sample::value).sorted().toList();
                List<BigDecimal> kept = sorted.subList(mean.trim(), sorted.size() - mean.trim());
                BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                points = sum.multiply(mean.scale()).divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
                text = bilingual("student.line.trimmed", rule.name(), values.size(), mean.trim(), kept.size(), sum.toPlainString(),
                        mean.scale().toPlainString(), points.toPlainString());
            }
        }
        lines.add(new Draft(book.rulePart[index], ItemLine.Kind.AGGREGATE, rule.code(), rule.category(), null, refs, points, text));
    }

    /** Applies limit {@code index} to the lines from {@code from} on (a term's, or the period's). */
    private void limit(int index, int from, @Nullable TermId termId) {
        Limit limit = book.limits.get(index);
        int part = book.limitPart[index];
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int k = from; k < lines.size(); k++) {
            Draft line = lines.get(k);
            if (line.part == part && (limit.category().isEmpty() || limit.category().get().equals(line.category))) {
                sum = sum.add(line.points);
            }
        }
        Category category = limit.category().orElse(null);
        if (limit.cap().isPresent() && sum.compareTo(limit.cap().get()) > 0) {
            BigDecimal cap = limit.cap().get().setScale(2, RoundingMode.UNNECESSARY);
            lines.add(new Draft(part, ItemLine.Kind.CAP, limit.code(), category, termId, List.of(), cap.subtract(sum),
                    bilingual("student.line.cap", limit.name(), sum.toPlainString(), cap.toPlainString())));
        } else if (limit.floor().isPresent() && sum.compareTo(limit.floor().get()) < 0) {
            BigDecimal floor = limit.floor().get().setScale(2, RoundingMode.UNNECESSARY);
            lines.add(new Draft(part, ItemLine.Kind.FLOOR, limit.code(), category, termId, List.of(), floor.subtract(sum),
                    bilingual("student.line.floor", limit.name(), sum.toPlainString(), floor.toPlainString())));
        }
    }

    // ------------------------------------------------------------------ measures

    private Measure partMeasure(int part, List<ItemLine> all) {
        String code = book.parts.get(part).code();
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        StringBuilder listed = new StringBuilder();
        int count = 0;
        int unlisted = 0;
        for (ItemLine line : all) {
            if (!line.part().equals(code)) {
                continue;
            }
            count++;
            sum = sum.add(line.points());
            String shown = shortForm(line);
            if (listed.length() + shown.length() <= NOTE_CHARS) {
                listed.append(listed.isEmpty() ? "" : "; ").append(shown);
            } else {
                unlisted++;
            }
        }
        if (unlisted > 0) {
            listed.append(" …(+").append(unlisted).append(')');
        }
        return Measure.of(sum, SOURCE, bilingual("student.note.points", count, sum.toPlainString(), listed.toString()));
    }

    /** {@code competition#17 +4.00}, {@code volunteer×5 +2.00}, {@code base +60.00}. */
    private static String shortForm(ItemLine line) {
        String refs = switch (line.entries().size()) {
            case 0 -> "";
            case 1 -> "#" + line.entries().get(0).sequence();
            default -> "×" + line.entries().size();
        };
        return line.code() + refs + " " + (line.points().signum() >= 0 ? "+" : "") + line.points().toPlainString();
    }

    /**
     * What a tally hands out.
     *
     * @param student  the student
     * @param lines    the points lines, by part (in the rule set's order), then as they were made
     * @param measures the raw values, by indicator
     * @param academic the academic part, if any grade counted
     */
    public record Tallied(StudentNo student, List<ItemLine> lines, SortedMap<String, Measure> measures,
                          Optional<Academic> academic) {
    }

    /**
     * An item waiting for its term to be settled.
     *
     * @param term     the evaluated term's index it counts in
     * @param base     the points its row or entry gives, before team shares
     * @param rate     its points for a whole unit (before days held)
     * @param from     the first day it is held within the term (prorated items)
     * @param to       the last day it is held within the term
     * @param item     what it compiled to (prorated items)
     */
    private record Pending(int term, long sequence, int rule, @Nullable String group, int part, BigDecimal points, BigDecimal base,
                           BigDecimal rate, Bilingual text,
                           boolean counts, int from, int to, Compiled.@Nullable Item item) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private record Sample(long sequence, BigDecimal value) {
    }

    /** A line before its entries are named. */
    private record Draft(int part, ItemLine.Kind kind, String code, @Nullable Category category, @Nullable TermId term, List<Long> sequences,
                         BigDecimal points, Bilingual text) {
        ItemLine line(StudentNo student, RuleBook book, @Nullable TermId only) {
            List<EntryRef> refs = new ArrayList<>(sequences.size());
            for (long s : sequences) {
                refs.add(new EntryRef(student, s));
            }
            return new ItemLine(book.parts.get(part).code(), kind, code, Optional.ofNullable(category),
                    Optional.ofNullable(term == null ? only : term), refs, points, text);
        }
    }
}

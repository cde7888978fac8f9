package edu.yiban.scoring.internal.student;

import edu.yiban.core.Violation;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.student.Academic;
import edu.yiban.scoring.student.ItemLine;
import edu.yiban.scoring.student.Limit;
import edu.yiban.scoring.student.Rule;
import edu.yiban.scoring.student.StudentEvaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import static edu.yiban.scoring.internal.ScoringMessages.bilingual;

/**
 * One student's points over one evaluated period, fed entry by entry, term by term: grades add up in
 * primitive counters; rule items wait for the end of their term (highest-only groups, term limits);
 * samples wait for the end of the period (bands, trimmed means), when the base scores and period limits
 * come in. The lines it makes add up, dimension by dimension, to the raw values it hands out.
 */
public final class Tally {
    /** The source written on the measures. */
    public static final String SOURCE = "archive";
    /** How many characters of lines a measure's note lists. */
    private static final int NOTE_CHARS = 400;

    private final StudentNo student;
    private final RuleBook book;
    private final List<Violation> problems;

    private int courses;
    private long credits;
    private long creditPoints;
    private int failed;
    private long lowest = Long.MAX_VALUE;

    private final int[] severity;
    private final int[] severityCount;

    private TermSpan term;
    private int termLines;
    private final List<Pending> pending = new ArrayList<>();
    private final SortedMap<Integer, List<Sample>> samples = new TreeMap<>();
    private final List<Draft> lines = new ArrayList<>();

    /**
     * @param student  whose points these are
     * @param book     the rules
     * @param problems where entries the rules cannot read are reported
     */
    public Tally(StudentNo student, RuleBook book, List<Violation> problems) {
        this.student = student;
        this.book = book;
        this.problems = problems;
        this.severity = new int[book.severities.size()];
        this.severityCount = new int[book.severities.size()];
    }

    /** The student. */
    public StudentNo student() {
        return student;
    }

    /** Starts a term of the period. */
    public void startTerm(TermSpan span) {
        this.term = span;
        this.termLines = lines.size();
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
        if (compiled instanceof Compiled.Grade g) {
            courses++;
            credits += g.credits();
            creditPoints += g.credits() * g.points();
            failed += g.failed() ? 1 : 0;
            lowest = Math.min(lowest, g.score());
        } else if (compiled instanceof Compiled.Item item) {
            item(sequence, dimension, points, item);
        } else if (compiled instanceof Compiled.NoRow none) {
            Rule rule = book.rules.get(none.rule());
            pending.add(new Pending(sequence, none.rule(), null, rule.dimension().orElseThrow(), BigDecimal.ZERO.setScale(2),
                    bilingual("student.line.no-row", rule.name(), none.label()), false));
        } else if (compiled instanceof Compiled.Sample s) {
            samples.computeIfAbsent(s.rule(), r -> new ArrayList<>()).add(new Sample(sequence, s.value()));
        } else if (compiled instanceof Compiled.Bad bad) {
            problems.add(Violation.of(new EntryRef(student, sequence) + ".attributes." + bad.attribute(), bad.problem()));
        }
    }

    private void item(long sequence, int entryDimension, int entryPoints, Compiled.Item item) {
        Rule rule = book.rules.get(item.rule());
        Dimension dimension = rule.dimension().orElse(entryDimension == ArchiveColumns.NO_DIMENSION ? null : Dimension.values()[entryDimension]);
        if (dimension == null) {
            return;
        }
        BigDecimal base = item.points();
        if (base == null) {
            if (entryPoints == ArchiveColumns.NO_POINTS) {
                pending.add(new Pending(sequence, item.rule(), null, dimension, BigDecimal.ZERO.setScale(2),
                        bilingual("student.line.no-points", rule.name()), false));
                return;
            }
            base = BigDecimal.valueOf(entryPoints, 2);
        }
        int slot = book.severitySlot[item.rule()];
        if (slot >= 0 && item.severity() > 0) {
            severity[slot] = Math.max(severity[slot], item.severity());
            severityCount[slot]++;
        }
        int days = term.days();
        int covered = rule.prorate() ? term.overlap(item.fromDay(), item.toDay()) : days;
        BigDecimal points = base.multiply(item.factor()).multiply(BigDecimal.valueOf(covered))
                .divide(BigDecimal.valueOf((long) item.divisor() * days), 2, RoundingMode.HALF_UP);
        Bilingual text = book.texts.computeIfAbsent(new ItemText(item.rule(), item.label(), base, item.factor(), item.divisor(), item.place(),
                item.teamSize(), covered, days, points), k -> itemText(rule, k));
        pending.add(new Pending(sequence, item.rule(), item.group(), dimension, points, text, true));
    }

    /** An item's line, the same for every entry with the same row and arithmetic (kept by the rule book). */
    private static Bilingual itemText(Rule rule, ItemText k) {
        Object team = "";
        if (k.teamSize > 1) {
            team = k.divisor > 1
                    ? ScoringMessages.BUNDLE.text("student.line.team.equal", k.divisor)
                    : ScoringMessages.BUNDLE.text("student.line.team.place", k.factor.toPlainString(), k.place, k.teamSize);
        }
        Object prorated = rule.prorate() ? ScoringMessages.BUNDLE.text("student.line.prorated", k.covered, k.days) : "";
        return bilingual("student.line.item", rule.name(), k.label, k.base.toPlainString(), team, prorated, k.points.toPlainString());
    }

    /** What an item's line says. */
    record ItemText(int rule, Bilingual label, BigDecimal base, BigDecimal factor, int divisor, int place, int teamSize, int covered, int days,
                    BigDecimal points) {
    }

    /** Ends the current term: highest-only groups, then the term limits. */
    public void endTerm() {
        pending.sort(Comparator.comparingLong(Pending::sequence));
        Map<String, Pending> best = new HashMap<>();
        for (Pending p : pending) {
            if (p.counts && p.group != null) {
                best.merge(p.rule + "\u0000" + p.group, p, (a, b) -> b.points.compareTo(a.points) > 0 ? b : a);
            }
        }
        for (Pending p : pending) {
            Rule rule = book.rules.get(p.rule);
            Pending top = p.counts && p.group != null ? best.get(p.rule + "\u0000" + p.group) : p;
            if (top != p) {
                lines.add(new Draft(p.dimension, ItemLine.Kind.NOT_COUNTED, rule.code(), rule.category(), term.id(), List.of(p.sequence),
                        BigDecimal.ZERO.setScale(2), bilingual("student.line.not-highest", p.text, top.sequence, top.points.toPlainString())));
            } else {
                lines.add(new Draft(p.dimension, p.counts ? ItemLine.Kind.ITEM : ItemLine.Kind.NOT_COUNTED, rule.code(), rule.category(),
                        term.id(), List.of(p.sequence), p.points, p.text));
            }
        }
        pending.clear();
        for (int i = 0; i < book.limits.size(); i++) {
            if (book.limits.get(i).per() == Limit.Per.TERM) {
                limit(i, termLines, term.id());
            }
        }
    }

    /** The period's lines, measures and academic part, after its last term. */
    public Tallied finish() {
        samples.forEach(this::aggregate);
        List<Draft> base = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            BigDecimal points = book.set.base(d);
            if (points.signum() != 0) {
                base.add(new Draft(d, ItemLine.Kind.BASE, "base", null, null, List.of(), points.setScale(2),
                        bilingual("student.line.base", d.label(), points.setScale(2).toPlainString())));
            }
        }
        lines.addAll(0, base);
        for (int i = 0; i < book.limits.size(); i++) {
            if (book.limits.get(i).per() == Limit.Per.PERIOD) {
                limit(i, 0, null);
            }
        }
        List<ItemLine> out = new ArrayList<>(lines.size());
        for (Draft d : lines) {
            out.add(d.line(student));
        }
        out.sort(Comparator.comparing(ItemLine::dimension));
        SortedMap<String, Measure> measures = new TreeMap<>();
        for (Dimension d : Dimension.values()) {
            measures.put(StudentEvaluation.points(d), dimension(d, out));
        }
        Optional<Academic> academic = Optional.empty();
        if (courses > 0) {
            BigDecimal sumCredits = BigDecimal.valueOf(credits, 2);
            BigDecimal sumPoints = BigDecimal.valueOf(creditPoints, 4);
            BigDecimal gpa = sumPoints.divide(sumCredits, 2, RoundingMode.HALF_UP);
            BigDecimal lowestScore = BigDecimal.valueOf(lowest, 2);
            academic = Optional.of(new Academic(courses, sumCredits, sumPoints, gpa, failed, lowestScore));
            String pass = book.scale.passMark().toPlainString();
            measures.put(StudentEvaluation.GPA, Measure.of(gpa, SOURCE,
                    bilingual("student.note.gpa", courses, sumPoints.toPlainString(), sumCredits.toPlainString(), gpa.toPlainString())));
            measures.put(StudentEvaluation.CREDITS, Measure.of(sumCredits, SOURCE, bilingual("student.note.credits", courses, sumCredits.toPlainString())));
            measures.put(StudentEvaluation.FAILED_COURSES, Measure.of(BigDecimal.valueOf(failed), SOURCE,
                    bilingual("student.note.failed", courses, failed, pass)));
            measures.put(StudentEvaluation.LOWEST_SCORE, Measure.of(lowestScore, SOURCE, bilingual("student.note.lowest", courses)));
        }
        for (int i = 0; i < severity.length; i++) {
            measures.put(book.severities.get(i), Measure.of(BigDecimal.valueOf(severity[i]), SOURCE,
                    bilingual("student.note.severity", severity[i], severityCount[i])));
        }
        return new Tallied(student, out, measures, academic);
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
        lines.add(new Draft(rule.dimension().orElseThrow(), ItemLine.Kind.AGGREGATE, rule.code(), rule.category(), null, refs, points, text));
    }

    /** Applies limit {@code index} to the lines from {@code from} on (a term's, or the period's). */
    private void limit(int index, int from, TermId termId) {
        Limit limit = book.limits.get(index);
        Dimension dimension = book.limitDimension[index];
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int k = from; k < lines.size(); k++) {
            Draft line = lines.get(k);
            if (line.dimension == dimension && (limit.category().isEmpty() || limit.category().get().equals(line.category))) {
                sum = sum.add(line.points);
            }
        }
        Category category = limit.category().orElse(null);
        if (limit.cap().isPresent() && sum.compareTo(limit.cap().get()) > 0) {
            BigDecimal cap = limit.cap().get().setScale(2, RoundingMode.UNNECESSARY);
            lines.add(new Draft(dimension, ItemLine.Kind.CAP, limit.code(), category, termId, List.of(), cap.subtract(sum),
                    bilingual("student.line.cap", limit.name(), sum.toPlainString(), cap.toPlainString())));
        } else if (limit.floor().isPresent() && sum.compareTo(limit.floor().get()) < 0) {
            BigDecimal floor = limit.floor().get().setScale(2, RoundingMode.UNNECESSARY);
            lines.add(new Draft(dimension, ItemLine.Kind.FLOOR, limit.code(), category, termId, List.of(), floor.subtract(sum),
                    bilingual("student.line.floor", limit.name(), sum.toPlainString(), floor.toPlainString())));
        }
    }

    // ------------------------------------------------------------------ measures

    private static Measure dimension(Dimension d, List<ItemLine> all) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        StringBuilder listed = new StringBuilder();
        int count = 0;
        int unlisted = 0;
        for (ItemLine line : all) {
            if (line.dimension() != d) {
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
     * @param lines    the points lines
     * @param measures the raw values, by indicator
     * @param academic the academic part, if any grade counted
     */
    public record Tallied(StudentNo student, List<ItemLine> lines, SortedMap<String, Measure> measures, Optional<Academic> academic) {
    }

    private record Pending(long sequence, int rule, String group, Dimension dimension, BigDecimal points, Bilingual text, boolean counts) {
    }

    private record Sample(long sequence, BigDecimal value) {
    }

    /** A line before its entries are named. */
    private record Draft(Dimension dimension, ItemLine.Kind kind, String code, Category category, TermId term, List<Long> sequences,
                         BigDecimal points, Bilingual text) {
        ItemLine line(StudentNo student) {
            List<EntryRef> refs = new ArrayList<>(sequences.size());
            for (long s : sequences) {
                refs.add(new EntryRef(student, s));
            }
            return new ItemLine(dimension, kind, code, Optional.ofNullable(category), Optional.ofNullable(term), refs, points, text);
        }
    }
}

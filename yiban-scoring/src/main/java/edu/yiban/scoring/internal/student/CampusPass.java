package edu.yiban.scoring.internal.student;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled evaluation of a whole campus for one period (a term, or a year from its records): one loop over
 * each term's rows adding fixed-point hundredths into per-student sums, then per student the limits, bases,
 * defaults, the part tree, vetoes and gates in {@code long} arithmetic — no object per entry, none per student
 * beyond the lists a veto or gate fills. What it computes is exactly what the explaining engine ({@link Tally},
 * {@link PartScorer}) computes, line for line summed:
 *
 * <ol>
 *   <li>An item adds its points (its row's, or the entry's own, in hundredths) to its part's sum for the term and,
 *       where a limit reads its category, to that (part, category) sum; a row not found or an entry without
 *       points counts 0 but gives the part a line (so its {@code default} does not apply).</li>
 *   <li>At each term's end its {@code TERM} limits apply in order: a sum above the cap gets {@code cap − sum},
 *       below the floor {@code floor − sum}; that adjustment is a line of the limit's part (and category) that
 *       later limits read.</li>
 *   <li>At the period's end: each part's {@code base}, its {@code default} where no entry gave it a line, then
 *       the {@code PERIOD} limits; each part's points are then its sum.</li>
 *   <li>The part tree, leaves up: a part's exact score is its points plus Σ weight × child score, at
 *       {@link CompiledRules#scale} decimals (exact: the scale of the product), held by its cap, then its floor;
 *       a veto that holds sets the root to the lowest veto score; the total is the root rounded once, half-up,
 *       to hundredths.</li>
 * </ol>
 *
 * A student with an entry the pass does not compile ({@link CompiledRules#SLOW}), or whose arithmetic would
 * overflow a {@code long}, is tallied by the explaining engine instead; an entry the rules cannot read makes
 * the pass give up (null), so that the explaining engine refuses the evaluation naming every such entry.
 *
 * <p>Sums are kept by the archive columns' own student index, so that a row adds where it points without a lookup;
 * students evaluated without archive rows get columns past the interned ones.
 */
final class CampusPass {
    private static final long[] POWERS = CompiledRules.POWERS;

    private final CompiledRules rules;
    private final RuleBook book;
    private final int n;
    private final int[] columnOf;
    private final int parts;
    private final int buckets;
    private final int severities;
    private final long[] sums;
    private final long[] bucketSums;
    private final boolean[] recorded;
    private final int[] severity;
    private final boolean[] slow;
    /** The sums when the current term began, for a term's limits (null: the first term, all zero). */
    private long[] termStart;
    private long[] termBucketStart;

    private CampusPass(CompiledRules rules, Roster roster, Roster.Mapping mapping) {
        this.rules = rules;
        this.book = rules.book;
        this.n = roster.size();
        this.columnOf = mapping.columnOf();
        this.parts = rules.parts;
        this.buckets = rules.buckets;
        this.severities = rules.severitiesRead ? book.severities.size() : 0;
        int width = mapping.width();
        this.sums = new long[width * parts];
        this.bucketSums = new long[width * buckets];
        this.recorded = new boolean[rules.defaults ? width * parts : 0];
        this.severity = new int[width * severities];
        this.slow = new boolean[width];
    }

    /**
     * The period's results over {@code terms}' snapshots (in order), or null when an entry cannot be read by the
     * rules (the explaining engine then refuses, naming each).
     *
     * @param tieBreak      the tie-break nodes
     * @param tieBreakParts their parts' indexes
     */
    static CompactResults run(CompiledRules rules, Roster roster, List<TermSpan> spans, int yearDays, List<TermColumns> terms,
                              List<String> tieBreak, int[] tieBreakParts, CompactResults.Maker maker) {
        Roster.Mapping mapping = roster.slots(rules.columns);
        CampusPass pass = new CampusPass(rules, roster, mapping);
        boolean termLimits = false;
        for (boolean perTerm : rules.limitPerTerm) {
            termLimits |= perTerm;
        }
        for (int t = 0; t < terms.size(); t++) {
            if (!pass.feed(terms.get(t))) {
                return null;
            }
            if (termLimits) {
                pass.limits(true, t + 1 < terms.size());
            }
        }
        CompactResults results = new CompactResults(roster, rules, spans, yearDays, terms, mapping, tieBreak, tieBreakParts, maker);
        pass.finish(results);
        return results;
    }

    /** Adds one term's rows; false when a row cannot be read by the rules. */
    private boolean feed(TermColumns rows) {
        long[][] table = rules.table();
        long[] sums = this.sums;
        long[] bucketSums = this.bucketSums;
        boolean keepRecorded = recorded.length > 0;
        int parts = this.parts;
        int buckets = this.buckets;
        byte[] read = rules.categoryStates();
        for (int row = 0, size = rows.size(); row < size; row++) {
            int category = rows.category(row);
            byte state = category < read.length ? read[category] : 0;
            if (state == 0) {
                state = rules.categoryState(category);
                read = rules.categoryStates();
            }
            if (state == CompiledRules.UNREAD) {
                continue;
            }
            if (!rows.effective(row)) {
                continue;
            }
            int attributes = rows.attributes(row);
            long[] byAttributes;
            long entry = category < table.length && (byAttributes = table[category]) != null && attributes < byAttributes.length
                    ? byAttributes[attributes] : 0;
            if (entry == 0) {
                entry = rules.entry(category, attributes);
                table = rules.table();
            }
            int kind = CompiledRules.kind(entry);
            if (kind == CompiledRules.FAST) {
                int student = rows.student(row);
                int part = CompiledRules.part(entry);
                long points = CompiledRules.points(entry);
                sums[student * parts + part] += points;
                int b = CompiledRules.bucket(entry);
                if (b >= 0) {
                    bucketSums[student * buckets + b] += points;
                }
                if (keepRecorded) {
                    recorded[student * parts + part] = true;
                }
            } else if (kind != CompiledRules.IGNORE && !general(rows, row, kind, CompiledRules.code(entry))) {
                return false;
            }
        }
        return true;
    }

    /** A row whose entry is not {@link CompiledRules#FAST}: false when it cannot be read by the rules. */
    private boolean general(TermColumns rows, int row, int kind, int code) {
        int student = rows.student(row);
        CompiledRules.Codes c = rules.codes(code);
        switch (kind) {
            case CompiledRules.ITEM -> {
                int part = c.part[code];
                int b = c.bucket[code];
                if (part < 0) {
                    int d = rows.dimension(row);
                    part = d == ArchiveColumns.NO_DIMENSION ? -1 : book.dimensionPart[d];
                    if (part < 0) {
                        mark(student, 0);
                        return true;
                    }
                    b = rules.bucket(part, c.category[code]);
                }
                long points = c.points[code];
                if (points == CompiledRules.RECORDED) {
                    int own = rows.points(row);
                    if (own == ArchiveColumns.NO_POINTS) {
                        mark(student, part);
                        return true;
                    }
                    points = own;
                }
                sums[student * parts + part] += points;
                if (b >= 0) {
                    bucketSums[student * buckets + b] += points;
                }
                mark(student, part);
                int slot = c.severitySlot[code];
                if (slot >= 0 && c.severity[code] > 0) {
                    severity[student * severities + slot] = Math.max(severity[student * severities + slot], c.severity[code]);
                }
            }
            case CompiledRules.ZERO -> mark(student, c.part[code]);
            case CompiledRules.SLOW -> slow[student] = true;
            case CompiledRules.BAD -> {
                return false;
            }
            default -> {
            }
        }
        return true;
    }

    /** That an entry gave the part a line, where a default reads it. */
    private void mark(int student, int part) {
        if (recorded.length > 0) {
            recorded[student * parts + part] = true;
        }
    }

    /**
     * Applies the term's ({@code perTerm}) or the period's limits to every evaluated student's sums. Sums of a year
     * from its records run on across terms: a term's limit holds the term's own lines, the sums less those at the
     * term's start.
     *
     * @param more whether more terms follow (then the sums at the next term's start are kept)
     */
    private void limits(boolean perTerm, boolean more) {
        int[] limitPart = rules.limitPart;
        for (int i = 0; i < limitPart.length; i++) {
            if (rules.limitPerTerm[i] != perTerm) {
                continue;
            }
            int part = limitPart[i];
            int b = rules.limitBucket(i);
            long cap = rules.limitCap[i];
            long floor = rules.limitFloor[i];
            long[] held = b < 0 ? sums : bucketSums;
            long[] before = !perTerm ? null : b < 0 ? termStart : termBucketStart;
            int stride = b < 0 ? parts : buckets;
            int at = b < 0 ? part : b;
            for (int s = 0; s < n; s++) {
                int column = columnOf[s];
                int k = column * stride + at;
                long sum = before == null ? held[k] : held[k] - before[k];
                long adjustment = 0;
                if (cap != CompiledRules.NONE && sum > cap) {
                    adjustment = cap - sum;
                } else if (floor != CompiledRules.NONE && sum < floor) {
                    adjustment = floor - sum;
                }
                if (adjustment != 0) {
                    sums[column * parts + part] += adjustment;
                    if (b >= 0) {
                        bucketSums[k] += adjustment;
                    }
                }
            }
        }
        if (more) {
            termStart = sums.clone();
            termBucketStart = bucketSums.clone();
        }
    }

    /** Bases, defaults, the period's limits, then every student's part tree, vetoes, gates and total. */
    private void finish(CompactResults results) {
        boolean defaults = rules.defaults;
        for (int s = 0; s < n; s++) {
            int from = columnOf[s] * parts;
            for (int p = 0; p < parts; p++) {
                if (rules.base[p] != CompiledRules.NONE) {
                    sums[from + p] += rules.base[p];
                }
                if (defaults && rules.fallback[p] != CompiledRules.NONE && !recorded[from + p]) {
                    sums[from + p] += rules.fallback[p];
                }
            }
        }
        limits(false, false);
        long[] exact = new long[parts];
        List<Veto> vetoes = book.set.vetoes();
        List<Gate> gates = book.set.gates();
        int rootScale = rules.scale[0];
        for (int s = 0; s < n; s++) {
            int column = columnOf[s];
            if (slow[column]) {
                continue;
            }
            try {
                score(column, exact);
            } catch (ArithmeticException e) {
                slow[column] = true;
                continue;
            }
            List<String> vetoed = List.of();
            for (int i = 0; i < vetoes.size(); i++) {
                Veto veto = vetoes.get(i);
                if (veto.when().holds(measure(column, rules.vetoReads[i]), veto.threshold())) {
                    exact[0] = vetoed.isEmpty() ? rules.vetoScore[i] : Math.min(exact[0], rules.vetoScore[i]);
                    vetoed = vetoed.isEmpty() ? new ArrayList<>(2) : vetoed;
                    vetoed.add(veto.code());
                }
            }
            List<String> failed = List.of();
            for (int i = 0; i < gates.size(); i++) {
                Gate gate = gates.get(i);
                if (!gate.must().holds(measure(column, rules.gateReads[i]), gate.threshold())) {
                    failed = failed.isEmpty() ? new ArrayList<>(2) : failed;
                    failed.add(gate.code());
                }
            }
            results.compiled(s, roundHalfUp(exact[0], rootScale), exact, vetoed, failed);
        }
        for (int s = 0; s < n; s++) {
            if (slow[columnOf[s]]) {
                results.explained(s);
            }
        }
    }

    /**
     * The exact score of every part of the student in {@code column}, leaves up, at each part's scale: without
     * overflow checks where {@link CompiledRules#plainArithmetic} says none can happen, else each step checked.
     */
    private void score(int column, long[] exact) {
        int from = column * parts;
        boolean plain = rules.plainArithmetic;
        for (int p = 0; plain && p < parts; p++) {
            plain = Math.abs(sums[from + p]) <= CompiledRules.SUM_LIMIT;
        }
        long[] pointsFactor = rules.pointsFactor;
        int[] childStart = rules.childStart;
        int[] childOf = rules.childOf;
        long[] childWeight = rules.childWeight;
        long[] cap = rules.cap;
        long[] floor = rules.floor;
        for (int p = parts - 1; p >= 0; p--) {
            long v;
            int to = childStart[p + 1];
            if (plain) {
                v = sums[from + p] * pointsFactor[p];
                for (int e = childStart[p]; e < to; e++) {
                    v += childWeight[e] * exact[childOf[e]];
                }
            } else {
                v = Math.multiplyExact(sums[from + p], pointsFactor[p]);
                for (int e = childStart[p]; e < to; e++) {
                    v = Math.addExact(v, Math.multiplyExact(childWeight[e], exact[childOf[e]]));
                }
            }
            exact[p] = Math.max(floor[p], Math.min(cap[p], v));
        }
    }

    /** What a veto or gate reads: a part's points (two decimals) or a severity (a whole number). */
    private BigDecimal measure(int column, int reads) {
        return reads >= 0 ? BigDecimal.valueOf(sums[column * parts + reads], 2) : BigDecimal.valueOf(severity[column * severities - 1 - reads]);
    }

    /** {@code value} at {@code scale} decimals rounded to two, half-up (halves away from zero). */
    static long roundHalfUp(long value, int scale) {
        if (scale == 2) {
            return value;
        }
        long unit = POWERS[scale - 2];
        long whole = value / unit;
        long rest = Math.abs(value % unit);
        return rest * 2 >= unit ? whole + Long.signum(value) : whole;
    }

    /** {@code value} exactly at {@code scale} decimals. */
    static long unscaled(BigDecimal value, int scale) {
        return value.setScale(scale).unscaledValue().longValueExact();
    }
}

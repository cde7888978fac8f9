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
 * each term's rows adding fixed-point hundredths into per-student sums, then part by part over every student the
 * limits, bases, defaults and the part tree, and student by student the vetoes and gates, in {@code long}
 * arithmetic — no object per entry, none per student beyond the lists a veto or gate fills. What it computes is
 * exactly what the explaining engine ({@link Tally}, {@link PartScorer}) computes, line for line summed:
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
 * <p>Each student has one row of {@link CompiledRules#slots} sums, by the archive columns' own student index, so
 * that an entry adds where it points without a lookup, once: a slot per part for the lines no limit reads by
 * category, then a slot per (part, category) bucket a limit reads ({@link CompiledRules#slot}). A part's sum is its
 * own slot plus its buckets'; at the period's end the buckets are folded into the parts' slots. Students
 * evaluated without archive rows get rows past the interned ones.
 */
final class CampusPass {
    private static final long[] POWERS = CompiledRules.POWERS;

    private final CompiledRules rules;
    private final RuleBook book;
    private final int n;
    private final int[] columnOf;
    private final int parts;
    private final int slots;
    private final int severities;
    /** Each column student's sums: {@code sums[column * slots + slot]}. */
    private final long[] sums;
    private final boolean[] recorded;
    private final int[] severity;
    private final boolean[] slow;
    /** The sums when the current term began, for a term's limits (null: the first term, all zero). */
    private long[] termStart;

    private CampusPass(CompiledRules rules, Roster roster, Roster.Mapping mapping) {
        this.rules = rules;
        this.book = rules.book;
        this.n = roster.size();
        this.columnOf = mapping.columnOf();
        this.parts = rules.parts;
        this.slots = rules.slots;
        this.severities = rules.severitiesRead ? book.severities.size() : 0;
        int width = mapping.width();
        this.sums = new long[width * slots];
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
        boolean keepRecorded = recorded.length > 0;
        int slots = this.slots;
        byte[] read = rules.categoryStates();
        for (int row = 0, size = rows.size(); row < size; row++) {
            int category = rows.category(row);
            byte state = category < read.length ? read[category] : 0;
            if (state == 0) {
                state = rules.categoryState(category);
                read = rules.categoryStates();
            }
            if (state == CompiledRules.UNREAD || !rows.effective(row)) {
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
                sums[student * slots + CompiledRules.slot(entry)] += CompiledRules.points(entry);
                if (keepRecorded) {
                    recorded[student * parts + CompiledRules.part(entry)] = true;
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
                sums[student * slots + rules.slot(part, b)] += points;
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

    /** The sum of {@code part} in the row of sums at {@code from}: its own slot and its buckets'. */
    private long partSum(long[] held, int from, int part) {
        long sum = held[from + part];
        for (int slot : rules.bucketSlots[part]) {
            sum += held[from + slot];
        }
        return sum;
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
            // a bucket's limit holds and adjusts its bucket; a part's, the part's whole sum, adjusted in its own slot
            int slot = rules.slot(part, b);
            long cap = rules.limitCap[i];
            long floor = rules.limitFloor[i];
            long[] before = perTerm ? termStart : null;
            for (int s = 0; s < n; s++) {
                int from = columnOf[s] * slots;
                long sum = b >= 0 ? sums[from + slot] : partSum(sums, from, part);
                if (before != null) {
                    sum -= b >= 0 ? before[from + slot] : partSum(before, from, part);
                }
                long adjustment = 0;
                if (cap != CompiledRules.NONE && sum > cap) {
                    adjustment = cap - sum;
                } else if (floor != CompiledRules.NONE && sum < floor) {
                    adjustment = floor - sum;
                }
                sums[from + slot] += adjustment;
            }
        }
        if (more) {
            termStart = sums.clone();
        }
    }

    /**
     * Bases, defaults, the period's limits, then the part tree part by part over every student, each student's
     * vetoes and gates, and the totals.
     */
    private void finish(CompactResults results) {
        int[] columnOf = this.columnOf;
        long[] sums = this.sums;
        int slots = this.slots;
        for (int p = 0; p < parts; p++) {
            long base = rules.base[p];
            long fallback = rules.defaults ? rules.fallback[p] : CompiledRules.NONE;
            if (base != CompiledRules.NONE) {
                for (int s = 0; s < n; s++) {
                    sums[columnOf[s] * slots + p] += base;
                }
            }
            if (fallback != CompiledRules.NONE) {
                for (int s = 0; s < n; s++) {
                    if (!recorded[columnOf[s] * parts + p]) {
                        sums[columnOf[s] * slots + p] += fallback;
                    }
                }
            }
        }
        limits(false, false);
        // each part's points into its own slot: the part's slot plus its buckets'
        for (int p = 0; p < parts; p++) {
            for (int slot : rules.bucketSlots[p]) {
                for (int s = 0; s < n; s++) {
                    int from = columnOf[s] * slots;
                    sums[from + p] += sums[from + slot];
                }
            }
        }
        long[][] exact = score();
        List<Veto> vetoes = book.set.vetoes();
        List<Gate> gates = book.set.gates();
        List<?>[] vetoed = vetoes.isEmpty() ? null : new List<?>[n];
        List<?>[] failed = gates.isEmpty() ? null : new List<?>[n];
        long[] root = exact[0];
        for (int s = 0; s < n && (vetoed != null || failed != null); s++) {
            int column = columnOf[s];
            if (slow[column]) {
                continue;
            }
            List<String> struck = List.of();
            for (int i = 0; i < vetoes.size(); i++) {
                Veto veto = vetoes.get(i);
                if (veto.when().holds(measure(column, rules.vetoReads[i]), veto.threshold())) {
                    root[s] = struck.isEmpty() ? rules.vetoScore[i] : Math.min(root[s], rules.vetoScore[i]);
                    struck = struck.isEmpty() ? new ArrayList<>(2) : struck;
                    struck.add(veto.code());
                }
            }
            List<String> notPassed = List.of();
            for (int i = 0; i < gates.size(); i++) {
                Gate gate = gates.get(i);
                if (!gate.must().holds(measure(column, rules.gateReads[i]), gate.threshold())) {
                    notPassed = notPassed.isEmpty() ? new ArrayList<>(2) : notPassed;
                    notPassed.add(gate.code());
                }
            }
            if (vetoed != null) {
                vetoed[s] = struck;
            }
            if (failed != null) {
                failed[s] = notPassed;
            }
        }
        int rootScale = rules.scale[0];
        long[] totals = new long[n];
        for (int s = 0; s < n; s++) {
            totals[s] = roundHalfUp(root[s], rootScale);
        }
        results.compiled(totals, exact, vetoed, failed);
        for (int s = 0; s < n; s++) {
            if (slow[columnOf[s]]) {
                results.explained(s);
            }
        }
    }

    /**
     * Every part's exact score by student ({@code exact[part][s]}), leaves up, at each part's scale: part by part over
     * all students without overflow checks where {@link CompiledRules#plainArithmetic} says none can happen for a
     * student whose points stay within ±{@link CompiledRules#SUM_LIMIT}; every other student, step by step checked
     * ({@link #scoreChecked}), and tallied by the explaining engine when a step would overflow.
     */
    private long[][] score() {
        long[][] exact = new long[parts][];
        int[] columnOf = this.columnOf;
        long[] sums = this.sums;
        int slots = this.slots;
        int[] childStart = rules.childStart;
        int[] childOf = rules.childOf;
        long[] childWeight = rules.childWeight;
        for (int p = parts - 1; p >= 0; p--) {
            long[] e = new long[n];
            long factor = rules.pointsFactor[p];
            for (int s = 0; s < n; s++) {
                e[s] = sums[columnOf[s] * slots + p] * factor;
            }
            for (int edge = childStart[p]; edge < childStart[p + 1]; edge++) {
                long weight = childWeight[edge];
                long[] child = exact[childOf[edge]];
                for (int s = 0; s < n; s++) {
                    e[s] += weight * child[s];
                }
            }
            long cap = rules.cap[p];
            long floor = rules.floor[p];
            for (int s = 0; s < n; s++) {
                e[s] = Math.max(floor, Math.min(cap, e[s]));
            }
            exact[p] = e;
        }
        long[] one = new long[parts];
        boolean plain = rules.plainArithmetic;
        for (int s = 0; s < n; s++) {
            int column = columnOf[s];
            if (slow[column]) {
                continue;
            }
            int from = column * slots;
            long bits = 0;
            for (int p = 0; p < parts; p++) {
                bits |= Math.abs(sums[from + p]);
            }
            // |points| ≥ 2^40 somewhere (or Long.MIN_VALUE): not within the plain bound
            if (plain && bits >>> 40 == 0) {
                continue;
            }
            try {
                scoreChecked(from, one);
            } catch (ArithmeticException e) {
                slow[column] = true;
                continue;
            }
            for (int p = 0; p < parts; p++) {
                exact[p][s] = one[p];
            }
        }
        return exact;
    }

    /** The exact score of every part of the student whose sums start at {@code from}, leaves up, each step checked. */
    private void scoreChecked(int from, long[] exact) {
        long[] pointsFactor = rules.pointsFactor;
        int[] childStart = rules.childStart;
        int[] childOf = rules.childOf;
        long[] childWeight = rules.childWeight;
        for (int p = parts - 1; p >= 0; p--) {
            long v = Math.multiplyExact(sums[from + p], pointsFactor[p]);
            for (int e = childStart[p]; e < childStart[p + 1]; e++) {
                v = Math.addExact(v, Math.multiplyExact(childWeight[e], exact[childOf[e]]));
            }
            exact[p] = Math.max(rules.floor[p], Math.min(rules.cap[p], v));
        }
    }

    /** What a veto or gate reads: a part's points (two decimals) or a severity (a whole number). */
    private BigDecimal measure(int column, int reads) {
        return reads >= 0 ? BigDecimal.valueOf(sums[column * slots + reads], 2) : BigDecimal.valueOf(severity[column * severities - 1 - reads]);
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

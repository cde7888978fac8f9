package edu.yiban.scoring.student;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The compiled evaluation of a whole campus for one period (a term, or a year from its records): one loop over
 * each term's rows adding fixed-point hundredths into per-student sums, then, block by block of students, the
 * limits, bases, defaults and the part tree part by part, and student by student the vetoes and gates, in
 * {@code long} arithmetic — no object per entry, none per student beyond the lists a veto or gate fills. What it computes is
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
    /** The students scored together part by part: their scores of every part stay in the first-level cache. */
    private static final int BLOCK = 256;

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
    /** The parts whose exact scores the results keep besides the root's: the tie-break parts. */
    private final int[] kept;
    /** The sums when the current term began, for a term's limits (null: the first term, all zero). */
    private long @Nullable [] termStart;

    private CampusPass(CompiledRules rules, Roster roster, Roster.Mapping mapping, int[] kept) {
        this.kept = kept;
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
    static @Nullable CompactResults run(CompiledRules rules, Roster roster, List<TermSpan> spans, int yearDays, List<TermColumns> terms,
                              List<String> tieBreak, int[] tieBreakParts, CompactResults.Maker maker) {
        Roster.Mapping mapping = roster.slots(rules.columns);
        CampusPass pass = new CampusPass(rules, roster, mapping, tieBreakParts);
        boolean termLimits = false;
        for (boolean perTerm : rules.limitPerTerm) {
            termLimits |= perTerm;
        }
        for (int t = 0; t < terms.size(); t++) {
            if (!pass.feed(terms.get(t))) {
                return null;
            }
            if (termLimits && t + 1 < terms.size()) {
                // the last term's limits are held in the finish, student block by student block
                pass.limits(true, 0, pass.n);
                pass.termStart = pass.sums.clone();
            }
        }
        CompactResults results = new CompactResults(roster, rules, spans, yearDays, terms, mapping, tieBreak, tieBreakParts, maker);
        pass.finish(results, termLimits);
        return results;
    }

    /**
     * Adds one term's rows; false when a row cannot be read by the rules. Where no part has a default (nothing needs
     * to know which parts an entry gave a line), the rows go through {@link #addRun}, a tight loop in which every
     * row whose entry {@link CompiledRules#ADDS} — an item, or an entry nothing counts, adding 0 — adds to its slot
     * without a branch on what it is; it stops at a row needing more (its entry not compiled yet, or one the pass
     * does not add straight away), which is handled here before the run goes on.
     */
    private boolean feed(TermColumns rows) {
        if (recorded.length > 0) {
            return feedMarking(rows);
        }
        long[] sums = this.sums;
        int slots = this.slots;
        for (int row = 0, size = rows.size(); row < size; row++) {
            row = addRun(rows, row, size, rules.table(), sums, slots);
            if (row == size) {
                break;
            }
            int category = rows.category(row);
            int attributes = rows.attributes(row);
            long[][] table = rules.table();
            long[] byAttributes;
            long entry = category < table.length && (byAttributes = table[category]) != null && attributes < byAttributes.length
                    ? byAttributes[attributes] : 0;
            if (entry == 0) {
                entry = rules.entry(category, attributes);
            }
            if ((entry & CompiledRules.ADDS) != 0) {
                sums[rows.student(row) * slots + CompiledRules.slot(entry)] += CompiledRules.points(entry);
            } else if (!general(rows, row, CompiledRules.kind(entry), CompiledRules.code(entry))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the rows from {@code row} on while each one's entry {@link CompiledRules#ADDS}; returns the first effective
     * row whose entry does not (not compiled yet, or not one the pass adds straight away), or {@code size}.
     */
    private static int addRun(TermColumns rows, int row, int size, long[][] table, long[] sums, int slots) {
        for (; row < size; row++) {
            if (!rows.effective(row)) {
                continue;
            }
            int category = rows.category(row);
            int attributes = rows.attributes(row);
            long[] byAttributes;
            long entry = category < table.length && (byAttributes = table[category]) != null && attributes < byAttributes.length
                    ? byAttributes[attributes] : 0;
            if ((entry & CompiledRules.ADDS) == 0) {
                return row;
            }
            sums[rows.student(row) * slots + CompiledRules.slot(entry)] += CompiledRules.points(entry);
        }
        return size;
    }

    /** {@link #feed}, marking the part each entry gives a line (a part has a default); categories nothing reads passed over. */
    private boolean feedMarking(TermColumns rows) {
        long[][] table = rules.table();
        long[] sums = this.sums;
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
                recorded[student * parts + CompiledRules.part(entry)] = true;
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
     * Applies the term's ({@code perTerm}) or the period's limits, in order, to the sums of the evaluated students
     * {@code lo .. hi} (by 学号). Sums of a year from its records run on across terms: a term's limit holds the term's
     * own lines, the sums less those at the term's start.
     */
    private void limits(boolean perTerm, int lo, int hi) {
        int[] limitPart = rules.limitPart;
        int[] columnOf = this.columnOf;
        long[] sums = this.sums;
        int slots = this.slots;
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
            for (int s = lo; s < hi; s++) {
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
    }

    /**
     * Block by block of students (their sums stay in the first-level cache): the last term's limits ({@code
     * termLimits}), bases, defaults, the period's limits, each part's buckets folded into its slot, and the part tree
     * ({@link #score}); then each student's vetoes and gates, and the totals.
     */
    private void finish(CompactResults results, boolean termLimits) {
        long[][] exact = new long[parts][];
        exact[0] = new long[n];
        for (int p : kept) {
            if (exact[p] == null) {
                exact[p] = new long[n];
            }
        }
        long[][] block = new long[parts][Math.min(BLOCK, n)];
        long[] one = new long[parts];
        for (int first = 0; first < n; first += BLOCK) {
            int end = Math.min(n, first + BLOCK);
            if (termLimits) {
                limits(true, first, end);
            }
            bases(first, end);
            limits(false, first, end);
            for (int p = 0; p < parts; p++) {
                for (int slot : rules.bucketSlots[p]) {
                    for (int s = first; s < end; s++) {
                        int from = columnOf[s] * slots;
                        sums[from + p] += sums[from + slot];
                    }
                }
            }
            score(first, end, block, exact, one);
        }
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

    /** Each part's base, and its default where no entry gave it a line, for the students {@code lo .. hi}. */
    private void bases(int lo, int hi) {
        for (int p = 0; p < parts; p++) {
            long base = rules.base[p];
            long fallback = rules.defaults ? rules.fallback[p] : CompiledRules.NONE;
            if (base != CompiledRules.NONE) {
                for (int s = lo; s < hi; s++) {
                    sums[columnOf[s] * slots + p] += base;
                }
            }
            if (fallback != CompiledRules.NONE) {
                for (int s = lo; s < hi; s++) {
                    if (!recorded[columnOf[s] * parts + p]) {
                        sums[columnOf[s] * slots + p] += fallback;
                    }
                }
            }
        }
    }

    /**
     * The exact scores of the students {@code first .. end} into {@code exact[part][s]} for the root and the
     * {@link #kept} parts (the others' are null), leaves up, at each part's scale, part by part over the block
     * ({@code block[part][s - first]}): without overflow checks where {@link CompiledRules#plainArithmetic} says none
     * can happen for a student whose points stay within ±{@link CompiledRules#SUM_LIMIT}; every other student step by
     * step checked ({@link #scoreChecked}), and tallied by the explaining engine when a step would overflow.
     */
    private void score(int first, int end, long[][] block, long[][] exact, long[] one) {
        int[] columnOf = this.columnOf;
        long[] sums = this.sums;
        int slots = this.slots;
        int[] childStart = rules.childStart;
        int[] childOf = rules.childOf;
        long[] childWeight = rules.childWeight;
        long[] pointsFactor = rules.pointsFactor;
        int m = end - first;
        for (int p = parts - 1; p >= 0; p--) {
            long[] e = block[p];
            long factor = pointsFactor[p];
            for (int j = 0; j < m; j++) {
                e[j] = sums[columnOf[first + j] * slots + p] * factor;
            }
            for (int edge = childStart[p]; edge < childStart[p + 1]; edge++) {
                long weight = childWeight[edge];
                long[] child = block[childOf[edge]];
                for (int j = 0; j < m; j++) {
                    e[j] += weight * child[j];
                }
            }
            long cap = rules.cap[p];
            long floor = rules.floor[p];
            for (int j = 0; j < m; j++) {
                e[j] = Math.max(floor, Math.min(cap, e[j]));
            }
            if (exact[p] != null) {
                System.arraycopy(e, 0, exact[p], first, m);
            }
        }
        boolean plain = rules.plainArithmetic;
        for (int s = first; s < end; s++) {
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
                if (exact[p] != null) {
                    exact[p][s] = one[p];
                }
            }
        }
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

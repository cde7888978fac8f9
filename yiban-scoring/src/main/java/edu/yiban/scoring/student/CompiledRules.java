package edu.yiban.scoring.student;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Category;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Veto;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A rule book compiled for the column pass ({@link CampusPass}): what each (category, attribute set) of one
 * archive's columns does to a student's fixed-point sums, the limits as sums of lines to hold, and the part tree
 * as fixed-point weights. Every amount is a {@code long} in hundredths; a part's exact score is a {@code long} at
 * its own scale ({@link #scale}), the scale its {@code BigDecimal} would have in the explaining engine, so the two
 * compare and convert without loss.
 *
 * <p>A rule set that uses what the pass does not compile — a part formula, points by days held, a veto or gate
 * reading anything but a part's points or a severity — compiles to nothing ({@link #of} gives null) and is
 * evaluated student by student by the explaining engine. Within a compiled rule set, an entry whose rule keeps
 * state across entries (highest-only groups, sums of bands, trimmed means) or whose grade a score reads marks its
 * student {@link #SLOW}: that student alone is tallied by the explaining engine.
 *
 * <p>Safe for concurrent passes: the table of codes grows under a lock and is published whole.
 */
final class CompiledRules {
    /** An entry nothing counts. */
    static final byte IGNORE = 1;
    /** An item with points: adds to its part's sum (and its category's bucket), marks the part recorded. */
    static final byte ITEM = 2;
    /** An item that counts 0 but gives its part a line (a table row not found, an entry without points). */
    static final byte ZERO = 3;
    /** An entry the explaining engine tallies: its student is tallied there. */
    static final byte SLOW = 4;
    /** An entry the rules cannot read: the evaluation is refused, by the explaining engine, naming it. */
    static final byte BAD = 5;
    /** An item of a part of its own whose points fit an {@code int}, its severity not kept: its table entry says it all. */
    static final byte FAST = 6;
    /**
     * The flag of a table entry the pass adds without a branch on its kind: a {@link #FAST} item, or an entry nothing
     * counts ({@link #IGNORE}), which adds 0 to slot 0.
     */
    static final long ADDS = 8;
    /** An item's points when the entry's own points count. */
    static final long RECORDED = Long.MIN_VALUE;
    /** No cap, floor, base or default. */
    static final long NONE = Long.MIN_VALUE;
    /** The most decimals a part's exact score may need before the pass leaves the rule set to the explaining engine. */
    private static final int MOST_DECIMALS = 18;

    final RuleBook book;
    final ArchiveColumns columns;
    final int parts;
    /** Whether a grade's measures are read: then every student with a grade is tallied by the explaining engine. */
    private final boolean academicRead;
    /** Whether a veto or gate reads a severity: only then does the pass keep severities. */
    final boolean severitiesRead;
    /** Whether a part has a default: only then does the pass keep which parts an entry gave a line. */
    final boolean defaults;

    /** The limits, in the order they apply: term or period, the bucket summed (-1: the part's), cap and floor in hundredths. */
    final boolean[] limitPerTerm;
    final int[] limitPart;
    final int[] limitCategory;
    final long[] limitCap;
    final long[] limitFloor;
    /** The categories limits read, numbered. */
    private final List<Category> limitCategories = new ArrayList<>();
    /** The bucket of (part, limit category), -1 when no limit reads it: {@code bucket[part * categories + category]}. */
    private final int[] bucket;
    /** How many (part, category) buckets limits read. */
    final int buckets;
    /**
     * A student's sums in the pass ({@link CampusPass}): a slot per part (its lines no limit reads by category), then a
     * slot per bucket, {@code parts + bucket}; a part's sum is its slot plus its buckets' ({@link #bucketSlots}).
     */
    final int slots;
    /** Each part's buckets' slots. */
    final int[][] bucketSlots;

    /** Each part's base and default in hundredths, or {@link #NONE}. */
    final long[] base;
    final long[] fallback;
    /** Each part's exact score's decimals. */
    final int[] scale;
    /** Each part's weight as an integer at {@link #weightScale}. */
    final long[] weight;
    final int[] weightScale;
    /** Each part's cap and floor at its scale; {@link Long#MAX_VALUE} and {@link Long#MIN_VALUE} when it has none. */
    final long[] cap;
    final long[] floor;
    /** Each part's children. */
    final int[][] children;
    /** What a part's points are multiplied by to stand at its scale, and a child's score to stand at its parent's (its weight in it). */
    final long[] pointsFactor;
    final long[] childFactor;
    /**
     * Whether no score can overflow a {@code long} while every part's points stay within ±{@link #SUM_LIMIT}
     * hundredths: then a student within that bound is scored without overflow checks.
     */
    final boolean plainArithmetic;
    /** The part tree flat: part {@code p}'s children are {@code childOf[childStart[p] .. childStart[p + 1])}, each weighing {@code childWeight}. */
    final int[] childStart;
    final int[] childOf;
    final long[] childWeight;
    /** The points (hundredths) within which {@link #plainArithmetic} holds: about 110 million points. */
    static final long SUM_LIMIT = 1L << 40;
    static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    /** Each veto's and gate's indicator: a part's points ({@code part}) or a severity ({@code -1 - slot}). */
    final int[] vetoReads;
    final int[] gateReads;
    /** Each veto's score at the root's scale. */
    final long[] vetoScore;

    private final Object lock = new Object();
    /** The code of each (category, attribute set) plus one, 0 when not yet compiled: {@code table[category][attributes]}. */
    private volatile long[][] table = new long[0][];
    private volatile byte[] categoryStates = new byte[0];
    /** Each entry's code plus one, read and written under the lock. */
    private int[][] codeTable = new int[0][];
    private volatile Codes codes = new Codes(64);

    /** What the codes say, by code. */
    static final class Codes {
        final byte[] kind;
        /** The part, or -1: the part named like the entry's dimension. */
        final int[] part;
        /** The points in hundredths, or {@link #RECORDED}: the entry's own (an item shared in a team is {@link #SLOW}). */
        final long[] points;
        /** The limit category of the rule's category, or -1. */
        final int[] category;
        /** The (part, category) bucket an item of a part of its own adds to, or -1. */
        final int[] bucket;
        /** The severity slot, or -1, and the row's severity. */
        final int[] severitySlot;
        final int[] severity;
        /** The compiled entry, for the explaining engine and for recorded points shared or split. */
        final Compiled[] compiled;
        int size;

        Codes(int capacity) {
            kind = new byte[capacity];
            part = new int[capacity];
            points = new long[capacity];
            category = new int[capacity];
            bucket = new int[capacity];
            severitySlot = new int[capacity];
            severity = new int[capacity];
            compiled = new Compiled[capacity];
        }

        Codes grown() {
            Codes more = new Codes(kind.length * 2);
            System.arraycopy(kind, 0, more.kind, 0, size);
            System.arraycopy(part, 0, more.part, 0, size);
            System.arraycopy(points, 0, more.points, 0, size);
            System.arraycopy(category, 0, more.category, 0, size);
            System.arraycopy(bucket, 0, more.bucket, 0, size);
            System.arraycopy(severitySlot, 0, more.severitySlot, 0, size);
            System.arraycopy(severity, 0, more.severity, 0, size);
            System.arraycopy(compiled, 0, more.compiled, 0, size);
            more.size = size;
            return more;
        }
    }

    private CompiledRules(RuleBook book, ArchiveColumns columns, boolean academicRead) {
        this.book = book;
        this.columns = columns;
        this.academicRead = academicRead;
        this.parts = book.parts.size();
        this.children = book.children;
        this.severitiesRead = book.set.vetoes().stream().anyMatch(v -> book.severities.contains(v.indicator()))
                || book.set.gates().stream().anyMatch(g -> book.severities.contains(g.indicator()));
        this.defaults = book.parts.stream().anyMatch(p -> p.fallback().isPresent());
        int limits = book.limits.size();
        limitPerTerm = new boolean[limits];
        limitPart = new int[limits];
        limitCategory = new int[limits];
        limitCap = new long[limits];
        limitFloor = new long[limits];
        for (int i = 0; i < limits; i++) {
            Limit limit = book.limits.get(i);
            limitPerTerm[i] = limit.per() == Limit.Per.TERM;
            limitPart[i] = book.limitPart[i];
            limitCategory[i] = limit.category().map(this::limitCategory).orElse(-1);
            limitCap[i] = limit.cap().map(CompiledRules::hundredths).orElse(NONE);
            limitFloor[i] = limit.floor().map(CompiledRules::hundredths).orElse(NONE);
        }
        int categories = limitCategories.size();
        bucket = new int[Math.max(1, parts * categories)];
        Arrays.fill(bucket, -1);
        int numbered = 0;
        for (int i = 0; i < limits; i++) {
            if (limitCategory[i] >= 0 && bucket[limitPart[i] * categories + limitCategory[i]] < 0) {
                bucket[limitPart[i] * categories + limitCategory[i]] = numbered++;
            }
        }
        buckets = numbered;
        slots = parts + buckets;
        int[] bucketPart = new int[buckets];
        for (int i = 0; i < limits; i++) {
            int b = limitCategory[i] < 0 ? -1 : bucket[limitPart[i] * categories + limitCategory[i]];
            if (b >= 0) {
                bucketPart[b] = limitPart[i];
            }
        }
        bucketSlots = new int[parts][];
        for (int p = 0; p < parts; p++) {
            final int part = p;
            bucketSlots[p] = IntStream.range(0, buckets).filter(b -> bucketPart[b] == part).map(b -> parts + b).toArray();
        }
        base = new long[parts];
        fallback = new long[parts];
        scale = new int[parts];
        weight = new long[parts];
        weightScale = new int[parts];
        cap = new long[parts];
        floor = new long[parts];
        for (int p = 0; p < parts; p++) {
            Part part = book.parts.get(p);
            base[p] = part.base().map(CompiledRules::hundredths).orElse(NONE);
            fallback[p] = part.fallback().map(CompiledRules::hundredths).orElse(NONE);
            BigDecimal w = part.weight();
            weightScale[p] = Math.max(0, w.scale());
            weight[p] = w.movePointRight(weightScale[p]).longValueExact();
        }
        for (int p = parts - 1; p >= 0; p--) {
            Part part = book.parts.get(p);
            int s = 2;
            for (int c : children[p]) {
                s = Math.max(s, scale[c] + weightScale[c]);
            }
            s = Math.max(s, part.cap().map(BigDecimal::scale).orElse(0));
            s = Math.max(s, part.floor().map(BigDecimal::scale).orElse(0));
            if (p == 0) {
                for (Veto veto : book.set.vetoes()) {
                    s = Math.max(s, veto.score().scale());
                }
            }
            if (s > MOST_DECIMALS) {
                throw new NotCompiled();
            }
            scale[p] = s;
            final int at = s;
            cap[p] = part.cap().map(v -> unscaled(v, at)).orElse(Long.MAX_VALUE);
            floor[p] = part.floor().map(v -> unscaled(v, at)).orElse(Long.MIN_VALUE);
        }
        pointsFactor = new long[parts];
        childFactor = new long[parts];
        double[] bound = new double[parts];
        boolean fits = true;
        for (int p = parts - 1; p >= 0; p--) {
            pointsFactor[p] = POWERS[scale[p] - 2];
            bound[p] = (double) SUM_LIMIT * pointsFactor[p];
            for (int c : children[p]) {
                childFactor[c] = Math.multiplyExact(weight[c], POWERS[scale[p] - scale[c] - weightScale[c]]);
                bound[p] += Math.abs((double) childFactor[c]) * bound[c];
            }
            bound[p] = Math.max(bound[p], Math.max(magnitude(cap[p]), magnitude(floor[p])));
            fits &= bound[p] < 0x1p61;
        }
        plainArithmetic = fits;
        childStart = new int[parts + 1];
        int edges = 0;
        for (int p = 0; p < parts; p++) {
            childStart[p] = edges;
            edges += children[p].length;
        }
        childStart[parts] = edges;
        childOf = new int[edges];
        childWeight = new long[edges];
        for (int p = 0; p < parts; p++) {
            for (int k = 0; k < children[p].length; k++) {
                childOf[childStart[p] + k] = children[p][k];
                childWeight[childStart[p] + k] = childFactor[children[p][k]];
            }
        }
        vetoReads = new int[book.set.vetoes().size()];
        vetoScore = new long[vetoReads.length];
        for (int i = 0; i < vetoReads.length; i++) {
            Veto veto = book.set.vetoes().get(i);
            vetoReads[i] = reads(veto.indicator());
            vetoScore[i] = unscaled(veto.score(), scale[0]);
        }
        gateReads = new int[book.set.gates().size()];
        for (int i = 0; i < gateReads.length; i++) {
            Gate gate = book.set.gates().get(i);
            gateReads[i] = reads(gate.indicator());
        }
    }

    /**
     * {@code book} compiled for {@code columns}, or null when the rule set uses what the pass does not compile (see
     * the class comment).
     */
    static @Nullable CompiledRules of(RuleBook book, ArchiveColumns columns) {
        for (int p = 0; p < book.parts.size(); p++) {
            if (book.partFormula[p] != null) {
                return null;
            }
        }
        if (book.rules.stream().anyMatch(r -> r.prorate().isPresent())) {
            return null;
        }
        try {
            return new CompiledRules(book, columns, false);
        } catch (NotCompiled | ArithmeticException e) {
            return null;
        }
    }

    /** The magnitude a cap or floor gives a part's score, 0 when it has none. */
    private static double magnitude(long held) {
        return held == Long.MAX_VALUE || held == Long.MIN_VALUE ? 0 : Math.abs((double) held);
    }

    /** A part's points or a severity, as {@link #vetoReads} says; anything else is not compiled. */
    private int reads(String indicator) {
        for (int p = 0; p < parts; p++) {
            if (StudentEvaluation.points(book.parts.get(p).code()).equals(indicator)) {
                return p;
            }
        }
        int slot = book.severities.indexOf(indicator);
        if (slot >= 0) {
            return -1 - slot;
        }
        throw new NotCompiled();
    }

    private int limitCategory(Category category) {
        int at = limitCategories.indexOf(category);
        if (at < 0) {
            limitCategories.add(category);
            at = limitCategories.size() - 1;
        }
        return at;
    }

    /** The bucket an item of {@code part} in limit category {@code category} adds to, or -1. */
    int bucket(int part, int category) {
        return category < 0 ? -1 : bucket[part * limitCategories.size() + category];
    }

    /** The slot a line of {@code part} in bucket {@code b} (-1: none) adds to. */
    int slot(int part, int b) {
        return b < 0 ? part : parts + b;
    }

    /** The bucket limit {@code i} holds, or -1 when it holds its part's whole sum. */
    int limitBucket(int i) {
        return bucket(limitPart[i], limitCategory[i]);
    }

    /**
     * The table of entries by category and attribute set, as published: {@code table()[category][attributes]}, 0 when
     * not compiled yet (then {@link #entry} compiles it). An entry of kind {@link #FAST} carries all the pass needs:
     * the points in its high 32 bits, the part ({@link #part}) and the slot it adds to ({@link #slot(long)}), and
     * {@link #ADDS}; one of {@link #IGNORE}, 0 points into slot 0 and {@link #ADDS}; any other, its kind in the low
     * bits and its code ({@link #code(long)}) in the high 32.
     */
    long[][] table() {
        return table;
    }

    /** A category the rules read, or not: {@link #categoryStates()}. */
    static final byte READ = 1;
    static final byte UNREAD = 2;

    /**
     * What the rules make of each category (by column code), as published: {@link #READ}, {@link #UNREAD} (its rows
     * are passed over without looking at their attributes), or 0 when not yet known ({@link #categoryState} learns it).
     */
    byte[] categoryStates() {
        return categoryStates;
    }

    /** Whether the rules read category {@code category} (its column code): {@link #READ} or {@link #UNREAD}. */
    byte categoryState(int category) {
        synchronized (lock) {
            byte[] known = categoryStates;
            if (category < known.length && known[category] != 0) {
                return known[category];
            }
            byte[] more = Arrays.copyOf(known, Math.max(category + 1, known.length));
            more[category] = book.reads(columns.category(category)) ? READ : UNREAD;
            categoryStates = more;
            return more[category];
        }
    }

    /** An entry's kind. */
    static int kind(long entry) {
        return (int) entry & 0x7;
    }

    /** A {@link #FAST} entry's part. */
    static int part(long entry) {
        return ((int) entry >>> 4 & 0x3FFF) - 1;
    }

    /** A {@link #FAST} entry's slot ({@link #slots}). */
    static int slot(long entry) {
        return ((int) entry >>> 18 & 0x3FFF) - 1;
    }

    /** A {@link #FAST} entry's points in hundredths. */
    static long points(long entry) {
        return entry >> 32;
    }

    /** Any other entry's code. */
    static int code(long entry) {
        return (int) (entry >>> 32);
    }

    /** The codes, at least up to {@code code}: read under the lock they were written under when the published ones are older. */
    Codes codes(int code) {
        Codes c = codes;
        if (code < c.size) {
            return c;
        }
        synchronized (lock) {
            return codes;
        }
    }

    /** The entry of category {@code category} (its column code) with attribute set {@code attributes}, compiled now if not yet. */
    long entry(int category, int attributes) {
        synchronized (lock) {
            long[][] t = table;
            if (category >= t.length) {
                t = Arrays.copyOf(t, Math.max(category + 1, t.length * 2));
            }
            long[] row = t[category] == null ? new long[Math.max(16, attributes + 1)] : t[category];
            if (attributes >= row.length) {
                row = Arrays.copyOf(row, Math.max(attributes + 1, row.length * 2));
            }
            if (row[attributes] != 0) {
                return row[attributes];
            }
            Codes c = codes.size == codes.kind.length ? codes.grown() : codes;
            int code = c.size;
            describe(c, code, columns.category(category), attributes);
            c.size++;
            codes = c;
            row[attributes] = entryOf(c, code);
            if (category >= codeTable.length) {
                codeTable = Arrays.copyOf(codeTable, t.length);
            }
            int[] codeRow = codeTable[category] == null ? new int[row.length] : codeTable[category];
            codeTable[category] = codeRow.length < row.length ? Arrays.copyOf(codeRow, row.length) : codeRow;
            codeTable[category][attributes] = code + 1;
            if (t[category] != row || t != table) {
                // a grown table or row is published whole; a slot of a published row is written in place: a pass
                // that reads 0 there asks again, under the lock
                t[category] = row;
                table = t;
            }
            return row[attributes];
        }
    }

    /** What an entry of category {@code category} with attribute set {@code attributes} compiles to, for the explaining engine. */
    Compiled compiled(int category, int attributes) {
        entry(category, attributes);
        synchronized (lock) {
            return codes.compiled[codeTable[category][attributes] - 1];
        }
    }

    private long entryOf(Codes c, int code) {
        long points = c.points[code];
        int part = c.part[code];
        int b = c.bucket[code];
        if (c.kind[code] == ITEM && part >= 0 && points != RECORDED && points == (int) points && c.severitySlot[code] < 0
                && part + 1 < 0x3FFF && slot(part, b) + 1 < 0x3FFF) {
            return points << 32 | (long) (slot(part, b) + 1) << 18 | (long) (part + 1) << 4 | ADDS | FAST;
        }
        if (c.kind[code] == IGNORE) {
            // 0 points into slot 0: the code is not needed, nothing but the table reads an entry nothing counts
            return 1L << 18 | ADDS | IGNORE;
        }
        return (long) code << 32 | c.kind[code];
    }

    private void describe(Codes c, int code, Category category, int attributes) {
        c.part[code] = -1;
        c.category[code] = -1;
        c.bucket[code] = -1;
        c.severitySlot[code] = -1;
        c.points[code] = 0;
        if (!book.reads(category)) {
            c.kind[code] = IGNORE;
            c.compiled[code] = Compiled.IGNORED;
            return;
        }
        Compiled compiled = book.compile(category, columns.attributes(attributes));
        c.compiled[code] = compiled;
        if (compiled instanceof Compiled.Ignored) {
            c.kind[code] = IGNORE;
        } else if (compiled instanceof Compiled.Grade) {
            c.kind[code] = academicRead ? SLOW : IGNORE;
        } else if (compiled instanceof Compiled.Bad) {
            c.kind[code] = BAD;
        } else if (compiled instanceof Compiled.NoRow none) {
            int part = book.rulePart[none.rule()];
            c.kind[code] = part < 0 ? SLOW : ZERO;
            c.part[code] = part;
        } else if (compiled instanceof Compiled.Item item && item.group() == null && item.prorate() == null
                && (item.points() != null || (item.divisor() == 1 && item.factor().compareTo(BigDecimal.ONE) == 0))) {
            Rule rule = book.rules.get(item.rule());
            c.kind[code] = ITEM;
            c.part[code] = book.rulePart[item.rule()];
            c.points[code] = item.points() == null ? RECORDED : Tally.points(item.points(), item).movePointRight(2).longValueExact();
            c.category[code] = limitCategories.indexOf(rule.category());
            c.bucket[code] = c.part[code] < 0 ? -1 : bucket(c.part[code], c.category[code]);
            c.severitySlot[code] = severitiesRead ? book.severitySlot[item.rule()] : -1;
            c.severity[code] = item.severity();
        } else {
            c.kind[code] = SLOW;
        }
    }

    private static long hundredths(BigDecimal value) {
        return unscaled(value, 2);
    }

    private static long unscaled(BigDecimal value, int scale) {
        if (value.stripTrailingZeros().scale() > scale) {
            throw new NotCompiled();
        }
        return value.movePointRight(scale).longValueExact();
    }

    /** A rule set the pass does not compile. */
    private static final class NotCompiled extends RuntimeException {
        NotCompiled() {
            super(null, null, false, false);
        }
    }
}

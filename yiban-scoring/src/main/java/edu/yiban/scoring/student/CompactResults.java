package edu.yiban.scoring.student;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.Ranking;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * A period's results as the compiled pass ({@link CampusPass}) leaves them: every student's total, tie-break scores,
 * vetoes and failed gates in columns, and each student's full {@link StudentResult} — lines, explanation tree,
 * measures — made only when asked for, by the explaining engine from the same compiled rules and the same snapshot
 * of the archives. A result so made is checked against the columns (total, tie-break scores, vetoes, gates) before
 * it is handed out: an explanation cannot disagree with the score it explains. Ranks are worked out from the
 * columns alone.
 *
 * <p>An unmodifiable list, by 学号; safe to read from several threads (a result is made once).
 */
final class CompactResults extends AbstractList<StudentResult> implements RandomAccess {
    /** Turns one student's tally into their result: the explaining engine's last step. */
    interface Maker {
        StudentResult make(StudentNo student, AdminClass adminClass, Tally.Tallied tallied);
    }

    private final Roster roster;
    private final CompiledRules rules;
    private final List<TermSpan> spans;
    private final int yearDays;
    private final List<TermColumns> terms;
    private final Roster.Mapping mapping;
    private final List<String> tieBreak;
    private final int[] tieParts;
    private final Maker maker;
    /** Each student's total in hundredths, and tie-break scores ({@code ties[k][i]}): set by {@link #compiled}. */
    @SuppressWarnings("NullAway.Init") // set by compiled(), which CampusPass.finish calls before it hands the results out
    private long[] totals;
    private final long[][] ties;
    /** Each student's vetoes and failed gates; null when the rules have none (every student: none). */
    private List<?> @Nullable [] vetoes;
    private List<?> @Nullable [] failed;
    private final AtomicReferenceArray<StudentResult> made;
    /** Each student's column and every term's rows by column student; made when first needed. */
    private @Nullable Columns columns;
    /** The places by grouping, once worked out. */
    private final Map<Grouping, List<Ranked>> ranked = new EnumMap<>(Grouping.class);
    private long @Nullable [] packed;
    private boolean unpacked;
    private final int slotBits;
    private final long slotMask;

    CompactResults(Roster roster, CompiledRules rules, List<TermSpan> spans, int yearDays, List<TermColumns> terms, Roster.Mapping mapping,
                   List<String> tieBreak, int[] tieParts, Maker maker) {
        this.roster = roster;
        this.rules = rules;
        this.spans = List.copyOf(spans);
        this.yearDays = yearDays;
        this.terms = List.copyOf(terms);
        this.mapping = mapping;
        this.tieBreak = List.copyOf(tieBreak);
        this.tieParts = tieParts;
        this.maker = maker;
        int n = roster.size();
        this.ties = new long[tieParts.length][];
        this.made = new AtomicReferenceArray<>(n);
        this.slotBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        this.slotMask = (1L << slotBits) - 1;
    }

    /**
     * The students as the pass computed them, by 学号: totals in hundredths, the exact scores of the tie-break parts
     * ({@code exact[part][i]}), vetoes and failed gates (null: the rules have none).
     */
    void compiled(long[] totals, long[][] exact, List<?> @Nullable [] vetoed, List<?> @Nullable [] failedGates) {
        this.totals = totals;
        for (int k = 0; k < tieParts.length; k++) {
            ties[k] = exact[tieParts[k]];
        }
        this.vetoes = vetoed;
        this.failed = failedGates;
    }

    /** Student {@code s} tallied by the explaining engine now, their columns filled from the result. */
    void explained(int s) {
        StudentResult r = explain(s);
        totals[s] = r.total().movePointRight(2).longValueExact();
        for (int k = 0; k < tieParts.length; k++) {
            ties[k][s] = CampusPass.unscaled(r.score(tieBreak.get(k)).orElse(BigDecimal.ZERO), rules.scale[tieParts[k]]);
        }
        if (vetoes == null) {
            vetoes = none();
        }
        if (failed == null) {
            failed = none();
        }
        vetoes[s] = r.result().vetoes();
        failed[s] = r.result().failedGates();
        made.set(s, r);
    }

    private List<?>[] none() {
        List<?>[] out = new List<?>[size()];
        Arrays.fill(out, List.of());
        return out;
    }

    @Override
    public int size() {
        return roster.size();
    }

    /** The result of the {@code i}-th student by 学号, made now if not yet. */
    @Override
    public StudentResult get(int i) {
        StudentResult r = made.get(i);
        if (r == null) {
            r = checked(i, explain(i));
            if (!made.compareAndSet(i, null, r)) {
                r = made.get(i);
            }
        }
        return r;
    }

    /** The result of {@code student}, if they were evaluated. */
    public Optional<StudentResult> find(StudentNo student) {
        int i = Arrays.binarySearch(roster.subjects, student.value());
        return i < 0 ? Optional.empty() : Optional.of(get(i));
    }

    /** The nodes the columns' tie-break scores are of, in order. */
    public List<String> tieBreak() {
        return tieBreak;
    }

    /** The indicators every result measures: each part's points, the academic measures, the severities. */
    public Set<String> indicators() {
        return rules.book.produced();
    }

    /** The {@code i}-th student. */
    public StudentNo student(int i) {
        return roster.students[i];
    }

    /** The {@code i}-th student's total in hundredths. */
    public long hundredths(int i) {
        return totals[i];
    }

    /** The {@code i}-th student's total, two decimals. */
    public BigDecimal total(int i) {
        return BigDecimal.valueOf(totals[i], 2);
    }

    /** Whether the {@code i}-th student passes every gate and no veto struck. */
    public boolean eligible(int i) {
        return vetoes(i).isEmpty() && failedGates(i).isEmpty();
    }

    /** The codes of the vetoes that struck the {@code i}-th student. */
    @SuppressWarnings("unchecked")
    public List<String> vetoes(int i) {
        return vetoes == null ? List.of() : (List<String>) vetoes[i];
    }

    /** The codes of the gates the {@code i}-th student failed. */
    @SuppressWarnings("unchecked")
    public List<String> failedGates(int i) {
        return failed == null ? List.of() : (List<String>) failed[i];
    }

    /**
     * Every student's place within their group at {@code grouping}, ordered by group, then rank (as {@link Ranking}
     * orders them): worked out from the columns into arrays, each {@link Ranked} made when read.
     */
    public List<Ranked> ranks(Grouping grouping) {
        synchronized (ranked) {
            List<Ranked> known = ranked.get(grouping);
            if (known != null) {
                return known;
            }
        }
        Roster.Groups groups = roster.groups(grouping);
        int[][] members = groups.members();
        long[] keys = keys();
        int n = size();
        int[] order = new int[n];
        int[] groupStart = new int[members.length + 1];
        long[] buffer = new long[keys == null ? 0 : n];
        int at = 0;
        for (int g = 0; g < members.length; g++) {
            int of = members[g].length;
            groupStart[g] = at;
            if (keys != null) {
                for (int k = 0; k < of; k++) {
                    buffer[k] = keys[members[g][k]];
                }
                Arrays.sort(buffer, 0, of);
                for (int k = 0; k < of; k++) {
                    order[at + k] = (int) (buffer[k] & slotMask);
                }
            } else {
                System.arraycopy(members[g], 0, order, at, of);
                sort(order, at, at + of);
            }
            at += of;
        }
        groupStart[members.length] = at;
        List<Ranked> all = new Places(groups.codes(), groupStart, order);
        synchronized (ranked) {
            ranked.put(grouping, all);
        }
        return all;
    }

    /** The places at {@code grouping} as arrays, for awards. */
    Awarding.Places places(Grouping grouping) {
        Places places = (Places) ranks(grouping);
        return new Awarding.Places(places.codes, places.groupStart, places.order);
    }

    /** Places as arrays: a {@link Ranked} is made when read. */
    private final class Places extends AbstractList<Ranked> implements RandomAccess {
        private final String[] codes;
        private final int[] groupStart;
        private final int[] order;
        /** Each place's shared rank (equal totals, one place), worked out when a place is first read. */
        private volatile int @Nullable [] shared;

        Places(String[] codes, int[] groupStart, int[] order) {
            this.codes = codes;
            this.groupStart = groupStart;
            this.order = order;
        }

        private int[] shared() {
            int[] known = shared;
            if (known == null) {
                known = new int[order.length];
                for (int g = 0; g < codes.length; g++) {
                    for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                        int k = i - groupStart[g];
                        known[i] = k > 0 && totals[order[i]] == totals[order[i - 1]] ? known[i - 1] : k + 1;
                    }
                }
                shared = known;
            }
            return known;
        }

        @Override
        public Ranked get(int i) {
            Objects.checkIndex(i, order.length);
            int g = Arrays.binarySearch(groupStart, 0, codes.length, i);
            if (g < 0) {
                g = -g - 2;
            } else {
                while (g + 1 < codes.length && groupStart[g + 1] == i) {
                    g++;
                }
            }
            int rank = i - groupStart[g] + 1;
            int of = groupStart[g + 1] - groupStart[g];
            return new Ranked(roster.subjects[order[i]], codes[g], rank, of, shared()[i], Ranking.percentile(rank, of));
        }

        @Override
        public int size() {
            return order.length;
        }
    }

    /**
     * Each student's place key when one {@code long} holds it: (highest total first, then each tie-break score
     * highest first) as offsets below the campus's highest, then the student's place by 学号; null when the ranges are
     * too wide to pack, and the places are then sorted by comparing.
     */
    private synchronized long @Nullable [] keys() {
        if (packed != null || unpacked) {
            return packed;
        }
        int n = size();
        long[][] columns = new long[ties.length + 1][];
        columns[0] = totals;
        System.arraycopy(ties, 0, columns, 1, ties.length);
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        long[] highest = new long[columns.length];
        int[] width = new int[columns.length];
        for (int k = 0; k < columns.length && n > 0; k++) {
            long max = Long.MIN_VALUE;
            long min = Long.MAX_VALUE;
            for (long v : columns[k]) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
            long range = max - min;
            if (range < 0) {
                unpacked = true;
                return null;
            }
            highest[k] = max;
            width[k] = 64 - Long.numberOfLeadingZeros(range);
            bits += width[k];
        }
        if (bits > 63) {
            unpacked = true;
            return null;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long key = 0;
            for (int k = 0; k < columns.length; k++) {
                key = key << width[k] | highest[k] - columns[k][i];
            }
            keys[i] = key << slotBits | i;
        }
        packed = keys;
        return keys;
    }

    /** Sorts students (given by 学号) in {@code order[from .. to)} into places: total, then the tie-break scores, highest first; stable, so 学号 last. */
    private void sort(int[] order, int from, int to) {
        if (to - from < 2) {
            return;
        }
        mergeSort(order, new int[order.length], from, to);
    }

    private void mergeSort(int[] a, int[] buffer, int from, int to) {
        if (to - from <= 24) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= from && before(x, a[j])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(a, buffer, from, middle);
        mergeSort(a, buffer, middle, to);
        if (!before(a[middle], a[middle - 1])) {
            return;
        }
        System.arraycopy(a, from, buffer, from, to - from);
        int i = from;
        int j = middle;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < middle && !before(buffer[j], buffer[i]))) {
                a[k] = buffer[i++];
            } else {
                a[k] = buffer[j++];
            }
        }
    }

    /** Whether student {@code a} is placed strictly before {@code b} on total and tie-break scores. */
    private boolean before(int a, int b) {
        if (totals[a] != totals[b]) {
            return totals[a] > totals[b];
        }
        for (long[] scores : ties) {
            if (scores[a] != scores[b]) {
                return scores[a] > scores[b];
            }
        }
        return false;
    }

    /** {@code r}, after checking that it says what the columns say of student {@code i}. */
    private StudentResult checked(int i, StudentResult r) {
        boolean agrees = r.total().compareTo(total(i)) == 0 && r.result().vetoes().equals(vetoes(i)) && r.result().failedGates().equals(failedGates(i));
        for (int k = 0; agrees && k < tieParts.length; k++) {
            BigDecimal exact = BigDecimal.valueOf(ties[k][i], rules.scale[tieParts[k]]);
            agrees = r.score(tieBreak.get(k)).orElse(BigDecimal.ZERO).compareTo(exact) == 0;
        }
        if (!agrees) {
            throw new IllegalStateException("the explanation of " + r.student().value() + " gives " + r.total().toPlainString() + " "
                    + r.result().vetoes() + r.result().failedGates() + " where the compiled pass gave " + total(i).toPlainString() + " "
                    + vetoes(i) + failedGates(i));
        }
        return r;
    }

    /** Student {@code s} tallied by the explaining engine from the pass's own snapshot. */
    private StudentResult explain(int s) {
        RuleBook book = rules.book;
        StudentNo student = roster.students[s];
        List<Violation> problems = new ArrayList<>();
        Tally tally = new Tally(student, book, spans, yearDays, problems);
        Columns columns = columns();
        int column = columns.columnOf[s];
        for (int t = 0; t < spans.size(); t++) {
            tally.startTerm(spans.get(t), true);
            if (column < 0) {
                continue;
            }
            TermColumns term = terms.get(t);
            int[] from = columns.start[t];
            int[] at = columns.rows[t];
            for (int k = from[column]; k < from[column + 1]; k++) {
                int row = at[k];
                if (term.effective(row)) {
                    tally.add(term.sequence(row), term.dimension(row), term.points(row), rules.compiled(term.category(row), term.attributes(row)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return maker.make(student, roster.classes[s], tally.finish());
    }

    /**
     * Each student's column index (-1 when they have no archive rows), and every term's rows by column student:
     * {@code rows[t][start[t][c] .. start[t][c + 1])}.
     */
    private record Columns(int[] columnOf, int[][] start, int[][] rows) {
    }

    /** The {@link Columns}, made when first needed. */
    private synchronized Columns columns() {
        Columns known = columns;
        if (known == null) {
            int[] slotOf = mapping.slotOf();
            int[] of = new int[size()];
            Arrays.fill(of, -1);
            for (int c = 0; c < slotOf.length; c++) {
                if (slotOf[c] >= 0) {
                    of[slotOf[c]] = c;
                }
            }
            int[][] start = new int[terms.size()][];
            int[][] rows = new int[terms.size()][];
            for (int t = 0; t < terms.size(); t++) {
                TermColumns term = terms.get(t);
                int[] first = new int[slotOf.length + 1];
                for (int row = 0; row < term.size(); row++) {
                    first[term.student(row) + 1]++;
                }
                for (int c = 0; c < slotOf.length; c++) {
                    first[c + 1] += first[c];
                }
                int[] next = Arrays.copyOf(first, slotOf.length);
                int[] byStudent = new int[term.size()];
                for (int row = 0; row < term.size(); row++) {
                    byStudent[next[term.student(row)]++] = row;
                }
                start[t] = first;
                rows[t] = byStudent;
            }
            known = new Columns(of, start, rows);
            columns = known;
        }
        return known;
    }
}

package edu.yiban.examples.benchmarks;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.TermId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The compact archive pass (列式投影): each student's points per dimension (德智体美劳), summed exactly in
 * hundredths over the archives' primitive columns ({@link ArchiveColumns}, {@link TermColumns}) — the loop an
 * evaluation runs. {@code entries} archive entries of 30,000 students are spread evenly over four academic
 * years (8 terms), recorded through the public API into an in-memory core once per trial.
 *
 * <p>{@code allTerms} passes over every entry (the DESIGN's "12M entries in ~30 ms" figure); {@code oneTerm}
 * over one term (an eighth); {@code oneTermShuffled} visits the same term's rows in a random order, to
 * show what the per-term layout saves; {@code snapshot} is the cost of {@link ArchiveColumns#term} alone.
 * Each pass adds into one {@code long[]} of students × 5 dimensions, cleared first, so that allocation does not
 * blur the loop. The fork takes a 12 GB heap, touched up front (the in-memory ledger keeps every record's
 * JSON, about 470 bytes an entry in all, and untouched heap pages fault on first use and blur short loops);
 * recording 12M entries through the API takes about eight minutes per trial on a 2-core machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class ArchiveColumnsBenchmark {
    /** Students on the campus (30,000: a real campus; the smoke test takes fewer). */
    @Param({"30000"})
    public int students;

    /** Archive entries in all terms. */
    @Param({"1000000", "12000000"})
    public long entries;

    private YibanCore core;
    private ArchiveColumns columns;
    private List<TermId> terms;
    private TermColumns firstTerm;
    private int[] shuffledRows;
    private long[] totals;

    /** Enrols the students and records the entries. */
    @Setup(Level.Trial)
    public void buildArchives() {
        long started = System.nanoTime();
        core = YibanCore.builder().clock(Clock.fixed(Instant.parse("2026-07-20T10:00:00Z"), ZoneOffset.UTC)).build();
        SyntheticCampus campus = SyntheticCampus.enrol(core.directory(), core.archives(), students, 4);
        campus.recordPoints(entries, 20220609L);
        columns = core.archives().columns();
        terms = columns.terms();
        firstTerm = columns.term(terms.get(0));
        shuffledRows = new int[firstTerm.size()];
        for (int i = 0; i < shuffledRows.length; i++) {
            shuffledRows[i] = i;
        }
        Random random = new Random(7);
        for (int i = shuffledRows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = shuffledRows[i];
            shuffledRows[i] = shuffledRows[j];
            shuffledRows[j] = t;
        }
        totals = new long[columns.studentCount() * Dimension.values().length];
        System.gc();
        System.out.printf("%n[setup] %d rows in %d terms, %d column bytes (%.1f a row), %d s to record%n", columns.rows(), terms.size(),
                columns.bytes(), (double) columns.bytes() / columns.rows(), (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** Closes the core. */
    @TearDown(Level.Trial)
    public void close() {
        core.close();
    }

    /** Per-student, per-dimension totals over every term: a snapshot of each term and one pass over its rows. */
    @Benchmark
    public long[] allTerms() {
        Arrays.fill(totals, 0L);
        for (TermId term : terms) {
            add(columns.term(term), totals);
        }
        return totals;
    }

    /** The same over the first term only: its snapshot and one pass. */
    @Benchmark
    public long[] oneTerm() {
        Arrays.fill(totals, 0L);
        add(columns.term(terms.get(0)), totals);
        return totals;
    }

    /** The first term's rows in a random order (the snapshot taken in the set-up). */
    @Benchmark
    public long[] oneTermShuffled() {
        Arrays.fill(totals, 0L);
        TermColumns t = firstTerm;
        int dimensions = Dimension.values().length;
        for (int row : shuffledRows) {
            int points = t.points(row);
            int dimension = t.dimension(row);
            if (points != ArchiveColumns.NO_POINTS && dimension != ArchiveColumns.NO_DIMENSION && t.effective(row)) {
                totals[t.student(row) * dimensions + dimension] += points;
            }
        }
        return totals;
    }

    /** Taking a term's snapshot alone (it copies the term's flags: one byte a row). */
    @Benchmark
    public TermColumns snapshot() {
        return columns.term(terms.get(0));
    }

    private static void add(TermColumns t, long[] totals) {
        int dimensions = Dimension.values().length;
        for (int row = 0, n = t.size(); row < n; row++) {
            int points = t.points(row);
            int dimension = t.dimension(row);
            if (points != ArchiveColumns.NO_POINTS && dimension != ArchiveColumns.NO_DIMENSION && t.effective(row)) {
                totals[t.student(row) * dimensions + dimension] += points;
            }
        }
    }
}

package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.sdk.Yiban;
import edu.yiban.store.JdbcLedgerStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start (冷启动, issue 11, point 4): opening a store that holds a campus's archives until it is ready to evaluate,
 * from the archives' projection snapshot ({@link Yiban.Builder#snapshot}), with its baselines in the same run.
 *
 * <p>The campus is {@link SyntheticCampus}'s: {@code students} of the 2022 cohort, {@code terms} realistic terms recorded
 * (about 17.4 entries a student a term; 7,500 students × 8 terms is about 1.05 million entries, a real campus 4×), in an
 * H2 file built once per trial through the public API, whose runtime writes the snapshot as it closes. Each
 * invocation opens a new runtime (a new {@link JdbcLedgerStore} over the file) and is timed until {@code build()} returns,
 * when every projection is ready; the runtime is closed untimed (its snapshot unchanged, so not written again).
 *
 * <ul>
 *   <li>{@link #fromSnapshot}: {@code Yiban.builder().store(h2File).snapshot(file).build()} — the snapshot read, checked
 *       against every archive stream's head (one read a stream), and the other projections replayed;</li>
 *   <li>{@link #replay}: the same open without a snapshot — every archive record read from H2 and decoded, as before;</li>
 *   <li>{@link #readSnapshotBytes}: the floor — the snapshot file's bytes read into a buffer, nothing decoded.</li>
 * </ul>
 *
 * <p>The set-up checks that a runtime started from the snapshot and one that replayed hold the same rows in every term
 * (an order-free sum of each row's values, students and codes by their text), and throws otherwise; it prints the
 * entries, the sizes of the H2 file and of the snapshot, and how long {@code store.streams()} and a read of one record
 * per archive stream take on H2 (the parts of the check the store answers). The file is in the page cache (it was just
 * written): the times are the process's, not a cold disk's.
 *
 * <pre>{@code
 * java -jar yiban-examples/benchmarks/target/benchmarks.jar ColdStartBenchmark -p students=7500 -p terms=8 -f 1 -wi 1 -i 3
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ColdStartBenchmark {
    private static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");

    /** Students on the campus: 7,500 is 1×. */
    @Param({"7500"})
    public int students;

    /** Terms recorded, from 2022-2023-1 on: 8 is the four years. */
    @Param({"8"})
    public int terms;

    private Path directory;
    private Path database;
    private Path snapshot;
    private long entries;
    private Yiban opened;

    /** Builds the H2 file and its snapshot, and checks that a start from the snapshot equals a replay. */
    @Setup(Level.Trial)
    public void buildCampus() throws IOException {
        directory = Files.createTempDirectory("yiban-bench-cold-");
        database = directory.resolve("campus");
        snapshot = directory.resolve("campus.archives.snapshot");
        long started = System.nanoTime();
        List<TermId> recorded;
        try (Yiban yiban = open(snapshot)) {
            SyntheticCampus campus = SyntheticCampus.enrol(yiban.campus(), yiban.archives(), students, SyntheticCampus.yearsFor(terms));
            recorded = campus.terms().subList(0, terms);
            entries = campus.recordRealisticTerms(terms);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%n[setup] %,d students × %d terms: %,d archive entries recorded into H2 in %.1f s; H2 file %,d MB, "
                        + "snapshot %,d MB (%.1f bytes an entry)%n", students, recorded.size(), entries, seconds,
                Files.size(directory.resolve("campus.mv.db")) >> 20, Files.size(snapshot) >> 20, (double) Files.size(snapshot) / entries);

        long fromSnapshot;
        long fromReplay;
        try (Yiban yiban = open(snapshot)) {
            fromSnapshot = fingerprint(yiban.archives().columns(), recorded);
        }
        try (Yiban yiban = open(null)) {
            fromReplay = fingerprint(yiban.archives().columns(), recorded);
        }
        if (fromSnapshot != fromReplay) {
            throw new IllegalStateException("a start from the snapshot and a replay hold different rows");
        }
        printStoreReads();
    }

    /** Deletes the H2 file and the snapshot. */
    @TearDown(Level.Trial)
    public void delete() throws IOException {
        TempDirectories.delete(directory);
    }

    /** Closes the invocation's runtime, untimed. */
    @TearDown(Level.Invocation)
    public void close() {
        if (opened != null) {
            opened.close();
            opened = null;
        }
    }

    /** The store opened and every projection made, the archives' from the snapshot. */
    @Benchmark
    public long fromSnapshot() {
        return ready(open(snapshot));
    }

    /** The store opened and every projection made by replaying the ledger. */
    @Benchmark
    public long replay() {
        return ready(open(null));
    }

    /** The snapshot file's bytes read into a buffer, nothing decoded: the floor of {@link #fromSnapshot}. */
    @Benchmark
    public long readSnapshotBytes() throws IOException {
        long sum = 0;
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(snapshot, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                sum += buffer.remaining() + (buffer.hasRemaining() ? buffer.get(0) : 0);
                buffer.clear();
            }
        }
        return sum;
    }

    private long ready(Yiban yiban) {
        opened = yiban;
        long rows = yiban.archives().columns().rows();
        if (rows != entries) {
            throw new IllegalStateException("the columns hold " + rows + " rows of " + entries + " entries");
        }
        return rows;
    }

    private Yiban open(Path file) {
        Yiban.Builder builder = Yiban.builder().store(JdbcLedgerStore.h2File(database)).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .rules(FourYearCampusBenchmark.fourYearRules());
        if (file != null) {
            builder.snapshot(file);
        }
        return builder.build();
    }

    /** How long the H2 store takes to list its streams and to read one record of each archive stream. */
    private void printStoreReads() {
        try (LedgerStore store = JdbcLedgerStore.h2File(database)) {
            long started = System.nanoTime();
            List<StreamId> streams = store.streams();
            long listed = System.nanoTime();
            int archives = 0;
            for (StreamId stream : streams) {
                if (stream.kind().equals("archive")) {
                    store.read(stream, 1, 2);
                    archives++;
                }
            }
            long read = System.nanoTime();
            System.out.printf("[setup] H2: streams() lists %,d streams in %d ms; one read of up to 2 records of each of %,d "
                    + "archive streams takes %d ms%n", streams.size(), (listed - started) / 1_000_000, archives, (read - listed) / 1_000_000);
        }
    }

    /**
     * An order-free sum over every row of {@code terms}: each row's student number, sequence, day, category code,
     * dimension, points, attribute set, visibility and whether it is effective, mixed into one long.
     */
    static long fingerprint(ArchiveColumns columns, List<TermId> terms) {
        long sum = 0;
        for (TermColumns t : columns.snapshot(terms)) {
            for (int row = 0; row < t.size(); row++) {
                long h = Objects.hash(columns.student(t.student(row)).value(), t.sequence(row), t.epochDay(row),
                        columns.category(t.category(row)).code(), t.dimension(row), t.points(row),
                        columns.attributes(t.attributes(row)), t.visibility(row), t.effective(row));
                sum += h * 0x9E3779B97F4A7C15L + (h >>> 17);
            }
        }
        return sum;
    }
}

package edu.yiban.examples.benchmarks;

import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.store.JdbcLedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
 * The durable store (持久化存储): appending through the {@link WritableLedger} to {@link JdbcLedgerStore#h2File} in a
 * new temporary directory, one transaction per batch of 200-byte records, round 1,000 streams. The score
 * counts batches a second; multiply by {@code batch} for records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class JdbcStoreBenchmark {
    /** Records per append (one transaction). */
    @Param({"1", "100"})
    public int batch;

    private Path directory;
    private JdbcLedgerStore store;
    private WritableLedger ledger;
    private final StreamId[] streams = LedgerBenchmark.streams("archive");
    private final long[] versions = new long[LedgerBenchmark.STREAMS];
    private List<List<RecordDraft>> drafts;
    private int next;

    /** Opens a new H2 file and makes the drafts. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("yiban-bench-h2-");
        store = JdbcLedgerStore.h2File(directory.resolve("ledger"));
        ledger = new WritableLedger(store, Clock.systemUTC());
        drafts = LedgerBenchmark.drafts(batch, 3L);
    }

    /** Closes the store and deletes its file. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        TempDirectories.delete(directory);
    }

    /** Appends one batch to the next stream in one transaction. */
    @Benchmark
    public Object append() {
        int stream = next++ % streams.length;
        List<RecordDraft> records = drafts.get(next & 63);
        Object stored = ledger.append(streams[stream], versions[stream], records);
        versions[stream] += records.size();
        return stored;
    }
}

package edu.yiban.examples.benchmarks;

import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ledger (账本) on the in-memory store: appending batches of 200-byte records to 1,000 streams, each
 * record hashed into its stream's chain, and verifying every chain of a store of 100,000 records.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class LedgerBenchmark {
    static final int STREAMS = 1_000;

    /** 200 bytes of archive-like JSON, different for each of a few hundred drafts. */
    static List<byte[]> payloads(int count, long seed) {
        Random random = new Random(seed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder json = new StringBuilder("{\"category\":\"volunteer\",\"hours\":\"")
                    .append(1 + random.nextInt(12)).append("\",\"title\":\"");
            while (json.length() < 198) {
                json.append((char) ('a' + random.nextInt(26)));
            }
            out.add(json.append("\"}").toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** 64 batches of {@code batch} drafts over {@link #payloads}, to be appended in turn ({@code drafts.get(n & 63)}). */
    static List<List<RecordDraft>> drafts(int batch, long seed) {
        List<byte[]> payloads = payloads(256, seed);
        List<List<RecordDraft>> drafts = new ArrayList<>(64);
        for (int d = 0; d < 64; d++) {
            List<RecordDraft> one = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                one.add(new RecordDraft("archive.entry-recorded", payloads.get((d * batch + i) % payloads.size())));
            }
            drafts.add(List.copyOf(one));
        }
        return List.copyOf(drafts);
    }

    static StreamId[] streams(String kind) {
        StreamId[] ids = new StreamId[STREAMS];
        for (int i = 0; i < STREAMS; i++) {
            ids[i] = StreamId.of(kind, String.format("2022%06d", i));
        }
        return ids;
    }

    /** A fresh in-memory ledger for each iteration, appended to round the streams. */
    @State(Scope.Thread)
    public static class Appending {
        /** Records per append (one atomic batch). */
        @Param({"1", "100"})
        public int batch;

        WritableLedger ledger;
        StreamId[] streams = streams("archive");
        long[] versions = new long[STREAMS];
        List<List<RecordDraft>> drafts;
        int next;

        /** Makes the drafts once. */
        @Setup(Level.Trial)
        public void drafts() {
            drafts = LedgerBenchmark.drafts(batch, 1L);
        }

        /** Starts each iteration on an empty store, so the heap does not grow from one to the next. */
        @Setup(Level.Iteration)
        public void emptyStore() {
            ledger = new WritableLedger(LedgerStore.inMemory(), Clock.fixed(Instant.parse("2023-01-20T10:00:00Z"), ZoneOffset.UTC));
            versions = new long[STREAMS];
            next = 0;
        }
    }

    /** A store of 100,000 records in 1,000 streams, built once. */
    @State(Scope.Benchmark)
    public static class Filled {
        WritableLedger ledger;
        StreamId one;

        /** Appends 100 records to each of 1,000 streams, in batches of 10. */
        @Setup(Level.Trial)
        public void fill() {
            ledger = new WritableLedger(LedgerStore.inMemory(), Clock.fixed(Instant.parse("2023-01-20T10:00:00Z"), ZoneOffset.UTC));
            List<byte[]> payloads = payloads(256, 2L);
            StreamId[] ids = streams("archive");
            one = ids[0];
            int p = 0;
            for (StreamId id : ids) {
                for (int b = 0; b < 10; b++) {
                    List<RecordDraft> batch = new ArrayList<>();
                    for (int i = 0; i < 10; i++) {
                        batch.add(new RecordDraft("archive.entry-recorded", payloads.get(p++ % payloads.size())));
                    }
                    ledger.append(id, ledger.version(id), batch);
                }
            }
        }
    }

    /** Appends one batch to the next stream; the score counts batches (see {@code batch}). */
    @Benchmark
    public Object appendBatch(Appending s) {
        int stream = s.next++ % STREAMS;
        List<RecordDraft> batch = s.drafts.get(s.next & 63);
        Object stored = s.ledger.append(s.streams[stream], s.versions[stream], batch);
        s.versions[stream] += batch.size();
        return stored;
    }

    /** Verifies every chain of 100,000 records; the score counts records verified. */
    @Benchmark
    @OperationsPerInvocation(100_000)
    public VerificationReport verifyAll(Filled s) {
        return s.ledger.verifyAll();
    }

    /** Verifies one stream of 100 records; the score counts records verified. */
    @Benchmark
    @OperationsPerInvocation(100)
    public Object verifyOneStream(Filled s) {
        return s.ledger.verify(s.one);
    }
}

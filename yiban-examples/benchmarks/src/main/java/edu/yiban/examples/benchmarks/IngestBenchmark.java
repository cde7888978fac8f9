package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.sdk.Yiban;
import edu.yiban.store.JdbcLedgerStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Ingest (导入, issue 11, point 2): a whole campus's term of archive entries recorded the way an importer records them —
 * {@link GrowthArchives#recordAll} with {@code studentsPerCall} students' entries a call — with its baselines in the
 * same run.
 *
 * <p>The campus is {@link SyntheticCampus}'s realistic term 2022-2023-1 (about 17.4 entries a student: 6 course grades,
 * 0–3 volunteer records, a fitness test, 7 peer ratings, 0–3 activities, now and then a prize, an honour, a post or a
 * sanction), {@code students} 7,500 (1×, 130,648 entries), 15,000 (2×) or 30,000 (4×). One term only: a term is what an
 * importer brings at once, and more terms would only multiply the set-up. The {@link ArchiveEntry} objects are built
 * once per trial, never timed. Every score's secondary result {@code entries} is <b>entries a second</b> (JMH's
 * {@link AuxCounters} of the entries each invocation recorded, divided by the time of the invocations); the primary
 * score counts whole ingests a second.
 *
 * <ul>
 *   <li>{@link #library}: a fresh in-memory runtime ({@link Yiban}, the campus enrolled, nothing recorded) per
 *       invocation, made by the invocation's set-up, not timed (see {@link FreshRuntime} on collections); timed: every
 *       entry through {@link GrowthArchives#recordAll}, call after call — checking, encoding, hash-chaining per student's
 *       stream, storing and projecting into the archive columns, as the library does it.</li>
 *   <li>{@link #rawAppendAndChain}: the floor for the same work — each entry's fields appended to primitive columns
 *       (student index, term, category code, dimension, points, attribute-set id interned through a {@link HashMap},
 *       day, sequence, visibility; roughly what yiban-core's {@code ArchiveColumnStore} keeps), its payload bytes copied
 *       into a byte column, and its link computed with {@link MessageDigest} SHA-256 over exactly the bytes the library's
 *       ledger hashes for that record (read back from the library's store in the set-up, checked link for link),
 *       chained per student's stream and kept in a hash column.</li>
 *   <li>{@link #rawChainOnly}: the hashing alone — every record's link over the same bytes, chained per stream — so
 *       that the reader sees how much of the floor is SHA-256.</li>
 * </ul>
 *
 * <p>Why throughput with a set-up per invocation rather than single shots: the score can then be entries a second (the
 * counter above), JMH leaves each invocation's set-up and tear-down out of the time (it sums the invocations' own
 * times), and an invocation takes a few hundred milliseconds at 1×, so timestamping each one costs nothing; an iteration
 * of 10 s holds 10–20 ingests at 1×, each on its own fresh runtime.
 *
 * <p>Besides the scores, the {@code library} trial's set-up prints the heap that ingest leaves behind per entry, for
 * the in-memory store (the records and the projections) and for an H2 file store (projections only: the records are in
 * the file), and the archive columns' own bytes per entry (see {@link FreshRuntime#measureHeap}); each of its iterations
 * prints the bytes its timed ingests allocated per entry ({@link FreshRuntime#printAllocated}); the raw baselines'
 * set-up prints the bytes per entry of the record bytes hashed.
 *
 * <pre>{@code
 * java -jar yiban-examples/benchmarks/target/benchmarks.jar IngestBenchmark -p students=7500 -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class IngestBenchmark {
    static final TermId TERM = CampusEvaluationBenchmark.TERM;
    /** {@link CampusEvaluationBenchmark}'s seed: the same campus term. */
    static final long SEED = 20220609L;
    static final Instant NOW = Instant.parse("2023-01-20T10:00:00Z");
    /** The kind of a student's archive stream {@code archive:学号} (docs/ledger.md). */
    static final String ARCHIVE_STREAM = "archive";
    /** The record type of a new archive entry, as the library writes it. */
    static final String ENTRY_RECORDED = "archive.entry-recorded";

    /** The campus and its term's entries, built once per trial and shared by every benchmark of the fork. */
    @State(Scope.Benchmark)
    public static class Workload {
        /** Students on the campus: 7,500 is 1×. */
        @Param({"7500", "15000", "30000"})
        public int students;

        /** Students whose entries go in one {@link GrowthArchives#recordAll} call, as an importer batches them. */
        @Param({"100"})
        public int studentsPerCall;

        /**
         * Terms of entries, from 2022-2023-1 on: 1 for the timed benchmark; 8 (four years, the campus studying through
         * them) to see the heap per entry at a four-year archive's size, where what a student's archive keeps once
         * (about 450 bytes) weighs less per entry.
         */
        @Param({"1"})
        public int terms;

        /** The calls an importer makes, in order: each {@code studentsPerCall} students' entries. */
        List<Map<StudentNo, List<ArchiveEntry>>> calls;
        /** The number of entries of all calls. */
        int entries;

        /** Builds the term's entries on a scratch runtime (the entries refer to the campus only by value) and cuts them into calls. */
        @Setup(Level.Trial)
        public void build() {
            Map<StudentNo, List<ArchiveEntry>> term = new LinkedHashMap<>();
            try (Yiban scratch = runtime(LedgerStore.inMemory())) {
                SyntheticCampus campus = SyntheticCampus.enrol(scratch.campus(), scratch.archives(), students, SyntheticCampus.yearsFor(terms));
                for (int t = 0; t < terms; t++) {
                    TermId id = campus.terms().get(t);
                    // the first term is the benchmark's own (seed SEED), the others follow with their own seeds
                    campus.realisticTerm(id, t == 0 ? SEED : SEED + t).forEach((student, entries) ->
                            term.computeIfAbsent(student, k -> new ArrayList<>()).addAll(entries));
                }
            }
            calls = new ArrayList<>();
            Map<StudentNo, List<ArchiveEntry>> call = new LinkedHashMap<>();
            for (Map.Entry<StudentNo, List<ArchiveEntry>> e : term.entrySet()) {
                call.put(e.getKey(), e.getValue());
                entries += e.getValue().size();
                if (call.size() == studentsPerCall) {
                    calls.add(call);
                    call = new LinkedHashMap<>();
                }
            }
            if (!call.isEmpty()) {
                calls.add(call);
            }
            System.out.printf("%n[setup] %,d students, %,d archive entries in %d term(s) from %s (%.1f a student), %,d calls of %d students%n",
                    students, entries, terms, TERM, (double) entries / students, calls.size(), studentsPerCall);
        }

        /** A new runtime over {@code store} with the campus enrolled and no archive entry. */
        Yiban enrolled(LedgerStore store) {
            Yiban yiban = runtime(store);
            SyntheticCampus.enrol(yiban.campus(), yiban.archives(), students, SyntheticCampus.yearsFor(terms));
            return yiban;
        }

        /** Records every call's entries into {@code archives}; returns the number recorded (the references handed back). */
        long ingest(GrowthArchives archives) {
            long recorded = 0;
            for (Map<StudentNo, List<ArchiveEntry>> call : calls) {
                for (List<EntryRef> refs : archives.recordAll(call).values()) {
                    recorded += refs.size();
                }
            }
            return recorded;
        }

        /** Records every student's entries with a call of their own archive ({@link edu.yiban.core.archive.GrowthArchive#recordAll(List)}): a transaction each. */
        long ingestStudentByStudent(GrowthArchives archives) {
            long recorded = 0;
            for (Map<StudentNo, List<ArchiveEntry>> call : calls) {
                for (Map.Entry<StudentNo, List<ArchiveEntry>> student : call.entrySet()) {
                    recorded += archives.of(student.getKey()).recordAll(student.getValue()).size();
                }
            }
            return recorded;
        }
    }

    /**
     * Entries recorded, as JMH's secondary result {@code entries}: summed over an iteration's invocations and divided
     * by their time, so it reads in entries a second.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        /** Entries recorded in this iteration. */
        public long entries;

        /** Starts each iteration's count at zero. */
        @Setup(Level.Iteration)
        public void reset() {
            entries = 0;
        }
    }

    /**
     * A fresh in-memory runtime for each invocation of {@link #library}: the campus enrolled and nothing recorded, before
     * the timed ingest. The set-up does not force a collection: the ingest allocates some 6.5 KB an entry (850 MB at 1×,
     * see {@link #printAllocated}), and after a forced collection all of it fits in the young generation of the 4 GB heap,
     * so no collection would ever fall inside the timed part and the scores would leave out what collecting that
     * allocation costs (copying what the ingest keeps). Left alone, young collections come every few ingests and fall
     * mostly inside them (they allocate far more than the enrolment); the scores carry their amortised cost, as an
     * importer's process would.
     */
    @State(Scope.Thread)
    public static class FreshRuntime {
        Yiban yiban;
        /** This thread's allocated bytes when the last invocation's set-up ended, and the sum over this iteration's timed ingests. */
        long allocatedAtStart;
        long allocatedInIngests;
        int ingests;

        /**
         * Prints the heap an ingest leaves behind per entry, for the in-memory store and for an H2 file store, before the
         * fork's first iteration; no JMH score. See {@link IngestBenchmark#printHeap} for the arithmetic.
         */
        @Setup(Level.Trial)
        public void measureHeap(Workload workload) throws IOException {
            // one ingest first, so that what the library builds once per JVM (validation metadata, serializers, caches)
            // is on the heap before any reading, and counted in neither B nor A
            try (Yiban warm = workload.enrolled(LedgerStore.inMemory())) {
                workload.ingest(warm.archives());
            }
            printHeap(workload, "in-memory store", LedgerStore::inMemory);
            Path directory = Files.createTempDirectory("yiban-bench-ingest-");
            try {
                int[] opened = {0};
                printHeap(workload, "H2 file store", () -> JdbcLedgerStore.h2File(directory.resolve("ledger-" + opened[0]++)));
                printTransactions(workload, "H2 file store", () -> JdbcLedgerStore.h2File(directory.resolve("ledger-" + opened[0]++)),
                        directory.resolve("ledger-" + opened[0]));
            } finally {
                TempDirectories.delete(directory);
            }
            String postgres = System.getenv("YIBAN_BENCH_PG_URL");
            if (postgres != null && !postgres.isBlank()) {
                printTransactions(workload, "PostgreSQL", () -> emptyPostgres(postgres), null);
            }
        }

        /** A new runtime, its campus enrolled. */
        @Setup(Level.Invocation)
        public void enrol(Workload workload) {
            yiban = workload.enrolled(LedgerStore.inMemory());
            allocatedAtStart = allocatedBytes();
        }

        /** Notes what the ingest allocated, checks that every entry reached the columns, and closes the runtime. */
        @TearDown(Level.Invocation)
        public void close(Workload workload) {
            allocatedInIngests += allocatedBytes() - allocatedAtStart;
            ingests++;
            long rows = yiban.archives().columns().rows();
            yiban.close();
            yiban = null;
            if (rows != workload.entries) {
                throw new IllegalStateException("the columns hold " + rows + " rows after recording " + workload.entries + " entries");
            }
        }

        /**
         * Prints what this iteration's timed ingests allocated per entry: the benchmark thread's allocated bytes from the
         * end of each invocation's set-up to the start of its tear-down (the set-up's enrolment excluded, unlike JMH's
         * {@code gc.alloc.rate.norm}), summed, divided by the ingests × entries.
         */
        @TearDown(Level.Iteration)
        public void printAllocated(Workload workload) {
            if (ingests > 0) {
                System.out.printf("%n[alloc] %d ingests, %,.0f bytes allocated an entry while timed%n", ingests,
                        (double) allocatedInIngests / ingests / workload.entries);
            }
            allocatedInIngests = 0;
            ingests = 0;
        }
    }

    /**
     * Every record of the term as the library's ledger hashes it, read back from a store the entries were recorded into
     * once, in the order the calls make them: {@code linked[start[r] .. start[r + 1])} are the bytes of record {@code r}
     * that follow the previous link in its SHA-256 input ({@code Ledger}'s class comment):
     * <pre>
     * i32 len ‖ "archive:学号" ‖ i64 sequence ‖ i32 len ‖ "archive.entry-recorded" ‖ i64 recordedAt ms ‖ i32 len ‖ payload
     * </pre>
     * with the payload (the entry's canonical JSON) from {@code payloadAt[r]} on; {@code stream[r]} is the record's
     * student, numbered in order of first appearance. The set-up recomputes every chain from these bytes and throws unless
     * each stream's last link is the one the library stored.
     */
    @State(Scope.Benchmark)
    public static class RawRecords {
        byte[] linked;
        int[] start;
        int[] payloadAt;
        int[] stream;
        int records;
        int streams;

        /** Records the entries once through the library, reads every stored record back, and checks the chains. */
        @Setup(Level.Trial)
        public void readBack(Workload workload) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            start = new int[workload.entries + 1];
            payloadAt = new int[workload.entries];
            stream = new int[workload.entries];
            List<byte[]> storedHeads = new ArrayList<>();
            long payloadBytes = 0;
            try (Yiban yiban = workload.enrolled(LedgerStore.inMemory())) {
                workload.ingest(yiban.archives());
                for (Map<StudentNo, List<ArchiveEntry>> call : workload.calls) {
                    for (Map.Entry<StudentNo, List<ArchiveEntry>> e : call.entrySet()) {
                        List<StoredRecord> stored = yiban.core().ledger().read(StreamId.of(ARCHIVE_STREAM, e.getKey().value()), 1);
                        if (stored.size() != e.getValue().size()) {
                            throw new IllegalStateException(e.getKey().value() + " has " + stored.size() + " records for "
                                    + e.getValue().size() + " entries");
                        }
                        for (StoredRecord record : stored) {
                            if (!record.type().equals(ENTRY_RECORDED)) {
                                throw new IllegalStateException(record + " is not a new entry");
                            }
                            byte[] header = header(record);
                            byte[] payload = record.payload();
                            start[records] = bytes.size();
                            payloadAt[records] = bytes.size() + header.length;
                            stream[records] = streams;
                            bytes.write(header, 0, header.length);
                            bytes.write(payload, 0, payload.length);
                            payloadBytes += payload.length;
                            records++;
                        }
                        storedHeads.add(stored.get(stored.size() - 1).hash().bytes());
                        streams++;
                    }
                }
            }
            start[records] = bytes.size();
            linked = bytes.toByteArray();
            byte[] heads = chain(this);
            for (int s = 0; s < streams; s++) {
                if (!Arrays.equals(heads, s * ChainHash.LENGTH, (s + 1) * ChainHash.LENGTH, storedHeads.get(s), 0, ChainHash.LENGTH)) {
                    throw new IllegalStateException("stream " + s + ": the raw chain's last link differs from the library's");
                }
            }
            System.out.printf("[setup] %,d records in %,d streams read back from the library's store; each stream's chain recomputed "
                    + "from them ends on the link the library stored; per record %.1f bytes of payload, %.1f bytes hashed after "
                    + "the previous link%n", records, streams, (double) payloadBytes / records, (double) linked.length / records);
        }

        /** The bytes of {@code record}'s SHA-256 input between the previous link and the payload, as {@code Ledger.link} lays them out. */
        private static byte[] header(StoredRecord record) {
            byte[] streamName = record.stream().value().getBytes(StandardCharsets.UTF_8);
            byte[] type = record.type().getBytes(StandardCharsets.UTF_8);
            return ByteBuffer.allocate(4 + streamName.length + 8 + 4 + type.length + 8 + 4)
                    .putInt(streamName.length).put(streamName).putLong(record.sequence())
                    .putInt(type.length).put(type).putLong(record.recordedAt().toEpochMilli())
                    .putInt(record.payloadLength()).array();
        }
    }

    /**
     * The library: every entry of the term through {@link GrowthArchives#recordAll}, {@code studentsPerCall} students a
     * call, into a runtime made fresh (and not timed) for this invocation.
     */
    @Benchmark
    public long library(Workload workload, FreshRuntime runtime, Counters counters) {
        long recorded = workload.ingest(runtime.yiban.archives());
        counters.entries += recorded;
        return recorded;
    }

    /**
     * The floor: the same entries appended to primitive columns, each record's payload copied into a byte column and its
     * link chained per stream over the library's exact bytes into a hash column. Columns, dictionaries and chains start
     * empty in each invocation and grow as they fill (by half, from 16 rows, as the archive columns do).
     */
    @Benchmark
    public RawColumns rawAppendAndChain(Workload workload, RawRecords records, Counters counters) {
        RawColumns columns = new RawColumns();
        int record = 0;
        for (Map<StudentNo, List<ArchiveEntry>> call : workload.calls) {
            for (Map.Entry<StudentNo, List<ArchiveEntry>> e : call.entrySet()) {
                int student = columns.student(e.getKey());
                for (ArchiveEntry entry : e.getValue()) {
                    columns.append(student, entry, records, record++);
                }
            }
        }
        counters.entries += record;
        return columns;
    }

    /** The hashing alone: every record's link over the same bytes, chained per stream; returns each stream's last link. */
    @Benchmark
    public byte[] rawChainOnly(RawRecords records, Counters counters) {
        byte[] heads = chain(records);
        counters.entries += records.records;
        return heads;
    }

    /**
     * Each stream's last link: for every record {@code r} in order, {@code head[stream[r]] = SHA-256(head[stream[r]] ‖
     * linked[start[r] .. start[r + 1]))}, every head starting as {@link ChainHash#GENESIS} (32 zero bytes).
     */
    static byte[] chain(RawRecords records) {
        MessageDigest sha256 = sha256();
        byte[] heads = new byte[records.streams * ChainHash.LENGTH];
        for (int r = 0; r < records.records; r++) {
            int head = records.stream[r] * ChainHash.LENGTH;
            sha256.update(heads, head, ChainHash.LENGTH);
            sha256.update(records.linked, records.start[r], records.start[r + 1] - records.start[r]);
            digestInto(sha256, heads, head);
        }
        return heads;
    }

    /**
     * A hand-written columnar store of archive records: a row per entry of primitive columns (4 × 6 + 2 + 1 + 1 = 28 bytes:
     * int student, term, sequence, day, points, attribute-set id; short category; byte dimension, visibility), the
     * payload bytes one after another with an int end offset per row (4 bytes + the payload), and a 32-byte link per
     * row; students, terms, categories and attribute sets interned through {@link HashMap}s.
     */
    public static final class RawColumns {
        private static final int INITIAL = 16;

        private final MessageDigest sha256 = sha256();
        private final Map<StudentNo, Integer> studentIndex = new HashMap<>();
        private final Map<TermId, Integer> termCodes = new HashMap<>();
        private final Map<Category, Integer> categoryCodes = new HashMap<>();
        private final Map<SortedMap<String, String>, Integer> attributeIds = new HashMap<>();
        /** Per student: the sequence of its stream's last record, and (32 bytes from {@code index × 32}) its last link. */
        private int[] version = new int[INITIAL];
        private byte[] heads = new byte[INITIAL * ChainHash.LENGTH];

        private int size;
        private int[] student = new int[INITIAL];
        private int[] term = new int[INITIAL];
        private int[] sequence = new int[INITIAL];
        private int[] day = new int[INITIAL];
        private int[] points = new int[INITIAL];
        private int[] attributes = new int[INITIAL];
        private short[] category = new short[INITIAL];
        private byte[] dimension = new byte[INITIAL];
        private byte[] visibility = new byte[INITIAL];
        private int[] payloadEnd = new int[INITIAL];
        private byte[] hashes = new byte[INITIAL * ChainHash.LENGTH];
        private byte[] payloads = new byte[INITIAL * 256];
        private int payloadSize;

        /** The index of {@code no}, interned if new (its stream then empty: version 0, the genesis link). */
        int student(StudentNo no) {
            Integer index = studentIndex.get(no);
            if (index == null) {
                index = studentIndex.size();
                studentIndex.put(no, index);
                if (index == version.length) {
                    version = Arrays.copyOf(version, index + (index >> 1));
                    heads = Arrays.copyOf(heads, version.length * ChainHash.LENGTH);
                }
            }
            return index;
        }

        /** Appends {@code entry}'s row for student {@code s}, then record {@code r}'s payload and its link of the student's chain. */
        void append(int s, ArchiveEntry entry, RawRecords records, int r) {
            if (size == student.length) {
                grow(size + (size >> 1));
            }
            student[size] = s;
            term[size] = intern(termCodes, entry.term());
            sequence[size] = ++version[s];
            day[size] = (int) entry.date().toEpochDay();
            category[size] = (short) intern(categoryCodes, entry.category());
            dimension[size] = (byte) (entry.dimension().isPresent() ? entry.dimension().get().ordinal() : ArchiveColumns.NO_DIMENSION);
            points[size] = entry.points().isPresent() ? (int) entry.points().get().hundredths() : ArchiveColumns.NO_POINTS;
            attributes[size] = intern(attributeIds, entry.attributes());
            visibility[size] = (byte) entry.visibility().mask();

            int payloadLength = records.start[r + 1] - records.payloadAt[r];
            if (payloadSize + payloadLength > payloads.length) {
                payloads = Arrays.copyOf(payloads, Math.max(payloadSize + payloadLength, payloads.length + (payloads.length >> 1)));
            }
            System.arraycopy(records.linked, records.payloadAt[r], payloads, payloadSize, payloadLength);
            payloadSize += payloadLength;
            payloadEnd[size] = payloadSize;

            // link = SHA-256(the student's last link ‖ this record's bytes after it), which becomes the student's last link
            int head = s * ChainHash.LENGTH;
            sha256.update(heads, head, ChainHash.LENGTH);
            sha256.update(records.linked, records.start[r], records.start[r + 1] - records.start[r]);
            digestInto(sha256, heads, head);
            System.arraycopy(heads, head, hashes, size * ChainHash.LENGTH, ChainHash.LENGTH);
            size++;
        }

        /** The code of {@code key} in {@code codes}, the next free one (the map's size) if new. */
        private static <K> int intern(Map<K, Integer> codes, K key) {
            Integer code = codes.get(key);
            if (code == null) {
                code = codes.size();
                codes.put(key, code);
            }
            return code;
        }

        private void grow(int rows) {
            student = Arrays.copyOf(student, rows);
            term = Arrays.copyOf(term, rows);
            sequence = Arrays.copyOf(sequence, rows);
            day = Arrays.copyOf(day, rows);
            points = Arrays.copyOf(points, rows);
            attributes = Arrays.copyOf(attributes, rows);
            category = Arrays.copyOf(category, rows);
            dimension = Arrays.copyOf(dimension, rows);
            visibility = Arrays.copyOf(visibility, rows);
            payloadEnd = Arrays.copyOf(payloadEnd, rows);
            hashes = Arrays.copyOf(hashes, rows * ChainHash.LENGTH);
        }

        /** The rows appended. */
        public int size() {
            return size;
        }
    }

    /** A runtime over {@code store} with the benchmarks' fixed clock and nothing else configured. */
    static Yiban runtime(LedgerStore store) {
        return Yiban.builder().store(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    /**
     * Prints the heap ingest leaves behind per entry with stores from {@code stores}. Two runtimes, one after the other,
     * each used heap read after a full collection ({@link #usedHeap}):
     * <ol>
     *   <li>B, the campus enrolled and nothing recorded: {@code bClosed} once its store is closed;</li>
     *   <li>A, the same campus: {@code aBefore} enrolled, then every entry recorded through {@code recordAll} (as
     *       {@link #library} does; its time is printed too), {@code aOpen}, then its store closed, {@code aClosed}.</li>
     * </ol>
     * Printed, each divided by the entries: {@code aOpen − aBefore}, what the ingest added to the heap with the store open
     * (in memory: the stored records and the projections; H2: the projections and whatever H2 caches), and
     * {@code aClosed − bClosed}, the projections alone (a closed store holds no record in the heap; the runtime and its
     * projections stay reachable; B's enrolled campus cancels A's). Also {@link ArchiveColumns#bytes()} per entry: the
     * columns' arrays at their capacity.
     */
    static void printHeap(Workload workload, String name, Supplier<LedgerStore> stores) {
        long bClosed = enrolledOnlyHeap(workload, stores.get());
        Yiban a = workload.enrolled(stores.get());
        long aBefore = usedHeap();
        long started = System.nanoTime();
        long recorded = workload.ingest(a.archives());
        double seconds = (System.nanoTime() - started) / 1e9;
        long aOpen = usedHeap();
        long columnBytes = a.archives().columns().bytes();
        a.close();
        long aClosed = usedHeap();
        Reference.reachabilityFence(a);
        double n = recorded;
        System.out.printf("[heap] %s: %,d entries recorded in %.2f s (%,.0f entries/s, once, cold); ingest added %.0f bytes an entry "
                        + "to the heap with the store open (%,d MB), the projections alone hold %.0f bytes an entry with it closed "
                        + "(%,d MB); the archive columns' arrays %.1f bytes an entry%n",
                name, recorded, seconds, recorded / seconds, (aOpen - aBefore) / n, (aOpen - aBefore) >> 20,
                (aClosed - bClosed) / n, (aClosed - bClosed) >> 20, columnBytes / n);
    }

    /**
     * Prints, once, how fast a cold JDBC store takes the workload as an importer sends it ({@code recordAll} of 100 students:
     * one transaction a call) and student by student (a transaction each, as every import did before appends across
     * streams), and, for an H2 file ({@code file}, the store the first ingest opens), its size per entry after closing.
     */
    static void printTransactions(Workload workload, String name, Supplier<LedgerStore> stores, Path file) {
        long[] payloads = new long[2]; // bytes and records of the archive streams' payloads
        double perCall = rate(workload, stores, workload::ingest, yiban -> yiban.core().ledger().replayAll(1, record -> {
            if (record.stream().kind().equals("archive")) {
                payloads[0] += record.payload().length;
                payloads[1]++;
            }
        }));
        double perStudent = rate(workload, stores, workload::ingestStudentByStudent, yiban -> { });
        String size = "";
        if (file != null) {
            Path written = file.resolveSibling(file.getFileName() + ".mv.db");
            try {
                size = String.format("; the file holds %,.0f bytes an entry", (double) Files.size(written) / workload.entries);
            } catch (IOException e) {
                size = "; no file at " + written;
            }
        }
        System.out.printf("[jdbc] %s: %,.0f entries/s with a transaction per call of %d students, %,.0f entries/s with one per "
                + "student (once each, cold)%s; an entry's record carries %.0f bytes of JSON%n", name, perCall,
                workload.studentsPerCall, perStudent, size, (double) payloads[0] / payloads[1]);
    }

    /** Entries a second of {@code ingest} into a new enrolled runtime over a store of {@code stores}, untimed {@code after} it. */
    private static double rate(Workload workload, Supplier<LedgerStore> stores, ToLongFunction<GrowthArchives> ingest,
                               Consumer<Yiban> after) {
        try (Yiban yiban = workload.enrolled(stores.get())) {
            long started = System.nanoTime();
            long recorded = ingest.applyAsLong(yiban.archives());
            double rate = recorded / ((System.nanoTime() - started) / 1e9);
            after.accept(yiban);
            return rate;
        }
    }

    /** A PostgreSQL store over {@code url}'s database, its ledger tables dropped first. */
    private static LedgerStore emptyPostgres(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement drop = c.createStatement()) {
            drop.execute("DROP TABLE IF EXISTS yiban_ledger_record, yiban_ledger_record_v2, yiban_ledger_stream, yiban_ledger_type, yiban_ledger_meta");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the PostgreSQL database at YIBAN_BENCH_PG_URL", e);
        }
        return JdbcLedgerStore.postgres(url);
    }

    /** Enrols the campus over {@code store}, closes the store, and reads the used heap with that runtime still reachable. */
    private static long enrolledOnlyHeap(Workload workload, LedgerStore store) {
        Yiban b = workload.enrolled(store);
        b.close();
        long used = usedHeap();
        Reference.reachabilityFence(b);
        return used;
    }

    /** The bytes this thread has allocated so far (HotSpot's per-thread count). */
    static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** The heap in use after three full collections, 100 ms apart (System.gc() is a full collection on G1). */
    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring the heap", e);
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Finishes {@code sha256}'s hash into {@code into} at {@code at} (32 bytes), resetting it for the next. */
    private static void digestInto(MessageDigest sha256, byte[] into, int at) {
        try {
            sha256.digest(into, at, ChainHash.LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 gives 32 bytes", e);
        }
    }

}

package edu.yiban.sdk.testkit;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.spi.StoreCapability;
import edu.yiban.sdk.testkit.Records.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * The storage test kit (存储测试套件, TCK): the contract every {@link LedgerStore} keeps, as tests that a
 * storage author runs against their own store. Extend it in a test class, say how to make a new, empty
 * store, and run it with JUnit 5 (Jupiter for the tests, jqwik for the property):
 *
 * <pre>{@code
 * class CampusStoreContractTest extends LedgerStoreContract {
 *     @Override
 *     protected LedgerStore newStore() {
 *         return CampusStore.open(freshSchema());          // new and empty for every test
 *     }
 *
 *     @Override
 *     protected LedgerStore reopen(LedgerStore store) {    // only for a store that claims DURABLE
 *         CampusStore campus = (CampusStore) store;
 *         campus.close();
 *         return CampusStore.open(campus.schema());
 *     }
 * }
 * }</pre>
 *
 * <h2>The contracts</h2>
 * Each test's name starts with the contract it proves, and a failure says, in English and Chinese, which
 * contract broke and how (e.g. "the exact bytes contract is broken: the store kept a different payload
 * than it was given: record archive:x#3, byte 17 …"):
 * <ul>
 *   <li><b>exact bytes</b> (字节不变): any stream, type (any script), time (years 1000 to 9999, to the
 *       millisecond), payload (up to 1 KiB of any bytes, and one of 16 MiB) and hash come back exactly,
 *       from {@code append}, {@code read} and {@code readAll};</li>
 *   <li><b>expected version</b> (预期版本): an append at a stale version, ahead of the stream, or at a
 *       version other than 0 on a new stream is refused with {@link ConcurrencyException} naming the
 *       stream's actual version, and keeps nothing;</li>
 *   <li><b>atomic batches</b> (原子批次): a batch with a wrong sequence in the middle is refused whole;</li>
 *   <li><b>concurrent writers</b> (并发写入): {@link #writers()} threads append to overlapping streams with
 *       retries: nothing lost, nothing duplicated, dense sequences, every chain verifies with
 *       {@link WritableLedger#verifyAll()}, and a reader paging forward with {@code readAll} meanwhile skips no
 *       record;</li>
 *   <li><b>order</b> (顺序): a stream reads in sequence order from any sequence; everything reads in
 *       position order from any position, page by page; positions increase in append order;</li>
 *   <li><b>stream list</b> (数据流列表): every stream with a record, once, in name order;</li>
 *   <li><b>heads</b> (数据流头部): {@link LedgerStore#heads()} gives every stream's version and the hash of its
 *       record there, in name order, as {@code read} gives them, after appends to one stream and across streams;
 *       a refused append changes none;</li>
 *   <li><b>closing</b> (关闭): a closed store refuses further calls;</li>
 *   <li><b>durability</b> (持久), for a store that claims {@link StoreCapability#DURABLE}: every record,
 *       version and position survives {@link #reopen(LedgerStore)}, and appends go on after it;</li>
 *   <li><b>concurrent writers across processes</b> (跨进程并发写入), for a store that claims
 *       {@link StoreCapability#CONCURRENT_WRITERS_ACROSS_PROCESSES}: writers through this store and one
 *       from {@link #openAlongside(LedgerStore)} keep every rule of concurrent writers.</li>
 * </ul>
 * The contracts of capabilities a store does not claim are skipped (reported as aborted, with the reason).
 *
 * <p>The kit closes every store it asks for. Its dependencies (JUnit Jupiter, jqwik) are optional
 * dependencies of the SDK: add {@code org.junit.jupiter:junit-jupiter} and {@code net.jqwik:jqwik} to your
 * test scope (docs/storage.md shows the Maven lines).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class LedgerStoreContract {
    private static final int MIN_WRITERS = 8;
    private static final int LARGE_PAYLOAD = 16 * 1024 * 1024;
    private static final long EARLIEST = Instant.parse("1000-01-01T00:00:00Z").toEpochMilli();
    private static final long LATEST = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();
    /** Type names' letters: lower-case ASCII as the library writes them, and other scripts a store must keep. */
    private static final int[] TYPE_CODE_POINTS = "abcdefghijklmnopqrstuvwxyz0123456789.-档案记录成长易班éßΩ🎓𠀀"
            .codePoints().toArray();

    /** The current property's store; null when {@link #newStore()} could not give one. */
    private @Nullable LedgerStore propertyStore;
    /** Why {@link #newStore()} could not give the property a store, if it could not; else null. */
    @Nullable TestAbortedException storeUnavailable;

    /** Creates the test class; a subclass needs a no-argument constructor, as JUnit and jqwik make it. */
    protected LedgerStoreContract() {
    }

    /**
     * A new, empty store for one test. The kit closes it (or the store {@link #reopen} gives for it). Where
     * the store cannot be had here (no database server), fail an assumption
     * ({@code Assumptions.assumeTrue(…)}): every contract is then skipped rather than failed.
     */
    protected abstract LedgerStore newStore();

    /**
     * Closes {@code store} and opens the same storage again, as after a restart; needed only by a store
     * that claims {@link StoreCapability#DURABLE}.
     */
    protected LedgerStore reopen(LedgerStore store) {
        throw Contract.DURABLE.broken("durable.reopen");
    }

    /**
     * A second store over the same storage as {@code store}, which stays open, as another process would
     * open it (its own connections, nothing shared in memory); needed only by a store that claims
     * {@link StoreCapability#CONCURRENT_WRITERS_ACROSS_PROCESSES}. The kit closes both.
     */
    protected LedgerStore openAlongside(LedgerStore store) {
        throw Contract.PROCESSES.broken("processes.open");
    }

    /** What {@code store} claims to do; by default what it reports ({@link StoreCapability#of}). */
    protected Set<StoreCapability> capabilities(LedgerStore store) {
        return StoreCapability.of(store);
    }

    /** How many threads write at once in the concurrency contracts; fewer than 8 count as 8. */
    protected int writers() {
        return MIN_WRITERS;
    }

    /** How many batches each writer appends in the concurrency contracts. */
    protected int appendsPerWriter() {
        return 50;
    }

    // ---- exact bytes (字节不变)

    @BeforeProperty
    void openPropertyStore() {
        try {
            propertyStore = newStore();
        } catch (TestAbortedException unavailable) {
            storeUnavailable = unavailable; // StoreUnavailable reports the property as skipped
        }
    }

    @AfterProperty
    void closePropertyStore() {
        if (propertyStore != null) {
            propertyStore.close();
        }
    }

    @Property(tries = 100)
    @AddLifecycleHook(StoreUnavailable.class)
    @Label("exact bytes: any stream, type, time, payload and hash come back exactly")
    void anyRecordComesBackExactly(@ForAll("anyStream") StreamId stream, @ForAll("anyBatch") List<Given> batch) {
        LedgerStore store = propertyStore;
        if (store == null) {
            return; // newStore() failed an assumption: StoreUnavailable reports the property as skipped
        }
        long version = store.version(stream);
        List<PendingRecord> records = new ArrayList<>();
        for (Given given : batch) {
            records.add(new PendingRecord(version + 1 + records.size(), given.type(), given.at(), given.payload(),
                    ChainHash.of(given.hash())));
        }
        expectBack(store, stream, version, records);
    }

    @Test
    @DisplayName("exact bytes: a record of 16 MiB comes back byte for byte")
    void aLargeRecordComesBackExactly() {
        try (LedgerStore store = newStore()) {
            StreamId stream = StreamId.of("evaluation", "round.2023-2024.computed");
            byte[] payload = new byte[LARGE_PAYLOAD];
            new Random(17).nextBytes(payload);
            PendingRecord large = Records.pending(stream, 1, 1).get(0);
            expectBack(store, stream, 0, List.of(new PendingRecord(1, "evaluation.computed", large.recordedAt(), payload,
                    large.hash())));
        }
    }

    /** Appends {@code records} at {@code version} and expects them back exactly from every read. */
    private static void expectBack(LedgerStore store, StreamId stream, long version, List<PendingRecord> records) {
        List<StoredRecord> returned = store.append(stream, version, records);
        expectSame(stream, records, returned, "append");
        expectSame(stream, records, store.read(stream, version + 1, records.size()), "read");
        long from = returned.isEmpty() ? 1 : returned.get(0).position();
        List<StoredRecord> all = store.readAll(from, Integer.MAX_VALUE).stream()
                .filter(r -> r.stream().equals(stream)).toList();
        expectSame(stream, records, all, "readAll");
    }

    private static void expectSame(StreamId stream, List<PendingRecord> given, List<StoredRecord> back, String via) {
        Optional<Text> difference = Records.difference(stream, given, back, via);
        if (difference.isPresent()) {
            throw Contract.BYTES.broken(difference.get());
        }
    }

    @Provide
    Arbitrary<StreamId> anyStream() {
        Arbitrary<String> kind = Combinators.combine(
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars('-').ofMaxLength(31))
                .as((first, rest) -> first + rest);
        Arbitrary<String> key = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').withChars('.', '_', '-').ofMinLength(0).ofMaxLength(96);
        return Combinators.combine(kind, key).as((k, v) -> StreamId.of(v.isEmpty() ? k : k + ":" + v));
    }

    @Provide
    Arbitrary<List<Given>> anyBatch() {
        Arbitrary<String> type = Arbitraries.of(boxed(TYPE_CODE_POINTS))
                .list().ofMinSize(1).ofMaxSize(32)
                .map(points -> new String(points.stream().mapToInt(Integer::intValue).toArray(), 0, points.size()));
        Arbitrary<Instant> at = Arbitraries.oneOf(
                Arbitraries.longs().between(EARLIEST, LATEST),
                Arbitraries.of(0L, -1L, 1L, 999L, -999L, 1_000L, -1_000L,
                        Instant.parse("1582-10-15T00:00:00Z").toEpochMilli(),   // the Gregorian calendar begins
                        Instant.parse("1582-10-04T23:59:59.999Z").toEpochMilli(),
                        Instant.parse("1900-01-01T00:00:00Z").toEpochMilli(),
                        Instant.parse("2038-01-19T03:14:08Z").toEpochMilli()))   // past a 32-bit time_t
                .map(Instant::ofEpochMilli);
        Arbitrary<byte[]> payload = Arbitraries.bytes().array(byte[].class).ofMaxSize(1024);
        Arbitrary<byte[]> hash = Arbitraries.bytes().array(byte[].class).ofSize(ChainHash.LENGTH);
        return Combinators.combine(type, at, payload, hash).as(Given::new).list().ofMinSize(1).ofMaxSize(4);
    }

    private static Integer[] boxed(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }

    /** The parts of a record a property gives the store. */
    record Given(String type, Instant at, byte[] payload, byte[] hash) {
        @Override
        public String toString() {
            return "\"" + type + "\" at " + at + ", " + payload.length + " bytes";
        }
    }

    // ---- expected version (预期版本)

    @Test
    @DisplayName("expected version: a stale append is refused with the stream's version and keeps nothing")
    void aStaleAppendIsRefused() {
        try (LedgerStore store = newStore()) {
            StreamId stream = StreamId.of("archive", "2022030117");
            store.append(stream, 0, Records.pending(stream, 1, 1));
            store.append(stream, 1, Records.pending(stream, 2, 1)); // another writer got there first
            expectConflict(store, stream, 1, 2);
        }
    }

    @Test
    @DisplayName("expected version: an append ahead of the stream is refused with the stream's version and keeps nothing")
    void anAppendAheadOfTheStreamIsRefused() {
        try (LedgerStore store = newStore()) {
            StreamId stream = StreamId.of("archive", "2022030117");
            store.append(stream, 0, Records.pending(stream, 1, 2));
            expectConflict(store, stream, 4, 2);
        }
    }

    @Test
    @DisplayName("expected version: a new stream takes only version 0, and a refused append leaves it unlisted")
    void aNewStreamTakesOnlyVersionZero() {
        try (LedgerStore store = newStore()) {
            StreamId other = StreamId.of("directory");
            store.append(other, 0, Records.pending(other, 1, 1));
            expectConflict(store, StreamId.of("archive", "2022030118"), 1, 0);
        }
    }

    /** An append at {@code expected} to a stream at {@code actual} must be refused with both and keep nothing. */
    private static void expectConflict(LedgerStore store, StreamId stream, long expected, long actual) {
        Snapshot before = Snapshot.of(store, stream);
        List<PendingRecord> records = Records.pending(stream, expected + 1, 1);
        ConcurrencyException conflict;
        try {
            store.append(stream, expected, records);
            throw Contract.VERSION.broken("version.accepted", stream.value(), expected, actual);
        } catch (ConcurrencyException e) {
            conflict = e;
        } catch (RuntimeException e) {
            throw Contract.VERSION.broken("version.other", stream.value(), expected, actual, e);
        }
        if (conflict.actualVersion() != actual || conflict.expectedVersion() != expected) {
            throw Contract.VERSION.broken("version.actual", stream.value(), expected, actual, conflict.actualVersion());
        }
        Snapshot.of(store, stream).changeSince(before).ifPresent(change -> {
            throw Contract.VERSION.broken("version.kept", change);
        });
    }

    // ---- atomic batches (原子批次)

    @Test
    @DisplayName("atomic batches: a batch with a wrong sequence in the middle is refused whole")
    void aBatchWithAWrongSequenceIsRefusedWhole() {
        try (LedgerStore store = newStore()) {
            StreamId stream = StreamId.of("space", "class.EDU2201");
            store.append(stream, 0, Records.pending(stream, 1, 1));
            expectBatchRefused(store, stream, 1, 2, 3, 5, 6);
        }
    }

    @Test
    @DisplayName("atomic batches: a refused batch on a new stream leaves no stream behind")
    void aRefusedBatchLeavesNoStreamBehind() {
        try (LedgerStore store = newStore()) {
            expectBatchRefused(store, StreamId.of("space", "class.EDU2202"), 0, 1, 2, 2, 3);
        }
    }

    private static void expectBatchRefused(LedgerStore store, StreamId stream, long version, long... sequences) {
        Snapshot before = Snapshot.of(store, stream);
        try {
            store.append(stream, version, Records.withSequences(stream, sequences));
            int wrong = 0;
            while (sequences[wrong] == version + 1 + wrong) {
                wrong++;
            }
            throw Contract.BATCH.broken("batch.accepted", stream.value(), wrong + 1, sequences[wrong], version + 1 + wrong);
        } catch (RuntimeException refused) {
            // refused, as it must be; whatever the exception, nothing may be kept
        }
        Snapshot.of(store, stream).changeSince(before).ifPresent(change -> {
            throw Contract.BATCH.broken("batch.partial", change);
        });
    }

    // ---- appends across streams (跨数据流写入)

    @Test
    @DisplayName("appends across streams: every part's records come back in the order given, at increasing positions")
    void anAppendAcrossStreamsKeepsTheOrderGiven() {
        try (LedgerStore store = newStore()) {
            StreamId first = StreamId.of("archive", "2022030117");
            StreamId second = StreamId.of("archive", "2022030118");
            StreamId third = StreamId.of("directory");
            store.append(second, 0, Records.pending(second, 1, 2));
            long last = Records.positions(Records.all(store)).stream().mapToLong(Long::longValue).max().orElse(0);
            List<StreamAppend> appends = List.of(new StreamAppend(first, 0, Records.pending(first, 1, 3)),
                    new StreamAppend(second, 2, Records.pending(second, 3, 1)),
                    new StreamAppend(third, 0, Records.pending(third, 1, 2)));
            List<StoredRecord> stored = store.appendAll(appends);
            List<Long> positions = Records.positions(stored);
            boolean inOrder = stored.size() == 6;
            for (int i = 0; inOrder && i < stored.size(); i++) {
                StreamId expected = i < 3 ? first : i < 4 ? second : third;
                long after = i == 0 ? last : positions.get(i - 1);
                inOrder = positions.get(i) > after && stored.get(i).stream().equals(expected);
            }
            // the bytes themselves are the exact bytes contract's: here only where each record went
            inOrder = inOrder && Records.sequences(store.read(first, 1, 10)).equals(List.of(1L, 2L, 3L))
                    && Records.sequences(store.read(second, 1, 10)).equals(List.of(1L, 2L, 3L))
                    && Records.sequences(store.read(third, 1, 10)).equals(List.of(1L, 2L));
            if (!inOrder) {
                throw Contract.ACROSS.broken("across.order", appends.size(), stored.size(), positions);
            }
        }
    }

    @Test
    @DisplayName("appends across streams: a conflict in the first stream is refused with ConcurrencyException and keeps nothing")
    void aConflictInTheFirstStreamKeepsNothing() {
        try (LedgerStore store = newStore()) {
            StreamId first = StreamId.of("archive", "2022030117");
            StreamId second = StreamId.of("archive", "2022030118");
            store.append(first, 0, Records.pending(first, 1, 1));
            expectAcrossRefused(store, List.of(new StreamAppend(first, 0, Records.pending(first, 1, 1)),
                    new StreamAppend(second, 0, Records.pending(second, 1, 1))), true);
        }
    }

    @Test
    @DisplayName("appends across streams: a store that claims them atomic keeps nothing of an append whose last stream conflicts")
    void anAtomicAppendAcrossStreamsKeepsNothingOfARefusal() {
        try (LedgerStore store = newStore()) {
            skipUnlessClaimed(store, StoreCapability.ATOMIC_APPENDS_ACROSS_STREAMS);
            StreamId first = StreamId.of("archive", "2022030117");
            StreamId last = StreamId.of("space", "class.EDU2201");
            store.append(last, 0, Records.pending(last, 1, 2));
            expectAcrossRefused(store, List.of(new StreamAppend(first, 0, Records.pending(first, 1, 2)),
                    new StreamAppend(last, 1, Records.pending(last, 2, 1))), false);
        }
    }

    /** {@code appends} must be refused (with ConcurrencyException naming the first stream if {@code first}) and keep nothing. */
    private static void expectAcrossRefused(LedgerStore store, List<StreamAppend> appends, boolean first) {
        StreamId[] streams = appends.stream().map(StreamAppend::stream).toArray(StreamId[]::new);
        Snapshot before = Snapshot.of(store, streams);
        StreamAppend head = appends.get(0);
        try {
            store.appendAll(appends);
            throw Contract.ACROSS.broken("across.kept", Contract.text("change.records", before.records(),
                    Records.all(store).size()));
        } catch (ConcurrencyException refused) {
            // refused, as it must be
        } catch (RuntimeException other) {
            if (first) {
                throw Contract.ACROSS.broken("across.first", head.stream().value(), head.expectedVersion(),
                        store.version(head.stream()), other);
            }
        }
        Snapshot.of(store, streams).changeSince(before).ifPresent(change -> {
            throw Contract.ACROSS.broken("across.kept", change);
        });
    }

    // ---- concurrent writers (并发写入)

    @Test
    @DisplayName("concurrent writers: writers on overlapping streams lose nothing, duplicate nothing, and every chain verifies")
    void concurrentWritersLoseNothing() {
        try (LedgerStore store = newStore()) {
            new ConcurrentWriters(Contract.CONCURRENT, List.of(store), writerCount(), appendsPerWriter()).runAndCheck(false);
        }
    }

    @Test
    @DisplayName("concurrent writers: a reader paging forward with readAll while they write skips no record")
    void aReaderPagingForwardSkipsNothing() {
        try (LedgerStore store = newStore()) {
            new ConcurrentWriters(Contract.CONCURRENT, List.of(store), writerCount(), appendsPerWriter()).runAndCheck(true);
        }
    }

    @Test
    @DisplayName("concurrent writers across processes: two stores over one storage lose nothing and duplicate nothing")
    void writersAcrossProcessesLoseNothing() {
        try (LedgerStore store = newStore()) {
            skipUnlessClaimed(store, StoreCapability.CONCURRENT_WRITERS_ACROSS_PROCESSES);
            try (LedgerStore alongside = openAlongside(store)) {
                new ConcurrentWriters(Contract.PROCESSES, List.of(store, alongside), writerCount(), appendsPerWriter())
                        .runAndCheck(true);
            }
        }
    }

    // ---- order (顺序)

    @Test
    @DisplayName("order: a stream reads in sequence order from any sequence, up to any count")
    void aStreamReadsInSequenceOrder() {
        try (LedgerStore store = newStore()) {
            StreamId stream = StreamId.of("archive", "2022030117");
            StreamId other = StreamId.of("archive", "2022030118");
            store.append(stream, 0, Records.pending(stream, 1, 3));
            store.append(other, 0, Records.pending(other, 1, 2));
            store.append(stream, 3, Records.pending(stream, 4, 1));
            store.append(other, 2, Records.pending(other, 3, 1));
            store.append(stream, 4, Records.pending(stream, 5, 3));
            int last = 7;
            for (long from = 0; from <= last + 2; from++) {
                for (int count : new int[] {0, 1, 2, 3, 7, 100}) {
                    List<Long> expected = new ArrayList<>();
                    for (long s = Math.max(1, from); s <= last && expected.size() < count; s++) {
                        expected.add(s);
                    }
                    List<Long> got = Records.sequences(store.read(stream, from, count));
                    if (!got.equals(expected)) {
                        throw Contract.ORDER.broken("order.stream", stream.value(), from, count, got, expected);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("order: positions start at 1 or above and increase in append order")
    void positionsIncreaseInAppendOrder() {
        try (LedgerStore store = newStore()) {
            List<StoredRecord> appended = appendInterleaved(store);
            List<StoredRecord> all = Records.all(store);
            if (!all.isEmpty() && all.get(0).position() < 1) {
                throw Contract.ORDER.broken("order.positive", all.get(0).position());
            }
            for (int i = 1; i < appended.size(); i++) {
                StoredRecord before = appended.get(i - 1);
                StoredRecord after = appended.get(i);
                if (after.position() <= before.position()) {
                    throw Contract.ORDER.broken("order.increase", after.stream().value(), after.sequence(),
                            before.stream().value(), before.sequence(), after.position(), before.position());
                }
            }
            if (!Records.positions(all).equals(Records.positions(appended))) {
                throw Contract.ORDER.broken("order.all", 1, Integer.MAX_VALUE, Records.positions(all),
                        Records.positions(appended));
            }
        }
    }

    @Test
    @DisplayName("order: readAll reads in position order from any position, page by page")
    void readAllPagesInPositionOrderFromAnyPosition() {
        try (LedgerStore store = newStore()) {
            appendInterleaved(store);
            List<Long> positions = Records.positions(Records.all(store));
            long last = positions.isEmpty() ? 0 : positions.get(positions.size() - 1);
            for (long from = 0; from <= last + 1; from++) {
                long start = from;
                List<Long> expected = positions.stream().filter(p -> p >= start).toList();
                List<Long> once = Records.positions(store.readAll(from, Integer.MAX_VALUE));
                if (!once.equals(expected)) {
                    throw Contract.ORDER.broken("order.all", from, Integer.MAX_VALUE, once, expected);
                }
                for (int page : new int[] {1, 2, 3, 5}) {
                    List<Long> paged = new ArrayList<>();
                    long next = from;
                    for (List<StoredRecord> got = store.readAll(next, page); !got.isEmpty(); got = store.readAll(next, page)) {
                        paged.addAll(Records.positions(got));
                        next = got.get(got.size() - 1).position() + 1;
                        if (got.size() < page || paged.size() > expected.size()) {
                            break;
                        }
                    }
                    if (!paged.equals(expected)) {
                        throw Contract.ORDER.broken("order.paging", page, from, paged, expected);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("order: the head position is the last record's position, 0 when empty, and grows with every append")
    void headPositionIsTheLastRecordsPosition() {
        try (LedgerStore store = newStore()) {
            if (store.headPosition() != 0) {
                throw Contract.ORDER.broken("order.head", store.headPosition(), 0L);
            }
            StreamId stream = StreamId.of("plan");
            for (int n = 1; n <= 3; n++) {
                List<StoredRecord> stored = store.append(stream, n - 1, Records.pending(stream, n, 1));
                long last = stored.get(stored.size() - 1).position();
                if (store.headPosition() != last) {
                    throw Contract.ORDER.broken("order.head", store.headPosition(), last);
                }
            }
            appendInterleaved(store);
            List<Long> positions = Records.positions(Records.all(store));
            long last = positions.get(positions.size() - 1);
            if (store.headPosition() != last) {
                throw Contract.ORDER.broken("order.head", store.headPosition(), last);
            }
        }
    }

    @Test
    @DisplayName("order: a stream without records is at version 0 and reads empty")
    void anUnknownStreamIsEmpty() {
        try (LedgerStore store = newStore()) {
            appendInterleaved(store);
            StreamId unknown = StreamId.of("archive", "2099999999");
            long version = store.version(unknown);
            int read = store.read(unknown, 1, Integer.MAX_VALUE).size();
            if (version != 0 || read != 0) {
                throw Contract.ORDER.broken("order.unknown", unknown.value(), version, read);
            }
        }
    }

    /** Three streams written in turns, one to three records at a time; the records as appended, in order. */
    private static List<StoredRecord> appendInterleaved(LedgerStore store) {
        List<StreamId> streams = List.of(StreamId.of("directory"), StreamId.of("archive", "2022030117"),
                StreamId.of("space", "class.EDU2201"));
        List<StoredRecord> appended = new ArrayList<>();
        for (int turn = 0; turn < 6; turn++) {
            StreamId stream = streams.get(turn % streams.size());
            long version = store.version(stream);
            appended.addAll(store.append(stream, version, Records.pending(stream, version + 1, 1 + turn % 3)));
        }
        return appended;
    }

    // ---- stream list (数据流列表)

    @Test
    @DisplayName("stream list: every stream with a record, once, in name order")
    void streamsAreListedOnceInNameOrder() {
        try (LedgerStore store = newStore()) {
            // names whose order differs between String.compareTo and a database's locale-aware collation
            List<String> names = List.of("space:class.EDU2201", "archive:a", "archive:B", "archive-x", "archive:a-1",
                    "archive:a.1", "archive:a_1", "archive:a1", "directory", "archive:Z9", "archive:2022030117");
            for (String name : names) {
                StreamId stream = StreamId.of(name);
                store.append(stream, 0, Records.pending(stream, 1, 1));
            }
            StreamId twice = StreamId.of("archive:a");
            store.append(twice, 1, Records.pending(twice, 2, 2));
            StreamId refused = StreamId.of("archive:refused");
            try {
                store.append(refused, 3, Records.pending(refused, 4, 1));
            } catch (RuntimeException expected) {
                // the expected-version contract says more if it was not refused
            }
            List<StreamId> expected = names.stream().map(StreamId::of).sorted().toList();
            List<StreamId> listed = store.streams();
            if (!listed.equals(expected)) {
                throw Contract.STREAMS.broken("streams.order", listed, expected);
            }
        }
    }

    // ---- heads (数据流头部)

    @Test
    @DisplayName("heads: every stream's head at once, as read gives it; a refused append changes none")
    void headsAgreeWithReadAndARefusedAppendChangesNone() {
        try (LedgerStore store = newStore()) {
            expectHeads(store, List.of());
            List<StoredRecord> appended = appendInterleaved(store);
            StreamId directory = StreamId.of("directory");
            StreamId other = StreamId.of("archive", "2022030118");
            long at = store.version(directory);
            appended.addAll(store.appendAll(List.of(new StreamAppend(other, 0, Records.pending(other, 1, 2)),
                    new StreamAppend(directory, at, Records.pending(directory, at + 1, 1)))));
            List<Checkpoint> heads = expectHeads(store, appended);

            try {
                store.append(directory, at, Records.pending(directory, at + 1, 1)); // stale: the directory is at at + 1
            } catch (RuntimeException expected) {
                // the expected-version contract says more if it was not refused
            }
            StreamId refused = StreamId.of("archive", "2022030119");
            try {
                store.appendAll(List.of(new StreamAppend(other, 1, Records.pending(other, 2, 1)),
                        new StreamAppend(refused, 0, Records.pending(refused, 1, 1))));
            } catch (RuntimeException expected) {
                // the first stream is stale: nothing is kept, whether the store appends across streams atomically or not
            }
            List<Checkpoint> after = store.heads();
            if (!after.equals(heads)) {
                throw Contract.HEADS.broken("heads.refused", heads, after);
            }
        }
    }

    /** Checks heads() against the last of {@code appended} in each stream and against read(); returns them. */
    private static List<Checkpoint> expectHeads(LedgerStore store, List<StoredRecord> appended) {
        Map<StreamId, Checkpoint> last = new TreeMap<>();
        for (StoredRecord record : appended) {
            last.put(record.stream(), new Checkpoint(record.stream(), record.sequence(), record.hash()));
        }
        List<Checkpoint> expected = List.copyOf(last.values());
        List<Checkpoint> heads = store.heads();
        if (!heads.equals(expected)) {
            throw Contract.HEADS.broken("heads.differ", heads, expected);
        }
        for (Checkpoint head : heads) {
            List<StoredRecord> read = store.read(head.stream(), head.version(), 2);
            if (read.size() != 1 || read.get(0).sequence() != head.version() || !read.get(0).hash().equals(head.hash())) {
                throw Contract.HEADS.broken("heads.read", head, head.stream(), head.version(), read);
            }
        }
        return heads;
    }

    // ---- closing (关闭)

    @Test
    @DisplayName("closing: a closed store refuses further calls")
    void aClosedStoreRefusesCalls() {
        LedgerStore store = newStore();
        StreamId stream = StreamId.of("directory");
        store.append(stream, 0, Records.pending(stream, 1, 1));
        store.close();
        expectRefused("version", () -> store.version(stream));
        expectRefused("read", () -> store.read(stream, 1, 10));
        expectRefused("readAll", () -> store.readAll(1, 10));
        expectRefused("streams", store::streams);
        expectRefused("append", () -> store.append(stream, 1, Records.pending(stream, 2, 1)));
    }

    private static void expectRefused(String call, Supplier<?> afterClose) {
        try {
            Object unused = afterClose.get();
        } catch (RuntimeException refused) {
            return;
        }
        throw Contract.CLOSE.broken("close.answered", call);
    }

    // ---- durability (持久)

    @Test
    @DisplayName("durability: every record, version and position survives reopening, and appends go on")
    void everythingSurvivesReopening() {
        LedgerStore store = newStore();
        LedgerStore reopened = null;
        try {
            skipUnlessClaimed(store, StoreCapability.DURABLE);
            WritableLedger ledger = new WritableLedger(store, Clock.fixed(Records.TIME, ZoneOffset.UTC));
            List<StreamId> streams = List.of(StreamId.of("directory"), StreamId.of("archive", "2022030117"),
                    StreamId.of("space", "class.EDU2201"));
            for (int turn = 0; turn < 9; turn++) {
                StreamId stream = streams.get(turn % streams.size());
                List<RecordDraft> drafts = new ArrayList<>();
                for (int k = 0; k <= turn % 3; k++) {
                    drafts.add(new RecordDraft("test.durable", ("turn " + turn + ", record " + k).getBytes(StandardCharsets.UTF_8)));
                }
                ledger.append(stream, ledger.version(stream), drafts);
            }
            List<StoredRecord> before = Records.all(store);
            Snapshot snapshot = Snapshot.of(store);
            reopened = reopen(store);
            expectSameAfterReopening(reopened, before, snapshot);
            StreamId stream = streams.get(0);
            StoredRecord next = new WritableLedger(reopened, Clock.systemUTC())
                    .append(stream, reopened.version(stream), List.of(new RecordDraft("test.durable", new byte[] {1})))
                    .get(0);
            long lastBefore = before.get(before.size() - 1).position();
            if (next.position() <= lastBefore) {
                throw Contract.DURABLE.broken("durable.position", next.position(), lastBefore);
            }
        } finally {
            (reopened != null ? reopened : store).close();
        }
    }

    private static void expectSameAfterReopening(LedgerStore reopened, List<StoredRecord> before, Snapshot snapshot) {
        Snapshot.of(reopened).changeSince(snapshot).ifPresent(change -> {
            throw Contract.DURABLE.broken("durable.lost", change);
        });
        List<StoredRecord> after = Records.all(reopened);
        for (int i = 0; i < before.size(); i++) {
            StoredRecord was = before.get(i);
            StoredRecord is = after.get(i);
            Optional<Text> difference = Records.difference(was, is, "readAll");
            if (difference.isPresent()) {
                throw Contract.DURABLE.broken("durable.lost", difference.get());
            }
            if (is.position() != was.position()) {
                throw Contract.DURABLE.broken("durable.moved", was.stream().value(), was.sequence(), is.position(),
                        was.position());
            }
        }
        VerificationReport report = new WritableLedger(reopened, Clock.systemUTC()).verifyAll();
        if (!report.ok()) {
            throw Contract.DURABLE.broken("durable.lost", report.breaks().get(0).text());
        }
    }

    private int writerCount() {
        return Math.max(MIN_WRITERS, writers());
    }

    private void skipUnlessClaimed(LedgerStore store, StoreCapability capability) {
        Assumptions.assumeTrue(capabilities(store).contains(capability),
                () -> "the store does not claim " + capability + ", so its contract does not apply");
    }
}

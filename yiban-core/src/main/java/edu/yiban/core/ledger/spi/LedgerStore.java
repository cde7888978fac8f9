package edu.yiban.core.ledger.spi;

import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Where the ledger keeps its records: the storage SPI (服务提供接口) that a campus system implements
 * to put YiBan's data in its own database.
 *
 * <p>The contract is small on purpose. A store
 * <ul>
 *   <li>appends a batch of records to one stream <b>atomically</b> (all or none) and only if the
 *       stream's version (the sequence of its last record, 0 when empty) equals the expected version,
 *       else it throws {@link ConcurrencyException} and keeps nothing;</li>
 *   <li>gives every record a global position, increasing across all streams in append order;</li>
 *   <li>reads a stream from a sequence, and everything from a global position, in order;</li>
 *   <li>keeps the bytes it was given <b>exactly</b>: stream, sequence, type, time, payload and hash.</li>
 * </ul>
 * The store never computes or checks hashes: {@link Ledger} does, so no store can forget them, and
 * {@link Ledger#verify(StreamId)} finds any stored byte that changed.
 *
 * <p>Implementations must be safe for concurrent use by many threads. The in-memory store
 * ({@link #inMemory()}) is the embedded default; the SDK adds a JDBC store (H2, PostgreSQL).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface LedgerStore extends AutoCloseable {

    /** A new, empty, thread-safe store that keeps everything in this JVM's memory. */
    static LedgerStore inMemory() {
        return new InMemoryLedgerStore();
    }

    /**
     * Appends {@code records} to {@code stream} atomically if its version equals {@code expectedVersion}.
     * The records' sequences must run {@code expectedVersion + 1, + 2, …}.
     *
     * @return the records as stored, with their global positions, in order
     * @throws ConcurrencyException if the stream's version is not {@code expectedVersion}; nothing is kept
     * @throws StoreException       if the store failed; nothing is kept
     */
    List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records);

    /**
     * Appends to several streams at once, each {@link StreamAppend} at its expected version: an importer's
     * batch (many students' entries in one call). Each stream is named at most once.
     *
     * <p>A store that can should append them <b>all or none</b>, in one transaction, and give the records
     * consecutive positions in the order given; the JDBC stores and the in-memory store do. The default
     * appends stream by stream with {@link #append}, so it is atomic per stream only: when the first stream's
     * append is refused nothing is written and its exception passes; when a later one's is, the earlier
     * streams' records are kept and a {@link StoreException} says how many (never a
     * {@link ConcurrencyException}, on which a caller would run the whole append again). A store that
     * overrides this keeps the contract of {@link #append} for each part.
     *
     * @return the records as stored, append by append and in order within each
     * @throws ConcurrencyException if a stream is not at its expected version (the first such stream); nothing is kept
     * @throws StoreException       if the store failed
     * @throws IllegalArgumentException if a stream is named twice
     */
    default List<StoredRecord> appendAll(List<StreamAppend> appends) {
        StreamAppend.checkDistinct(appends);
        List<StoredRecord> stored = new ArrayList<>();
        for (int i = 0; i < appends.size(); i++) {
            StreamAppend append = appends.get(i);
            try {
                stored.addAll(append(append.stream(), append.expectedVersion(), append.records()));
            } catch (ConcurrencyException | StoreException refused) {
                if (i == 0) {
                    throw refused; // nothing was written
                }
                throw new StoreException(CoreMessages.BUNDLE.text("ledger.append.partial", i, appends.size(),
                        append.stream().value(), refused.text()), refused);
            }
        }
        return List.copyOf(stored);
    }

    /** The stream's version: the sequence of its last record, 0 when it has none. */
    long version(StreamId stream);

    /**
     * Up to {@code maxCount} records of {@code stream} whose sequence is {@code >= fromSequence}, in
     * sequence order; empty past the end or for an unknown stream.
     */
    List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount);

    /** Up to {@code maxCount} records of all streams whose position is {@code >= fromPosition}, in position order. */
    List<StoredRecord> readAll(long fromPosition, int maxCount);

    /**
     * The head position (头部位置): the position of the last record appended, 0 for an empty store. Every record at or
     * below it can be read with {@link #readAll}, and a record appended after this call returned has a higher position. A
     * runtime asks it before answering a read, so it must be cheap: one query. Records become readable in position order,
     * so a reader that has read everything up to the head it was given has missed nothing acknowledged before it asked.
     *
     * <p>The default finds it with {@link #readAll} one record at a time, doubling then halving (about 2 log2 n calls);
     * a store should answer it from its index or a counter (the JDBC and in-memory stores do).
     *
     * @throws StoreException if the store failed
     */
    default long headPosition() {
        List<StoredRecord> first = readAll(1, 1);
        if (first.isEmpty()) {
            return 0;
        }
        long known = first.get(0).position(); // a position a record has
        long step = 1;
        while (true) {
            List<StoredRecord> next = readAll(known + step, 1);
            if (next.isEmpty()) {
                break;
            }
            known = next.get(0).position();
            step = Math.min(step * 2, Long.MAX_VALUE / 4);
        }
        // no record at or past known + step; known has one: narrow the gap
        long beyond = known + step;
        while (beyond - known > 1) {
            long middle = known + (beyond - known) / 2;
            List<StoredRecord> next = readAll(middle, 1);
            if (next.isEmpty()) {
                beyond = middle;
            } else {
                known = next.get(0).position();
            }
        }
        return known;
    }

    /** Every stream with at least one record, in name order. */
    List<StreamId> streams();

    /**
     * Every stream's head (数据流头部) at once: for each stream with at least one record, in name order, its version and
     * the hash of its record at that version, as {@link Checkpoint}s. A runtime starting from a snapshot of its
     * projections compares them with the snapshot's; a campus key may sign them.
     *
     * <p>While appends go on, a stream may be given at a head it had a moment before; every checkpoint given is one its
     * stream had. The default builds them from {@link #streams()}, {@link #version} and {@link #read}: two calls a
     * stream, which a store with tens of thousands of streams should replace with one query (the JDBC store reads them
     * from its table of streams). The storage test kit checks that they agree with {@link #read}.
     *
     * @return the heads, in name order, one a stream; empty for an empty store
     * @throws StoreException if the store failed
     */
    default List<Checkpoint> heads() {
        List<Checkpoint> heads = new ArrayList<>();
        for (StreamId stream : streams()) {
            long version = version(stream);
            List<StoredRecord> head = read(stream, version, 1);
            if (!head.isEmpty() && head.get(0).sequence() == version) {
                heads.add(new Checkpoint(stream, version, head.get(0).hash()));
            }
        }
        return List.copyOf(heads);
    }

    /** Releases what the store holds; a closed store refuses further calls. */
    @Override
    void close();
}

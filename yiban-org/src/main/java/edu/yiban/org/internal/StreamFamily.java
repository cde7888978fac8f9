package edu.yiban.org.internal;

import edu.yiban.core.ledger.ConcurrencyException;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.RecordCodec;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The ledger streams of one kind ({@code plan}; {@code budget:2023}, {@code budget:2024} …) and the one
 * projection they feed. A write decides its records against the projection, appends them at the
 * version the projection has seen of that stream, and applies them; when another writer got there first
 * it catches that stream up and decides again. It guards the projection too: writes (deciding, appending,
 * applying) run under its write lock, and the owning service's queries run under its read lock
 * ({@link #read(Supplier)}), so a query never sees half a batch.
 *
 * @param <E> the record type of the streams
 */
public final class StreamFamily<E> {
    private static final int ATTEMPTS = 5;

    private final Ledger ledger;
    private final String kind;
    private final RecordCodec<E> codec;
    private final BiConsumer<StoredRecord, E> apply;
    private final Map<StreamId, Long> versions = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * @param kind  the streams' kind: every stream {@code kind} or {@code kind:key} belongs to the family
     * @param apply applies one record to the projection, in stream order
     */
    public StreamFamily(Ledger ledger, String kind, RecordCodec<E> codec, BiConsumer<StoredRecord, E> apply) {
        this.ledger = ledger;
        this.kind = kind;
        this.codec = codec;
        this.apply = apply;
    }

    /** Applies every record of the family's streams that the projection has not seen, stream by stream. */
    public void catchUpAll() {
        guarded(() -> {
            for (StreamId stream : ledger.store().streams()) {
                if (stream.kind().equals(kind)) {
                    catchUp(stream);
                }
            }
            return null;
        });
    }

    /** Applies the records of {@code stream} past the version the projection has seen. */
    public void catchUp(StreamId stream) {
        guarded(() -> {
            ledger.replay(stream, versions.getOrDefault(stream, 0L) + 1, stored -> applied(stored, codec.decode(stored)));
            return null;
        });
    }

    /** The version of {@code stream} the projection has applied (0 before its first record). */
    public long version(StreamId stream) {
        return read(() -> versions.getOrDefault(stream, 0L));
    }

    /** Runs a query of the projection under the read lock. */
    public <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Appends the records {@code decide} gives to {@code stream} and applies them. {@code decide} throws to
     * refuse, and then nothing is written; it is asked again after a conflict with another writer.
     */
    public List<StoredRecord> write(StreamId stream, Supplier<List<E>> decide) {
        return guarded(() -> append(stream, decide));
    }

    private List<StoredRecord> append(StreamId stream, Supplier<List<E>> decide) {
        int attempt = 0;
        while (true) {
            attempt++;
            List<E> records = decide.get();
            if (records.isEmpty()) {
                return List.of();
            }
            List<RecordDraft> drafts = records.stream().map(codec::encode).toList();
            try {
                List<StoredRecord> stored = ledger.append(stream, versions.getOrDefault(stream, 0L), drafts);
                for (int i = 0; i < stored.size(); i++) {
                    applied(stored.get(i), records.get(i));
                }
                return stored;
            } catch (ConcurrencyException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                catchUp(stream);
            }
        }
    }

    /** Runs {@code work} under the write lock (reentrant: a write may catch up). */
    private <T> T guarded(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void applied(StoredRecord stored, E record) {
        long expected = versions.getOrDefault(stored.stream(), 0L) + 1;
        if (stored.sequence() != expected) {
            throw new IllegalStateException(stored.stream() + ": record " + stored.sequence() + " applied where " + expected + " was due");
        }
        apply.accept(stored, record);
        versions.put(stored.stream(), stored.sequence());
    }
}

package edu.yiban.core.ledger.spi;

import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The embedded default store: every record in lists in memory, guarded by one read–write lock. */
final class InMemoryLedgerStore implements LedgerStore {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<StreamId, List<StoredRecord>> streams = new HashMap<>();
    private final List<StoredRecord> log = new ArrayList<>();
    private boolean closed;

    @Override
    public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
        Objects.requireNonNull(stream, "stream is null");
        Objects.requireNonNull(records, "records is null");
        lock.writeLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> existing = streams.get(stream);
            long version = existing == null ? 0 : existing.size();
            if (version != expectedVersion) {
                throw new ConcurrencyException(stream, expectedVersion, version);
            }
            PendingRecord.checkBatch(expectedVersion, records);
            List<StoredRecord> stored = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                stored.add(records.get(i).storedAt(stream, log.size() + 1L + i));
            }
            if (!stored.isEmpty()) {
                streams.computeIfAbsent(stream, s -> new ArrayList<>()).addAll(stored);
                log.addAll(stored);
            }
            return List.copyOf(stored);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Appends every part or none: all versions are checked under the store's lock before anything is added. */
    @Override
    public List<StoredRecord> appendAll(List<StreamAppend> appends) {
        StreamAppend.checkDistinct(appends);
        lock.writeLock().lock();
        try {
            ensureOpen();
            for (StreamAppend append : appends) {
                List<StoredRecord> existing = streams.get(append.stream());
                long version = existing == null ? 0 : existing.size();
                if (version != append.expectedVersion()) {
                    throw new ConcurrencyException(append.stream(), append.expectedVersion(), version);
                }
            }
            // every version checked: nothing below can refuse, so adding as it goes keeps the append whole
            List<StoredRecord> stored = new ArrayList<>();
            for (StreamAppend append : appends) {
                List<StoredRecord> part = new ArrayList<>(append.records().size());
                for (PendingRecord record : append.records()) {
                    part.add(record.storedAt(append.stream(), log.size() + 1L + stored.size() + part.size()));
                }
                streams.computeIfAbsent(append.stream(), s -> new ArrayList<>()).addAll(part);
                stored.addAll(part);
            }
            log.addAll(stored);
            return List.copyOf(stored);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public long version(StreamId stream) {
        lock.readLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> records = streams.get(stream);
            return records == null ? 0 : records.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
        lock.readLock().lock();
        try {
            ensureOpen();
            List<StoredRecord> records = streams.get(stream);
            return records == null ? List.of() : slice(records, Math.max(0, fromSequence - 1), maxCount);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<StoredRecord> readAll(long fromPosition, int maxCount) {
        lock.readLock().lock();
        try {
            ensureOpen();
            return slice(log, Math.max(0, fromPosition - 1), maxCount);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public long headPosition() {
        lock.readLock().lock();
        try {
            ensureOpen();
            return log.isEmpty() ? 0 : log.get(log.size() - 1).position();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<StreamId> streams() {
        lock.readLock().lock();
        try {
            ensureOpen();
            return streams.keySet().stream().sorted().toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            streams.clear();
            log.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryLedgerStore";
    }

    private static List<StoredRecord> slice(List<StoredRecord> records, long from, int maxCount) {
        if (maxCount < 0) {
            throw new IllegalArgumentException("maxCount is negative: " + maxCount);
        }
        if (from >= records.size()) {
            return List.of();
        }
        int start = (int) from;
        int end = (int) Math.min(records.size(), (long) start + maxCount);
        return List.copyOf(records.subList(start, end));
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("in-memory store is closed", null);
        }
    }
}

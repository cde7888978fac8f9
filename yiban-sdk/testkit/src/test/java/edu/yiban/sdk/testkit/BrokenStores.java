package edu.yiban.sdk.testkit;

import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stores broken on purpose, each the way a real storage plugin could go wrong, to prove the kit finds them. */
final class BrokenStores {
    /** The payload byte that {@link FlipsAPayloadByte} changes. */
    static final int FLIPPED_BYTE = 17;

    private BrokenStores() {
    }

    /** Passes every call to a correct in-memory store. */
    abstract static class Forwarding implements LedgerStore {
        final LedgerStore real = LedgerStore.inMemory();

        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            return real.append(stream, expectedVersion, records);
        }

        @Override
        public long version(StreamId stream) {
            return real.version(stream);
        }

        @Override
        public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
            return real.read(stream, fromSequence, maxCount);
        }

        @Override
        public List<StoredRecord> readAll(long fromPosition, int maxCount) {
            return real.readAll(fromPosition, maxCount);
        }

        @Override
        public List<StreamId> streams() {
            return real.streams();
        }

        @Override
        public void close() {
            real.close();
        }
    }

    /** Flips a bit of byte 17 of every payload it keeps, as a store with a faulty codec or column would. */
    static final class FlipsAPayloadByte extends Forwarding {
        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            List<PendingRecord> damaged = new ArrayList<>();
            for (PendingRecord record : records) {
                byte[] payload = record.payload();
                if (payload.length > FLIPPED_BYTE) {
                    payload[FLIPPED_BYTE] ^= 0x01;
                }
                damaged.add(new PendingRecord(record.sequence(), record.type(), record.recordedAt(), payload, record.hash()));
            }
            return super.append(stream, expectedVersion, damaged);
        }
    }

    /**
     * Reports each stream one record behind, as a store that answers {@code version} from a lagging replica
     * or a stale cache would, while refusing appends at any version but the real one: a writer that reads the
     * version and appends at it is refused for ever.
     */
    static final class ReportsAStaleVersion extends Forwarding {
        @Override
        public long version(StreamId stream) {
            return Math.max(0, real.version(stream) - 1);
        }
    }

    /**
     * Notes a stream's head when the stream is new and never after, as a table of heads would whose update at each
     * append was forgotten (only the insert of a new stream's row written).
     */
    static final class ForgetsToUpdateHeads extends Forwarding {
        private final Map<StreamId, Checkpoint> heads = new TreeMap<>();

        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            List<StoredRecord> stored = super.append(stream, expectedVersion, records);
            if (!stored.isEmpty()) {
                StoredRecord last = stored.get(stored.size() - 1);
                synchronized (heads) {
                    heads.putIfAbsent(stream, new Checkpoint(stream, last.sequence(), last.hash()));
                }
            }
            return stored;
        }

        @Override
        public List<Checkpoint> heads() {
            synchronized (heads) {
                return List.copyOf(heads.values());
            }
        }
    }

    /** Appends record by record, so that a batch refused at its third record keeps the first two. */
    static final class AppliesHalfABatch extends Forwarding {
        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            List<StoredRecord> stored = new ArrayList<>();
            for (int i = 0; i < records.size(); i++) {
                stored.addAll(super.append(stream, expectedVersion + i, List.of(records.get(i))));
            }
            return stored;
        }
    }

    /**
     * Keeps whatever it is given, never looking at the expected version: a naive table without a unique key
     * on (stream, sequence), the mistake the version contract is there to catch.
     */
    static final class IgnoresExpectedVersion implements LedgerStore {
        private final List<StoredRecord> log = new ArrayList<>();
        private boolean closed;

        @Override
        public synchronized List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            ensureOpen();
            List<StoredRecord> stored = new ArrayList<>();
            for (PendingRecord record : records) {
                stored.add(record.storedAt(stream, log.size() + 1L));
                log.add(stored.get(stored.size() - 1));
            }
            return stored;
        }

        @Override
        public synchronized long version(StreamId stream) {
            ensureOpen();
            return log.stream().filter(r -> r.stream().equals(stream)).mapToLong(StoredRecord::sequence).max().orElse(0);
        }

        @Override
        public synchronized List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
            ensureOpen();
            return log.stream().filter(r -> r.stream().equals(stream) && r.sequence() >= fromSequence)
                    .sorted(Comparator.comparingLong(StoredRecord::sequence)).limit(maxCount).toList();
        }

        @Override
        public synchronized List<StoredRecord> readAll(long fromPosition, int maxCount) {
            ensureOpen();
            return log.stream().filter(r -> r.position() >= fromPosition).limit(maxCount).toList();
        }

        @Override
        public synchronized List<StreamId> streams() {
            ensureOpen();
            return log.stream().map(StoredRecord::stream).distinct().sorted().toList();
        }

        @Override
        public synchronized void close() {
            closed = true;
        }

        private void ensureOpen() {
            if (closed) {
                throw new IllegalStateException("closed");
            }
        }
    }
}

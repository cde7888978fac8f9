package edu.yiban.core.ledger.append;

import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A store whose reads of a stream can be tampered with, as an attacker with database access would. */
final class TamperableStore implements LedgerStore {
    private final LedgerStore real = LedgerStore.inMemory();
    private final Map<StreamId, UnaryOperator<List<StoredRecord>>> tampering = new HashMap<>();

    void tamper(StreamId stream, UnaryOperator<List<StoredRecord>> change) {
        tampering.put(stream, change);
    }

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
        List<StoredRecord> all = real.read(stream, 1, Integer.MAX_VALUE);
        List<StoredRecord> seen = tampering.getOrDefault(stream, UnaryOperator.identity()).apply(all);
        int from = (int) Math.min(seen.size(), Math.max(0, fromSequence - 1));
        return List.copyOf(seen.subList(from, (int) Math.min(seen.size(), (long) from + maxCount)));
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

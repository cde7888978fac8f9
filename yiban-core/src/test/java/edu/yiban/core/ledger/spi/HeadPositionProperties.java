package edu.yiban.core.ledger.spi;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The default head position of a store that does not answer it itself: found with {@code readAll} alone, it is the last
 * record's position for any number of records and any gaps between positions, in a number of reads that grows with
 * the logarithm of the position.
 */
class HeadPositionProperties {

    @Property(tries = 300)
    void theDefaultFindsTheLastPositionOverAnyGaps(@ForAll @Size(max = 200) List<@IntRange(min = 1, max = 1000) Integer> gaps) {
        PlainStore store = new PlainStore();
        long position = 0;
        for (int gap : gaps) {
            position += gap;
            store.add(position);
        }
        assertThat(store.headPosition()).isEqualTo(position);
        assertThat(store.reads).isLessThanOrEqualTo(4 + 2 * (64 - Long.numberOfLeadingZeros(Math.max(1, position))));
    }

    @Property(tries = 50)
    void theInMemoryStoresHeadIsItsLastPosition(@ForAll @IntRange(max = 300) int records) {
        try (LedgerStore store = LedgerStore.inMemory()) {
            StreamId stream = StreamId.of("directory");
            ChainHash previous = ChainHash.GENESIS;
            for (int i = 0; i < records; i++) {
                List<PendingRecord> one = PendingRecord.chain(previous, stream, i, Instant.EPOCH,
                        List.of(new RecordDraft("directory.test", new byte[] {(byte) i})));
                previous = store.append(stream, i, one).get(0).hash();
            }
            assertThat(store.headPosition()).isEqualTo(records);
        }
    }

    /** A store that keeps records at the positions given and answers only {@code readAll}: the default does the rest. */
    private static final class PlainStore implements LedgerStore {
        private final List<StoredRecord> log = new ArrayList<>();
        int reads;

        void add(long position) {
            StreamId stream = StreamId.of("archive", "s" + position);
            log.add(PendingRecord.chain(ChainHash.GENESIS, stream, 0, Instant.EPOCH,
                    List.of(new RecordDraft("archive.test", new byte[0]))).get(0).storedAt(stream, position));
        }

        @Override
        public List<StoredRecord> readAll(long fromPosition, int maxCount) {
            reads++;
            return log.stream().filter(r -> r.position() >= fromPosition).limit(maxCount).toList();
        }

        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            throw new UnsupportedOperationException("not asked of a store the default reads");
        }

        @Override
        public long version(StreamId stream) {
            throw new UnsupportedOperationException("not asked of a store the default reads");
        }

        @Override
        public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
            throw new UnsupportedOperationException("not asked of a store the default reads");
        }

        @Override
        public List<StreamId> streams() {
            return List.of();
        }

        @Override
        public void close() {
        }
    }
}

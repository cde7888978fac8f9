package edu.yiban.core.ledger.append;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What waits for a module: records in position order, or, past what an inbox keeps, the names of the streams to read. */
class InboxTest {
    private static final StreamId ONE = StreamId.of("archive", "2022010101");
    private static final StreamId TWO = StreamId.of("archive", "2022010102");

    @Test
    void recordsAreHandedOverInTheOrderTheyCameAndOnlyOnce() {
        Inbox inbox = new Inbox(Set.of("archive"), () -> { });
        assertThat(inbox.follows(ONE)).isTrue();
        assertThat(inbox.follows(StreamId.of("directory"))).isFalse();
        assertThat(inbox.pending()).isFalse();

        inbox.offer(record(ONE, 1, 1, 10));
        inbox.offer(record(TWO, 1, 2, 10));
        inbox.offer(record(ONE, 2, 3, 10));
        Taken taken = new Taken();
        inbox.drainTo(taken);

        assertThat(taken.applied).containsExactly("archive:2022010101#1", "archive:2022010102#1", "archive:2022010101#2");
        assertThat(taken.caughtUp).isEmpty();
        assertThat(inbox.pending()).isFalse();
        Taken again = new Taken();
        inbox.drainTo(again);
        assertThat(again.applied).isEmpty();
    }

    @Test
    void pastWhatItKeepsAnInboxKeepsOnlyTheStreamsToCatchUp() {
        Inbox inbox = new Inbox(Set.of("archive"), () -> { }, 100, Inbox.KEEP_BYTES);
        for (int i = 1; i <= 100; i++) {
            inbox.offer(record(i % 2 == 0 ? ONE : TWO, i, i, 0));
        }
        inbox.offer(record(StreamId.of("archive", "2022010103"), 1, 101, 0));
        Taken taken = new Taken();
        inbox.drainTo(taken);

        assertThat(taken.applied).isEmpty();
        assertThat(taken.caughtUp).containsExactlyInAnyOrder("archive:2022010101", "archive:2022010102", "archive:2022010103");
    }

    @Test
    void pastTheBytesItKeepsAnInboxKeepsOnlyTheStreams() {
        Inbox inbox = new Inbox(Set.of("archive"), () -> { }, Inbox.KEEP, 1000);
        int big = 500;
        inbox.offer(record(ONE, 1, 1, big));
        inbox.offer(record(ONE, 2, 2, big));
        inbox.offer(record(TWO, 1, 3, 1));
        Taken taken = new Taken();
        inbox.drainTo(taken);

        assertThat(taken.applied).isEmpty();
        assertThat(taken.caughtUp).containsExactly("archive:2022010101", "archive:2022010102");
    }

    private static StoredRecord record(StreamId stream, long sequence, long position, int bytes) {
        List<PendingRecord> pending = PendingRecord.chain(ChainHash.GENESIS, stream, sequence - 1, Instant.EPOCH,
                List.of(new edu.yiban.core.ledger.RecordDraft("archive.entry-recorded", new byte[bytes])));
        return pending.get(0).storedAt(stream, position);
    }

    private static final class Taken implements Follower {
        final List<String> applied = new ArrayList<>();
        final List<String> caughtUp = new ArrayList<>();

        @Override
        public void apply(StoredRecord record) {
            applied.add(record.stream().value() + "#" + record.sequence());
        }

        @Override
        public void catchUp(StreamId stream) {
            caughtUp.add(stream.value());
        }
    }
}

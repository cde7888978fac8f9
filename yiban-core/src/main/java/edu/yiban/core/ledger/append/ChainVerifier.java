package edu.yiban.core.ledger.append;

import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.StreamVerification;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Walks one stream's stored records in order, recomputing the chain, and stops at the first break. */
final class ChainVerifier {
    private final StreamId stream;
    /** The checkpoint the stream must pass through, or null for none. */
    private final @Nullable Checkpoint checkpoint;
    private ChainHash previous = ChainHash.GENESIS;
    private long expected = 1;
    /** The first break found, or null while the chain holds. */
    private @Nullable ChainBreak broken;

    ChainVerifier(StreamId stream, @Nullable Checkpoint checkpoint) {
        this.stream = stream;
        this.checkpoint = checkpoint;
    }

    boolean ok() {
        return broken == null;
    }

    /** Checks the next stored record; false once the chain is broken. */
    boolean accept(StoredRecord record) {
        if (broken != null) {
            return false;
        }
        if (!record.stream().equals(stream)) {
            broken = new ChainBreak(stream, expected, ChainBreak.Problem.FOREIGN, record.position());
        } else if (record.sequence() != expected) {
            broken = new ChainBreak(stream, expected, ChainBreak.Problem.OUT_OF_PLACE, record.sequence());
        } else {
            ChainHash hash = ChainHash.link(previous, record);
            if (!hash.equals(record.hash())) {
                broken = new ChainBreak(stream, expected, ChainBreak.Problem.ALTERED, 0);
            } else if (checkpoint != null && expected == checkpoint.version() && !hash.equals(checkpoint.hash())) {
                broken = new ChainBreak(stream, expected, ChainBreak.Problem.NOT_AT_CHECKPOINT, 0);
            } else {
                previous = hash;
                expected++;
            }
        }
        return broken == null;
    }

    /** The head reached, or null for an empty stream. */
    @Nullable Checkpoint head() {
        return expected == 1 ? null : new Checkpoint(stream, expected - 1, previous);
    }

    StreamVerification finish() {
        if (broken == null && checkpoint != null && expected - 1 < checkpoint.version()) {
            broken = new ChainBreak(stream, expected, ChainBreak.Problem.MISSING, expected - 1);
        }
        return new StreamVerification(stream, expected - 1, Optional.ofNullable(broken));
    }
}

package edu.yiban.core.ledger;

import edu.yiban.core.ledger.spi.LedgerStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A record on its way into a store: its place in the stream, its type, when it was recorded, its
 * canonical bytes and the hash the ledger computed for it. A store keeps all of these exactly; it
 * never computes or changes a hash. Immutable: the payload is copied in and out.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PendingRecord {
    private final long sequence;
    private final String type;
    private final Instant recordedAt;
    private final byte[] payload;
    private final ChainHash hash;

    /**
     * @param sequence   the record's place in its stream, from 1
     * @param type       the record's type name, e.g. {@code archive.entry-recorded}
     * @param recordedAt when it was recorded, to the millisecond
     * @param payload    the record's canonical bytes
     * @param hash       SHA-256 of the previous link and this record (see {@link Ledger})
     */
    public PendingRecord(long sequence, String type, Instant recordedAt, byte[] payload, ChainHash hash) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, not " + sequence);
        }
        this.sequence = sequence;
        this.type = Objects.requireNonNull(type, "type is null");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt is null");
        this.payload = Objects.requireNonNull(payload, "payload is null").clone();
        this.hash = Objects.requireNonNull(hash, "hash is null");
    }

    /** The ledger's record over {@code payload}, bytes a draft handed over that nobody changes (not copied). */
    private PendingRecord(long sequence, String type, Instant recordedAt, ChainHash hash, byte[] payload) {
        this.sequence = sequence;
        this.type = type;
        this.recordedAt = recordedAt;
        this.payload = payload;
        this.hash = hash;
    }

    /**
     * {@code drafts} as the records appended to {@code stream} after {@code expectedVersion}, whose head link is
     * {@code previous}: sequences {@code expectedVersion + 1, + 2, …}, each at {@code recordedAt}, each linked to the one
     * before ({@link ChainHash#link}). A draft's bytes are shared, not copied: neither a draft nor a pending record lets
     * anyone change them.
     */
    public static List<PendingRecord> chain(ChainHash previous, StreamId stream, long expectedVersion, Instant recordedAt,
                                            List<RecordDraft> drafts) {
        List<PendingRecord> pending = new ArrayList<>(drafts.size());
        byte[] streamName = ChainHash.utf8(stream.value());
        long millis = recordedAt.toEpochMilli();
        String type = null;
        byte[] typeBytes = null;
        long sequence = expectedVersion;
        ChainHash link = previous;
        for (RecordDraft draft : drafts) {
            sequence++;
            if (type == null || typeBytes == null || !draft.type().equals(type)) {
                type = draft.type();
                typeBytes = ChainHash.utf8(type);
            }
            link = ChainHash.link(link, streamName, sequence, typeBytes, millis, draft.unsafePayload());
            pending.add(new PendingRecord(sequence, type, recordedAt, link, draft.unsafePayload()));
        }
        return pending;
    }

    /**
     * Checks that {@code batch} may be appended at {@code expectedVersion}: its sequences run
     * {@code expectedVersion + 1, + 2, …} (the {@link LedgerStore#append} contract). Every store calls it
     * before it writes anything, so a malformed batch is refused the same way everywhere.
     *
     * @throws IllegalArgumentException naming the first record out of place, or a negative version
     */
    public static void checkBatch(long expectedVersion, List<PendingRecord> batch) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion is negative: " + expectedVersion);
        }
        for (int i = 0; i < batch.size(); i++) {
            long sequence = batch.get(i).sequence();
            if (sequence != expectedVersion + 1 + i) {
                throw new IllegalArgumentException("record " + i + " of the batch has sequence " + sequence
                        + ", expected " + (expectedVersion + 1 + i));
            }
        }
    }

    /** The record's place in its stream, from 1. */
    public long sequence() {
        return sequence;
    }

    /** The record's type name. */
    public String type() {
        return type;
    }

    /** When it was recorded, to the millisecond. */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** A copy of the record's canonical bytes. */
    public byte[] payload() {
        return payload.clone();
    }

    /** The record's link of the chain. */
    public ChainHash hash() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PendingRecord r && sequence == r.sequence && type.equals(r.type)
                && recordedAt.equals(r.recordedAt) && Arrays.equals(payload, r.payload) && hash.equals(r.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sequence, type, recordedAt, Arrays.hashCode(payload), hash);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + type + " (" + payload.length + " bytes) " + hash;
    }

    /** This record as stored in {@code stream} at global {@code position}. */
    public StoredRecord storedAt(StreamId stream, long position) {
        return StoredRecord.kept(stream, sequence, position, type, recordedAt, payload, hash);
    }
}

package edu.yiban.core.ledger;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A record as a store keeps it: the stream it belongs to, its sequence in that stream (from 1), its
 * global position in the store (increasing across all streams, in append order), its type, when it
 * was recorded, its canonical bytes and its link of the stream's hash chain. Immutable: the payload is
 * copied in and out.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StoredRecord {
    private final StreamId stream;
    private final long sequence;
    private final long position;
    private final String type;
    private final Instant recordedAt;
    private final byte[] payload;
    private final ChainHash hash;

    public StoredRecord(StreamId stream, long sequence, long position, String type, Instant recordedAt,
                        byte[] payload, ChainHash hash) {
        this.stream = Objects.requireNonNull(stream, "stream is null");
        this.sequence = sequence;
        this.position = position;
        this.type = Objects.requireNonNull(type, "type is null");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt is null");
        this.payload = Objects.requireNonNull(payload, "payload is null").clone();
        this.hash = Objects.requireNonNull(hash, "hash is null");
    }

    private StoredRecord(StreamId stream, long sequence, long position, String type, Instant recordedAt,
                         ChainHash hash, byte[] payload) {
        this.stream = Objects.requireNonNull(stream, "stream is null");
        this.sequence = sequence;
        this.position = position;
        this.type = type;
        this.recordedAt = recordedAt;
        this.payload = payload;
        this.hash = hash;
    }

    /** A pending record as stored: its payload, which no one changes, shared rather than copied. */
    static StoredRecord kept(StreamId stream, long sequence, long position, String type, Instant recordedAt,
                             byte[] payload, ChainHash hash) {
        return new StoredRecord(stream, sequence, position, type, recordedAt, hash, payload);
    }

    /** The stream the record belongs to. */
    public StreamId stream() {
        return stream;
    }

    /** The record's place in its stream, from 1. */
    public long sequence() {
        return sequence;
    }

    /** The record's global position in its store. */
    public long position() {
        return position;
    }

    /** The record's type name. */
    public String type() {
        return type;
    }

    /** When it was recorded. */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** A copy of the record's canonical bytes. */
    public byte[] payload() {
        return payload.clone();
    }

    /** The number of bytes of the payload. */
    public int payloadLength() {
        return payload.length;
    }

    /** The record's canonical bytes to read, without a copy. */
    public InputStream payloadStream() {
        return new ByteArrayInputStream(payload);
    }

    byte[] unsafePayload() {
        return payload;
    }

    /** The record's link of the chain, as stored. */
    public ChainHash hash() {
        return hash;
    }

    /** A copy of this record with other stored parts, for stores that rebuild records and for tests. */
    public StoredRecord with(long newSequence, String newType, Instant newRecordedAt, byte[] newPayload, ChainHash newHash) {
        return new StoredRecord(stream, newSequence, position, newType, newRecordedAt, newPayload, newHash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredRecord r && sequence == r.sequence && position == r.position
                && stream.equals(r.stream) && type.equals(r.type) && recordedAt.equals(r.recordedAt)
                && Arrays.equals(payload, r.payload) && hash.equals(r.hash);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stream, sequence, position, type, recordedAt, Arrays.hashCode(payload), hash);
    }

    @Override
    public String toString() {
        return stream + "#" + sequence + " @" + position + " " + type + " (" + payload.length + " bytes) " + hash;
    }
}

package edu.yiban.core.ledger.append;

import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * One ledger stream and the projection (投影) fed from it, the building block of every module that
 * keeps data: writes decide records against the projection's state, append them at the version the
 * projection has seen and apply what was written; a conflict (another writer got there first) catches
 * the projection up from the store and decides again. Not thread-safe by itself: its owner serialises
 * calls (a lock per stream).
 *
 * <pre>{@code
 * ProjectedStream<MyEvent> stream = new ProjectedStream<>(ledger, StreamId.of("budget", "2023"), codec, this::apply);
 * stream.catchUp();                                   // rebuild from the store
 * stream.write(() -> List.of(decide(command)));       // throw inside to refuse; nothing is written
 * }</pre>
 *
 * @param <E> the stream's record type
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ProjectedStream<E> {
    private final WritableLedger ledger;
    private final StreamId stream;
    private final RecordCodec<E> codec;
    private final BiConsumer<StoredRecord, E> apply;
    private long version;

    /** A projection of {@code stream}, decoding with {@code codec} and applying each record with {@code apply}. */
    public ProjectedStream(WritableLedger ledger, StreamId stream, RecordCodec<E> codec, BiConsumer<StoredRecord, E> apply) {
        this.ledger = ledger;
        this.stream = stream;
        this.codec = codec;
        this.apply = apply;
    }

    /** The stream. */
    public StreamId stream() {
        return stream;
    }

    /** The version the projection has applied. */
    public long version() {
        return version;
    }

    /**
     * Starts the projection at {@code version} rather than at 0: its owner has restored the state of the stream's
     * first {@code version} records from elsewhere (a snapshot checked against the stream's chain), and
     * {@link #catchUp} then applies only the records after them. Only before any record was applied.
     *
     * @throws IllegalStateException    if the projection has applied a record
     * @throws IllegalArgumentException if {@code version} is negative
     */
    public void startAt(long version) {
        if (this.version != 0) {
            throw new IllegalStateException(stream + ": started at " + version + " after applying " + this.version + " records");
        }
        if (version < 0) {
            throw new IllegalArgumentException(stream + ": version is negative: " + version);
        }
        this.version = version;
    }

    /** Applies whatever the store has past the projection's version. */
    public void catchUp() {
        ledger.replay(stream, version + 1, this::applyStored);
    }

    /** Applies one stored record (replays feed records here in order). */
    public void applyStored(StoredRecord record) {
        if (record.sequence() != version + 1) {
            throw new IllegalStateException(stream + ": record " + record.sequence() + " applied at version " + version);
        }
        apply.accept(record, codec.decode(record));
        version = record.sequence();
    }

    /**
     * {@code records} encoded as drafts to append at the projection's version, for an append to several
     * streams at once ({@link WritableLedger#appendAll}); {@link #applyWritten} applies them once written.
     */
    public WritableLedger.Drafts drafts(List<E> records) {
        return new WritableLedger.Drafts(stream, version, encode(records));
    }

    private List<RecordDraft> encode(List<E> records) {
        List<RecordDraft> drafts = new ArrayList<>(records.size());
        for (E record : records) {
            drafts.add(codec.encode(stream, record));
        }
        return drafts;
    }

    /**
     * Applies {@code records}, written as {@code stored} through {@link #drafts}, skipping those the
     * projection has already applied (a conflicting writer's catch-up reads them from the store first).
     */
    public void applyWritten(List<StoredRecord> stored, List<E> records) {
        for (int i = 0; i < stored.size(); i++) {
            long sequence = stored.get(i).sequence();
            if (sequence <= version) {
                continue;
            }
            if (sequence != version + 1) {
                catchUp(); // records between: the store has them, ours among them
                return;
            }
            apply.accept(stored.get(i), records.get(i));
            version = sequence;
        }
    }

    /**
     * Applies {@code record} of this stream, which reached the module through the store's global log: skipped if the
     * projection has it already, applied if it is the next, else (records between were not handed over) the projection
     * catches up from the store.
     */
    public void follow(StoredRecord record) {
        if (!record.stream().equals(stream)) {
            throw new IllegalArgumentException(record.stream() + " followed by the projection of " + stream);
        }
        if (record.sequence() <= version) {
            return;
        }
        if (record.sequence() == version + 1) {
            applyStored(record);
        } else {
            catchUp();
        }
    }

    /**
     * Decides records against the projection and appends them; on a conflict catches up and decides
     * again, under {@link Retries}' policy. {@code decide} throws to refuse, and then nothing is written.
     *
     * @throws ConcurrencyException when every attempt was refused for a conflict; nothing was written
     */
    public List<StoredRecord> write(Supplier<List<E>> decide) {
        for (int attempt = 1; ; attempt++) {
            List<E> records = decide.get();
            if (records.isEmpty()) {
                return List.of();
            }
            List<StoredRecord> stored;
            try {
                stored = ledger.append(stream, version, encode(records));
            } catch (ConcurrencyException e) {
                if (!Retries.again(attempt)) {
                    throw e;
                }
                catchUp();
                continue;
            }
            for (int i = 0; i < stored.size(); i++) {
                apply.accept(stored.get(i), records.get(i));
                version = stored.get(i).sequence();
            }
            return stored;
        }
    }
}

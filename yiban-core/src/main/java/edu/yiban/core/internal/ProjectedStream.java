package edu.yiban.core.internal;

import edu.yiban.core.ledger.ConcurrencyException;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.RecordCodec;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * One ledger stream and the projection fed from it: writes append at the version the projection has
 * seen and apply what was written; a conflict (another writer) catches the projection up and decides
 * again. Not thread-safe by itself: its owner serialises calls (a lock per stream).
 *
 * @param <E> the stream's record type
 */
public final class ProjectedStream<E> {
    private static final int ATTEMPTS = 5;

    private final Ledger ledger;
    private final StreamId stream;
    private final RecordCodec<E> codec;
    private final BiConsumer<StoredRecord, E> apply;
    private long version;

    public ProjectedStream(Ledger ledger, StreamId stream, RecordCodec<E> codec, BiConsumer<StoredRecord, E> apply) {
        this.ledger = ledger;
        this.stream = stream;
        this.codec = codec;
        this.apply = apply;
    }

    public StreamId stream() {
        return stream;
    }

    /** The version the projection has applied. */
    public long version() {
        return version;
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
     * Decides records against the projection and appends them; on a conflict catches up and decides
     * again. {@code decide} throws to refuse, and then nothing is written.
     */
    public List<StoredRecord> write(Supplier<List<E>> decide) {
        for (int attempt = 1; ; attempt++) {
            List<E> records = decide.get();
            if (records.isEmpty()) {
                return List.of();
            }
            List<RecordDraft> drafts = new ArrayList<>(records.size());
            for (E record : records) {
                drafts.add(codec.encode(record));
            }
            List<StoredRecord> stored;
            try {
                stored = ledger.append(stream, version, drafts);
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
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

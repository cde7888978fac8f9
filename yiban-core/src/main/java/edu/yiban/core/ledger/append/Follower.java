package edu.yiban.core.ledger.append;

import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * What a module does with the records of its streams that reach it through the store's global log (跟随): those
 * another runtime on the same database appended, and, again, those it appended itself. A module implements it over its
 * {@link ProjectedStream}s and hands it to {@link WritableLedger#follow}; its {@link Inbox} calls it under the module's
 * lock.
 *
 * <pre>{@code
 * Follower follower = new Follower() {
 *     public void apply(StoredRecord record)  { projection(record.stream()).follow(record); }
 *     public void catchUp(StreamId stream)    { projection(stream).catchUp(); }
 * };
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface Follower {

    /**
     * Applies {@code record} of a followed stream. Records come in position order, so each stream's in sequence order;
     * one the module has already applied (its own write, or one read by a catch-up) comes again and is skipped, which
     * {@link ProjectedStream#follow} does.
     */
    void apply(StoredRecord record);

    /** {@code stream} has records the inbox did not keep (too many waited): read them from the store. */
    void catchUp(StreamId stream);

    /**
     * A follower that applies nothing itself: it tells {@code moved} of each stream the log moved on, and the module
     * reads that stream's new records when it next uses it (a module whose projections are made on demand).
     */
    static Follower marking(Consumer<StreamId> moved) {
        return new Follower() {
            @Override
            public void apply(StoredRecord record) {
                moved.accept(record.stream());
            }

            @Override
            public void catchUp(StreamId stream) {
                moved.accept(stream);
            }
        };
    }

    /** The follower of a module that keeps one stream, {@code projection}'s. */
    static Follower of(ProjectedStream<?> projection) {
        return new Follower() {
            @Override
            public void apply(StoredRecord record) {
                projection.follow(record);
            }

            @Override
            public void catchUp(StreamId stream) {
                projection.catchUp();
            }
        };
    }
}

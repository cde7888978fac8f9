package edu.yiban.core.ledger.append;

import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The lock that guards a projection: many readers at once, one writer at a time (who may read too).
 * A module's service decides and appends under {@link #write}, and answers queries under {@link #read},
 * so that a reader never sees half of a batch applied.
 *
 * <p>A lock made with {@link #following} also keeps the projection up with the store's global log: each read and
 * write first brings the ledger's inboxes to the store's head ({@link WritableLedger#atHead}) and applies what waits
 * for this projection, holding the lock alone, so it sees every append acknowledged before it began, whichever runtime
 * made it.
 *
 * <pre>{@code
 * private final ProjectionLock lock = ProjectionLock.following(ledger, Set.of("plan"), follower);
 * public Milestone milestone(MilestoneId id) { return lock.read(() -> milestones.get(id)); }
 * public void add(Milestone m)             { lock.write(() -> stream.write(() -> List.of(decide(m)))); }
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ProjectionLock {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final @Nullable WritableLedger ledger;
    private final @Nullable Inbox inbox;
    private final @Nullable Follower follower;

    /** A lock no reader or writer holds yet, over a projection that follows nothing. */
    public ProjectionLock() {
        this.ledger = null;
        this.inbox = null;
        this.follower = null;
    }

    private ProjectionLock(WritableLedger ledger, Set<String> kinds, Follower follower) {
        this.ledger = ledger;
        this.follower = follower;
        this.inbox = ledger.follow(kinds, this::drain);
    }

    /**
     * A lock over a projection of the streams of {@code kinds} in {@code ledger}, which {@code follower} applies the
     * store's new records to. Made before the projection first reads its streams.
     */
    public static ProjectionLock following(WritableLedger ledger, Set<String> kinds, Follower follower) {
        return new ProjectionLock(ledger, kinds, follower);
    }

    /** {@code query}'s answer, read while no writer holds the lock, after the projection caught up with the store. */
    public <T> T read(Supplier<T> query) {
        if (ledger == null) {
            return locked(query);
        }
        return ledger.atHead(() -> {
            if (!heldByCurrentThread()) {
                drain(); // not inside one of this lock's own calls, which took what waited when it began
            }
            return locked(query);
        });
    }

    private <T> T locked(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** {@code change}'s answer, computed while holding the lock alone, after the projection caught up with the store. */
    public <T> T write(Supplier<T> change) {
        if (ledger == null) {
            return exclusive(change);
        }
        return ledger.atHead(() -> exclusive(() -> {
            if (inbox != null && follower != null) {
                inbox.drainTo(follower);
            }
            return change.get();
        }));
    }

    private <T> T exclusive(Supplier<T> change) {
        lock.writeLock().lock();
        try {
            return change.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether the calling thread reads or writes under this lock now. */
    public boolean heldByCurrentThread() {
        return lock.getReadHoldCount() > 0 || lock.isWriteLockedByCurrentThread();
    }

    /** Runs {@code change} while holding the lock alone. */
    public void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }

    /** Applies what waits in the inbox, holding the lock alone; nothing when nothing waits. */
    private void drain() {
        if (inbox != null && follower != null && inbox.pending()) {
            exclusive(() -> {
                inbox.drainTo(follower);
                return null;
            });
        }
    }
}

package edu.yiban.core.ledger.append;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The lock that guards a projection: many readers at once, one writer at a time (who may read too).
 * A module's service decides and appends under {@link #write}, and answers queries under {@link #read},
 * so that a reader never sees half of a batch applied.
 *
 * <pre>{@code
 * private final ProjectionLock lock = new ProjectionLock();
 * public Milestone milestone(MilestoneId id) { return lock.read(() -> milestones.get(id)); }
 * public void add(Milestone m)             { lock.write(() -> stream.write(() -> List.of(decide(m)))); }
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ProjectionLock {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /** A lock no reader or writer holds yet. */
    public ProjectionLock() {
    }

    /** {@code query}'s answer, read while no writer holds the lock. */
    public <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** {@code change}'s answer, computed while holding the lock alone. */
    public <T> T write(Supplier<T> change) {
        lock.writeLock().lock();
        try {
            return change.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code change} while holding the lock alone. */
    public void write(Runnable change) {
        write(() -> {
            change.run();
            return null;
        });
    }
}

package edu.yiban.core.ledger.append;

import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.apiguardian.api.API;

/**
 * The records of the store's global log that wait for one module (收件箱): {@link WritableLedger#sync()} puts each record
 * of the stream kinds the module follows here, and the module hands them to its {@link Follower} under its own lock
 * before it answers. The ledger never takes a module's lock, so following cannot deadlock with a module's reads and
 * writes.
 *
 * <p>An inbox keeps at most {@value #KEEP} records or {@value #KEEP_BYTES} payload bytes; past that it keeps only the
 * names of the streams that moved on, and the module reads those streams from the store instead, so a module nobody
 * reads for a long while holds no more than that.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Inbox {
    /** The most records an inbox keeps before it keeps stream names only. */
    public static final int KEEP = 65_536;
    /** The most payload bytes an inbox keeps before it keeps stream names only. */
    public static final long KEEP_BYTES = 64L << 20;

    private final Set<String> kinds;
    private final Runnable drain;
    private final int keep;
    private final long keepBytes;
    private List<StoredRecord> waiting = new ArrayList<>();
    private Set<StreamId> behind = new LinkedHashSet<>();
    private long bytes;
    private volatile boolean pending;
    /** Held while records are handed over, so that a caller that finds none waiting waits for those being applied. */
    private final ReentrantLock draining = new ReentrantLock();

    Inbox(Set<String> kinds, Runnable drain) {
        this(kinds, drain, KEEP, KEEP_BYTES);
    }

    /** An inbox that keeps at most {@code keep} records and {@code keepBytes} payload bytes (tests make them small). */
    Inbox(Set<String> kinds, Runnable drain, int keep, long keepBytes) {
        this.kinds = Set.copyOf(kinds);
        this.drain = Objects.requireNonNull(drain, "drain is null");
        this.keep = keep;
        this.keepBytes = keepBytes;
    }

    /** Whether records of {@code stream} come here. */
    boolean follows(StreamId stream) {
        return kinds.contains(stream.kind());
    }

    /** Whether records wait, or are being handed over by another thread. */
    public boolean pending() {
        return pending || draining.isLocked();
    }

    /** Asks the module to take what waits, as it does before answering (the ledger's follower thread calls it). */
    void drainByOwner() {
        if (pending()) {
            drain.run();
        }
    }

    synchronized void offer(StoredRecord record) {
        if (behind.isEmpty() && waiting.size() < keep && bytes + record.payloadLength() <= keepBytes) {
            waiting.add(record);
            bytes += record.payloadLength();
        } else {
            for (StoredRecord kept : waiting) {
                behind.add(kept.stream());
            }
            waiting = new ArrayList<>();
            bytes = 0;
            behind.add(record.stream());
        }
        pending = true;
    }

    /**
     * Hands what waits to {@code follower}, in position order: the records kept, or, where the inbox kept only names,
     * a catch-up of each stream. One thread at a time: a caller that comes while another hands records over waits until
     * they are applied, so that when this returns every record that waited when it was called has been applied.
     */
    public void drainTo(Follower follower) {
        if (!pending()) {
            return;
        }
        draining.lock();
        try {
            List<StoredRecord> records;
            Set<StreamId> streams;
            synchronized (this) {
                if (!pending) {
                    return;
                }
                records = waiting;
                streams = behind;
                waiting = new ArrayList<>();
                behind = new LinkedHashSet<>();
                bytes = 0;
                pending = false;
            }
            for (StoredRecord record : records) {
                follower.apply(record);
            }
            for (StreamId stream : streams) {
                follower.catchUp(stream);
            }
        } finally {
            draining.unlock();
        }
    }
}

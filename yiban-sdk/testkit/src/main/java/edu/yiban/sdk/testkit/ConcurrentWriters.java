package edu.yiban.sdk.testkit;

import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.VerificationReport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Writers on overlapping streams, each through a {@link WritableLedger} that retries on a version conflict as the
 * library's services do, and optionally a reader paging forward with {@code readAll} while they write.
 * Afterwards nothing may be lost or duplicated, every stream is dense, every chain verifies, and the
 * reader saw every record.
 */
final class ConcurrentWriters {
    private static final int STREAMS = 5;
    private static final int MAX_BATCH = 3;
    private static final int TAIL_PAGE = 64;
    static final long TIMEOUT_SECONDS = 300;
    /**
     * How many times in a row one batch may be refused for a version conflict. Eight writers on five
     * streams are refused a handful of times at most; a store that refuses this often is not resolving
     * conflicts at all (it refuses a writer that read the current version), and the kit says so instead of
     * retrying until the timeout.
     */
    static final int MAX_REFUSALS = 500;

    private final Contract contract;
    private final List<LedgerStore> stores;
    private final int writers;
    private final int appendsPerWriter;
    private final List<StreamId> streams = new ArrayList<>();
    private final List<Progress> progress = new ArrayList<>();

    /** What one writer has done so far, read when the writers time out to say where they stood. */
    private static final class Progress {
        final AtomicInteger appended = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        volatile @Nullable Thread thread;
        volatile String waitingOn = "-";
    }

    /**
     * @param contract the contract a failure is reported under
     * @param stores   the stores the writers share out (writer {@code t} uses store {@code t % size}); the
     *                 first is the one read and checked
     */
    ConcurrentWriters(Contract contract, List<LedgerStore> stores, int writers, int appendsPerWriter) {
        this.contract = contract;
        this.stores = List.copyOf(stores);
        this.writers = writers;
        this.appendsPerWriter = appendsPerWriter;
        for (int s = 0; s < STREAMS; s++) {
            streams.add(StreamId.of("space", "class.C" + s));
        }
    }

    /** Runs the writers, and a reader paging forward if {@code tail}, then checks the first store. */
    void runAndCheck(boolean tail) {
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            List<WritableLedger> ledgers = stores.stream().map(store -> new WritableLedger(store, Clock.systemUTC())).toList();
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean finished = new AtomicBoolean();
            List<Future<Integer>> written = new ArrayList<>();
            for (int t = 0; t < writers; t++) {
                int writer = t;
                progress.add(new Progress());
                written.add(pool.submit(() -> write(writer, ledgers.get(writer % ledgers.size()), start)));
            }
            Future<List<StoredRecord>> reader = tail ? pool.submit(() -> readForward(start, finished)) : null;
            start.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            int total = 0;
            for (Future<Integer> writer : written) {
                total += await(writer, deadline);
            }
            finished.set(true);
            List<StoredRecord> seen = reader == null ? null : await(reader, deadline);
            check(total, seen);
        } finally {
            pool.shutdownNow();
        }
    }

    private int write(int writer, WritableLedger ledger, CountDownLatch start) throws InterruptedException {
        Random random = new Random(writer);
        Progress mine = progress.get(writer);
        mine.thread = Thread.currentThread();
        start.await();
        int records = 0;
        for (int i = 0; i < appendsPerWriter; i++) {
            StreamId stream = streams.get(random.nextInt(STREAMS));
            int size = 1 + random.nextInt(MAX_BATCH);
            List<RecordDraft> batch = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                batch.add(new RecordDraft("test.write", ("w" + writer + "/" + i + "/" + k).getBytes(StandardCharsets.UTF_8)));
            }
            for (int refusals = 0; ; refusals++) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long version = ledger.version(stream);
                mine.waitingOn = stream.value() + " @" + version;
                try {
                    ledger.append(stream, version, batch);
                    break;
                } catch (ConcurrencyException e) {
                    // another writer got there first: read the version again and retry, as the services do,
                    // after a pause that grows with the refusals so that contending writers spread out
                    mine.refused.incrementAndGet();
                    if (refusals + 1 >= MAX_REFUSALS) {
                        throw contract.broken("concurrent.refused", stream.value(), MAX_REFUSALS, version,
                                ledger.version(stream));
                    }
                    if (refusals >= 3) {
                        Thread.sleep(1 + random.nextInt(Math.min(refusals, 4)));
                    }
                }
            }
            mine.appended.incrementAndGet();
            mine.waitingOn = "-";
            records += size;
        }
        return records;
    }

    private List<StoredRecord> readForward(CountDownLatch start, AtomicBoolean finished) throws InterruptedException {
        LedgerStore store = stores.get(0);
        start.await();
        List<StoredRecord> seen = new ArrayList<>();
        long next = 1;
        while (true) {
            boolean last = finished.get(); // read before the page: once the writers are done, one empty page ends it
            List<StoredRecord> page = store.readAll(next, TAIL_PAGE);
            for (StoredRecord record : page) {
                seen.add(record);
                next = Math.max(next, record.position() + 1);
            }
            if (page.isEmpty() && last) {
                return seen;
            }
            if (page.size() < TAIL_PAGE) {
                Thread.sleep(1); // caught up: let the writers write rather than poll the store flat out
            }
        }
    }

    private <T> T await(Future<T> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            AssertionError failure = contract.broken("concurrent.timeout", TIMEOUT_SECONDS, standing());
            for (Progress writer : progress) {
                Thread thread = writer.thread;
                if (thread != null && thread.isAlive()) {
                    Throwable where = new Throwable(thread.getName() + " at " + writer.waitingOn);
                    where.setStackTrace(thread.getStackTrace());
                    failure.addSuppressed(where);
                }
            }
            throw failure;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError broken) {
                throw broken; // a contract the writer found broken, already worded
            }
            AssertionError failure = contract.broken("concurrent.failed", String.valueOf(e.getCause()));
            failure.initCause(e.getCause());
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the writers", e);
        }
    }

    /** Where each writer stood: batches appended of those asked, refusals, and the stream it was on. */
    private String standing() {
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < progress.size(); t++) {
            Progress writer = progress.get(t);
            out.append(t == 0 ? "" : "; ").append('w').append(t).append(' ')
                    .append(writer.appended.get()).append('/').append(appendsPerWriter)
                    .append(" refused ").append(writer.refused.get())
                    .append(" on ").append(writer.waitingOn);
        }
        return out.toString();
    }

    /** Checks the first store after {@code written} appends; {@code seen} is what the reader saw, null without a reader. */
    private void check(int written, @Nullable List<StoredRecord> seen) {
        LedgerStore store = stores.get(0);
        Map<String, StoredRecord> byPayload = new HashMap<>();
        Map<StreamId, List<StoredRecord>> byStream = new HashMap<>();
        int kept = 0;
        for (StreamId stream : streams) {
            List<StoredRecord> records = store.read(stream, 1, Integer.MAX_VALUE);
            byStream.put(stream, records);
            kept += records.size();
            for (StoredRecord record : records) {
                String payload = new String(record.payload(), StandardCharsets.UTF_8);
                StoredRecord twin = byPayload.put(payload, record);
                if (twin != null) {
                    throw contract.broken("concurrent.duplicate", name(twin), name(record), payload);
                }
            }
        }
        if (kept != written) {
            throw contract.broken(kept < written ? "concurrent.lost" : "concurrent.extra", written, kept);
        }
        for (StreamId stream : streams) {
            List<StoredRecord> records = Objects.requireNonNull(byStream.get(stream), "every stream was read");
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i).sequence() != i + 1) {
                    throw contract.broken("concurrent.gap", stream.value(), records.get(i).sequence(),
                            i == 0 ? 0 : records.get(i - 1).sequence());
                }
            }
        }
        List<StoredRecord> all = Records.all(store);
        if (all.size() != kept) {
            throw contract.broken("concurrent.read.all", all.size(), kept);
        }
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).position() <= all.get(i - 1).position()) {
                throw contract.broken("concurrent.positions", all.get(i).position(), all.get(i - 1).position());
            }
        }
        VerificationReport report = new WritableLedger(store, Clock.systemUTC()).verifyAll();
        if (!report.ok()) {
            ChainBreak first = report.breaks().get(0);
            throw contract.broken("concurrent.chain", first.text());
        }
        if (seen != null) {
            checkReader(all, seen);
        }
    }

    /** The reader that paged forward while the writers wrote saw every record, in position order. */
    private void checkReader(List<StoredRecord> all, List<StoredRecord> seen) {
        Set<Long> positions = new HashSet<>();
        for (int i = 0; i < seen.size(); i++) {
            if (i > 0 && seen.get(i).position() <= seen.get(i - 1).position()) {
                throw contract.broken("tail.order", seen.get(i).position(), seen.get(i - 1).position());
            }
            positions.add(seen.get(i).position());
        }
        for (StoredRecord record : all) {
            if (!positions.contains(record.position())) {
                throw contract.broken("tail.skipped", record.stream().value(), record.sequence(), record.position());
            }
        }
    }

    private static String name(StoredRecord record) {
        return record.stream() + "#" + record.sequence();
    }
}

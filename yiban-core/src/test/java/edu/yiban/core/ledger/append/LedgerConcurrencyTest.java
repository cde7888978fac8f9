package edu.yiban.core.ledger.append;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;

/** Many writers on overlapping streams: nothing lost, nothing duplicated, every chain intact. */
class LedgerConcurrencyTest {
    private static final int THREADS = 12;
    private static final int APPENDS_PER_THREAD = 300;
    private static final int STREAMS = 5;

    @RepeatedTest(3)
    void twelveThreadsOnFiveStreamsLoseNothingDuplicateNothingAndEveryChainVerifies() throws Exception {
        LedgerStore store = LedgerStore.inMemory();
        WritableLedger ledger = new WritableLedger(store, Clock.systemUTC());
        List<StreamId> streams = new ArrayList<>();
        for (int s = 0; s < STREAMS; s++) {
            streams.add(StreamId.of("space", "class.C" + s));
        }
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Integer>> written = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            written.add(pool.submit(() -> {
                Random random = new Random(thread);
                int records = 0;
                start.await();
                for (int i = 0; i < APPENDS_PER_THREAD; i++) {
                    StreamId stream = streams.get(random.nextInt(STREAMS));
                    int size = 1 + random.nextInt(3);
                    List<RecordDraft> batch = new ArrayList<>();
                    for (int k = 0; k < size; k++) {
                        batch.add(new RecordDraft("test.write", (thread + "/" + i + "/" + k).getBytes(StandardCharsets.UTF_8)));
                    }
                    while (true) {
                        try {
                            ledger.append(stream, ledger.version(stream), batch);
                            break;
                        } catch (ConcurrencyException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    records += size;
                }
                return records;
            }));
        }
        start.countDown();
        int expected = 0;
        for (Future<Integer> f : written) {
            expected += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Set<String> seen = new HashSet<>();
        int total = 0;
        for (StreamId stream : streams) {
            List<StoredRecord> records = ledger.read(stream, 1);
            total += records.size();
            for (int i = 0; i < records.size(); i++) {
                assertThat(records.get(i).sequence()).isEqualTo(i + 1L);
                assertThat(seen.add(new String(records.get(i).payload(), StandardCharsets.UTF_8)))
                        .as("duplicate write %s", records.get(i)).isTrue();
            }
        }
        assertThat(total).isEqualTo(expected);
        assertThat(seen).hasSize(expected);
        assertThat(new WritableLedger(store, Clock.systemUTC()).verifyAll().ok()).isTrue();
        assertThat(ledger.verifyAll().ok()).isTrue();
        List<StoredRecord> all = store.readAll(1, Integer.MAX_VALUE);
        assertThat(all).hasSize(expected);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).position()).isEqualTo(i + 1L);
        }
        // conflicts.get() counts the retries; how many there are depends on scheduling, so it is not asserted
        // (LedgerTest shows a stale append refused deterministically)
    }
}

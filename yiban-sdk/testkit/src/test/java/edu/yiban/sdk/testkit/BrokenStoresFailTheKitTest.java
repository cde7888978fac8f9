package edu.yiban.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.ledger.spi.LedgerStore;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kit fails stores that are broken on purpose, and its failures name the broken contract in plain words.
 * Each store runs through the whole kit on both engines (Jupiter for the tests, jqwik for the property),
 * as a storage author's build would run it.
 */
class BrokenStoresFailTheKitTest {
    private static final String BYTES_PROPERTY = "exact bytes: any stream, type, time, payload and hash come back exactly";
    private static final String LARGE_RECORD = "exact bytes: a record of 16 MiB comes back byte for byte";
    private static final String STALE = "expected version: a stale append is refused with the stream's version and keeps nothing";
    private static final String AHEAD = "expected version: an append ahead of the stream is refused with the stream's version and keeps nothing";
    private static final String NEW_STREAM = "expected version: a new stream takes only version 0, and a refused append leaves it unlisted";
    private static final String WRONG_SEQUENCE = "atomic batches: a batch with a wrong sequence in the middle is refused whole";
    private static final String CONCURRENT = "concurrent writers: writers on overlapping streams lose nothing, duplicate nothing, and every chain verifies";
    private static final String TAIL = "concurrent writers: a reader paging forward with readAll while they write skips no record";
    private static final String HEADS = "heads: every stream's head at once, as read gives it; a refused append changes none";
    private static final String NO_STREAM_BEHIND = "atomic batches: a refused batch on a new stream leaves no stream behind";

    @Test
    void aStoreThatFlipsAPayloadByteFailsExactBytesAndNothingElse() {
        Map<String, String> failures = failures(FlipsAPayloadByteKit.class);

        assertThat(failures).containsOnlyKeys(BYTES_PROPERTY, LARGE_RECORD);
        // jqwik shrinks to the smallest payload that shows it: 18 bytes, the last one flipped
        assertThat(failures.get(BYTES_PROPERTY))
                .startsWith("the exact bytes contract is broken: the store kept a different payload than it was given: record ")
                .contains(", byte 17 (given 0x", ", kept 0x", "as append returned it")
                .contains("“字节不变”契约被破坏：存储保存的负载与给定的不同");
        assertThat(failures.get(LARGE_RECORD)).contains(
                "the store kept a different payload than it was given: record evaluation:round.2023-2024.computed#1, byte 17 (given 0x",
                "; 16777216 bytes given, 16777216 kept), as append returned it");
    }

    @Test
    void aStoreThatIgnoresTheExpectedVersionFailsTheVersionContract() {
        Map<String, String> failures = failures(IgnoresExpectedVersionKit.class);

        assertThat(failures).containsKeys(STALE, AHEAD, NEW_STREAM).doesNotContainKeys(BYTES_PROPERTY, LARGE_RECORD);
        assertThat(failures.get(STALE)).startsWith("the expected version contract is broken: the store accepted an append "
                + "to stream archive:2022030117 at version 1 while the stream was at version 2: an append whose expected "
                + "version is not the stream's version must be refused with ConcurrencyException");
        assertThat(failures.get(AHEAD)).startsWith("the expected version contract is broken: the store accepted an append "
                + "to stream archive:2022030117 at version 4 while the stream was at version 2");
        assertThat(failures.get(NEW_STREAM)).startsWith("the expected version contract is broken: the store accepted an "
                + "append to stream archive:2022030118 at version 1 while the stream was at version 0");
        assertThat(failures.get(STALE)).contains("“预期版本”契约被破坏");
    }

    @Test
    void aStoreThatAppliesHalfABatchFailsTheAtomicBatchContract() {
        Map<String, String> failures = failures(AppliesHalfABatchKit.class);

        assertThat(failures).containsKeys(WRONG_SEQUENCE, NO_STREAM_BEHIND)
                .doesNotContainKeys(BYTES_PROPERTY, LARGE_RECORD, STALE, AHEAD, NEW_STREAM);
        // the batch 2, 3, 5, 6 at version 1: records 2 and 3 were kept before 5 was refused
        assertThat(failures.get(WRONG_SEQUENCE)).startsWith("the atomic batches contract is broken: the store kept part "
                + "of a batch it refused: stream space:class.EDU2201 went from version 1 to 3; a batch is all or nothing");
        // the batch 1, 2, 2, 3 on a new stream: records 1 and 2 were kept before the second 2 was refused
        assertThat(failures.get(NO_STREAM_BEHIND)).startsWith("the atomic batches contract is broken: the store kept part "
                + "of a batch it refused: stream space:class.EDU2202 went from version 0 to 2")
                .contains("“原子批次”契约被破坏：存储保留了它拒绝的批次的一部分");
    }

    @Test
    void aStoreThatReportsAStaleVersionFailsTheConcurrencyContractInsteadOfHanging() {
        Map<String, String> failures = failures(ReportsAStaleVersionKit.class);

        assertThat(failures).containsKeys(CONCURRENT, TAIL);
        assertThat(failures.get(CONCURRENT)).startsWith("the concurrent writers contract is broken: a writer was refused "
                + ConcurrentWriters.MAX_REFUSALS + " times in a row appending to stream space:class.C")
                .contains("a store must accept an append at the version it reports")
                .contains("一个写入线程向数据流 space:class.C");
    }

    @Test
    void aStoreThatForgetsToUpdateItsHeadsFailsTheHeadsContractAndNothingElse() {
        Map<String, String> failures = failures(ForgetsToUpdateHeadsKit.class);

        assertThat(failures).containsOnlyKeys(HEADS);
        // archive:2022030117 got 2 records, then 2 more (appendInterleaved): its head stayed at version 2
        assertThat(failures.get(HEADS)).startsWith("the heads contract is broken: heads() gave [")
                .contains("Checkpoint[stream=archive:2022030117, version=2, ")
                .contains("the records appended give [")
                .contains("“数据流头部”契约被破坏");
    }

    /** Every test of the kit that failed against {@code kit}'s store on either engine, by display name, with its message. */
    private static Map<String, String> failures(Class<? extends LedgerStoreContract> kit) {
        return KitRuns.failures(kit, "junit-jupiter", "jqwik");
    }

    /**
     * {@code broken}, while this class proves the kit; otherwise the kit's tests are skipped, so that a build
     * that picks up the nested classes below by a test pattern does not run the broken stores as tests.
     */
    private static LedgerStore proving(LedgerStore broken) {
        KitRuns.assumeProving("a broken store runs only inside BrokenStoresFailTheKitTest");
        return broken;
    }

    // The kit against each broken store: nested, so that a build does not pick them up by name, and skipped
    // (see proving) if one is picked up by a test pattern.

    static class FlipsAPayloadByteKit extends LedgerStoreContract {
        @Override
        protected LedgerStore newStore() {
            return proving(new BrokenStores.FlipsAPayloadByte());
        }
    }

    static class IgnoresExpectedVersionKit extends LedgerStoreContract {
        @Override
        protected LedgerStore newStore() {
            return proving(new BrokenStores.IgnoresExpectedVersion());
        }
    }

    static class AppliesHalfABatchKit extends LedgerStoreContract {
        @Override
        protected LedgerStore newStore() {
            return proving(new BrokenStores.AppliesHalfABatch());
        }
    }

    static class ReportsAStaleVersionKit extends LedgerStoreContract {
        @Override
        protected LedgerStore newStore() {
            return proving(new BrokenStores.ReportsAStaleVersion());
        }
    }

    static class ForgetsToUpdateHeadsKit extends LedgerStoreContract {
        @Override
        protected LedgerStore newStore() {
            return proving(new BrokenStores.ForgetsToUpdateHeads());
        }
    }
}

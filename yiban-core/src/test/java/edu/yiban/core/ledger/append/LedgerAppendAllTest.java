package edu.yiban.core.ledger.append;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.spi.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** An append to several streams at once: chained per stream as single appends are, and all or none where the store can. */
class LedgerAppendAllTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-03-01T08:00:00.123Z"), ZoneOffset.UTC);
    private static final StreamId FIRST = StreamId.of("archive", "2022030117");
    private static final StreamId SECOND = StreamId.of("archive", "2022030118");

    private static RecordDraft draft(String text) {
        return new RecordDraft("test.note", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<RecordDraft> drafts(String prefix, int count) {
        List<RecordDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(draft(prefix + i));
        }
        return drafts;
    }

    /**
     * Random rounds of appends to random streams, each round once through {@code appendAll} and once stream by
     * stream into a second ledger: the two stores hold the same records with the same links, and every chain verifies.
     */
    @Property(tries = 60)
    void anAppendAcrossStreamsChainsAsAppendsOneByOneDo(
            @ForAll @Size(min = 1, max = 6) List<@Size(max = 5) List<@IntRange(min = 0, max = 4) Integer>> rounds) {
        WritableLedger together = new WritableLedger(LedgerStore.inMemory(), CLOCK);
        WritableLedger apart = new WritableLedger(LedgerStore.inMemory(), CLOCK);
        Map<StreamId, Long> versions = new TreeMap<>();
        int round = 0;
        for (List<Integer> counts : rounds) {
            List<WritableLedger.Drafts> batches = new ArrayList<>();
            for (int s = 0; s < counts.size(); s++) {
                StreamId stream = StreamId.of("archive", "20220301" + (10 + s));
                long version = versions.getOrDefault(stream, 0L);
                List<RecordDraft> drafts = drafts("r" + round + "s" + s + "#", counts.get(s));
                batches.add(new WritableLedger.Drafts(stream, version, drafts));
                apart.append(stream, version, drafts);
                versions.put(stream, version + counts.get(s));
            }
            List<StoredRecord> stored = together.appendAll(batches);
            assertThat(stored).hasSize(counts.stream().mapToInt(Integer::intValue).sum());
            round++;
        }
        for (StreamId stream : versions.keySet()) {
            assertThat(together.read(stream, 1)).extracting(StoredRecord::hash)
                    .containsExactlyElementsOf(apart.read(stream, 1).stream().map(StoredRecord::hash).toList());
        }
        assertThat(together.verifyAll().ok()).isTrue();
    }

    @Test
    void theInMemoryStoreKeepsNothingOfAnAppendWhoseLastStreamConflicts() {
        WritableLedger ledger = new WritableLedger(LedgerStore.inMemory(), CLOCK);
        ledger.append(SECOND, 0, drafts("s", 2));

        assertThatThrownBy(() -> ledger.appendAll(List.of(new WritableLedger.Drafts(FIRST, 0, drafts("f", 3)),
                new WritableLedger.Drafts(SECOND, 1, drafts("late", 1)))))
                .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
                    assertThat(e.stream()).isEqualTo(SECOND);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThat(ledger.version(FIRST)).isZero();
        assertThat(ledger.store().readAll(1, 100)).hasSize(2);
        // and the ledger's remembered heads were not moved: the next append to FIRST chains from genesis
        ledger.appendAll(List.of(new WritableLedger.Drafts(FIRST, 0, drafts("f", 1))));
        assertThat(ledger.verifyAll().ok()).isTrue();
    }

    @Test
    void aStoreThatAppendsStreamByStreamSaysHowManyItKeptRatherThanAskingForARetry() {
        TamperableStore plain = new TamperableStore(); // keeps LedgerStore's default appendAll
        WritableLedger ledger = new WritableLedger(plain, CLOCK);
        ledger.append(SECOND, 0, drafts("s", 2));

        assertThatThrownBy(() -> ledger.appendAll(List.of(new WritableLedger.Drafts(FIRST, 0, drafts("f", 3)),
                new WritableLedger.Drafts(SECOND, 1, drafts("late", 1)))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("appended 1 of 2 streams")
                .hasMessageContaining(SECOND.value());
        assertThat(ledger.version(FIRST)).isEqualTo(3);

        assertThatThrownBy(() -> ledger.appendAll(List.of(new WritableLedger.Drafts(SECOND, 1, drafts("late", 1)),
                new WritableLedger.Drafts(FIRST, 3, drafts("f", 1)))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(ledger.version(FIRST)).isEqualTo(3);
    }

    @Test
    void theLedgerListsTheStoresStreamsOnceAndAddsThoseItAppendsTo() {
        LedgerStore store = LedgerStore.inMemory();
        WritableLedger before = new WritableLedger(store, CLOCK);
        before.append(SECOND, 0, drafts("s", 1));
        WritableLedger ledger = new WritableLedger(store, CLOCK);
        WritableLedger other = new WritableLedger(store, CLOCK);

        assertThat(ledger.streams()).containsExactly(SECOND);
        ledger.appendAll(List.of(new WritableLedger.Drafts(FIRST, 0, drafts("f", 1))));
        StreamId later = StreamId.of("directory");
        other.append(later, 0, drafts("d", 1));

        assertThat(ledger.streams()).containsExactly(FIRST, SECOND);
        assertThat(store.streams()).containsExactly(FIRST, SECOND, later);
    }

    @Test
    void aStreamNamedTwiceIsRefusedBeforeAnythingIsWritten() {
        WritableLedger ledger = new WritableLedger(LedgerStore.inMemory(), CLOCK);

        assertThatThrownBy(() -> ledger.appendAll(List.of(new WritableLedger.Drafts(FIRST, 0, drafts("a", 1)),
                new WritableLedger.Drafts(FIRST, 1, drafts("b", 1)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("given twice");
        assertThat(ledger.store().streams()).isEmpty();
    }
}

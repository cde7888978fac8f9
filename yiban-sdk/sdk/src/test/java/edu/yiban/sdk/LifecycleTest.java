package edu.yiban.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.sdk.plugin.PluginException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A runtime owns its store from {@code build()} on: a failed build closes it (no connection or file lock is left
 * behind by a start that failed), and closing twice does nothing the second time.
 */
class LifecycleTest {
    private static final StreamId DIRECTORY = StreamId.of("directory");

    /** A store whose directory stream ends in a record no projection can read. */
    private static LedgerStore undecodable() {
        LedgerStore store = LedgerStore.inMemory();
        store.append(DIRECTORY, 0, PendingRecord.chain(ChainHash.GENESIS, DIRECTORY, 0, Instant.parse("2023-01-01T00:00:00Z"),
                List.of(new RecordDraft("directory.term-declared", "{\"nonsense\":true}".getBytes(StandardCharsets.UTF_8)))));
        return store;
    }

    private static void assertClosed(LedgerStore store) {
        assertThatThrownBy(() -> store.version(DIRECTORY)).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }

    @Test
    void aRuntimeThatCannotReadItsStoreClosesItAndSaysWhy() {
        LedgerStore store = undecodable();

        assertThatThrownBy(() -> Yiban.builder().store(store).build()).hasMessageContaining("directory");

        assertClosed(store);
    }

    @Test
    void aCoreThatCannotReadItsStoreClosesIt() {
        LedgerStore store = undecodable();

        assertThatThrownBy(() -> YibanCore.builder().store(store).build()).hasMessageContaining("directory");

        assertClosed(store);
    }

    @Test
    void aPluginRefusedAtStartClosesTheStoreTheAppGave() {
        LedgerStore store = LedgerStore.inMemory();

        assertThatThrownBy(() -> Yiban.builder().store(store).plugin(new TestPlugins.LibraryPlugin(student -> 1)).build())
                .isInstanceOf(PluginException.class);

        assertClosed(store);
    }

    @Test
    void closingTwiceClosesOnce() {
        LedgerStore store = LedgerStore.inMemory();
        Yiban yiban = Yiban.builder().store(store).build();

        yiban.close();

        assertClosed(store);
        assertThatCode(yiban::close).doesNotThrowAnyException();
        YibanCore core = YibanCore.builder().build();
        core.close();
        assertThatCode(core::close).doesNotThrowAnyException();
    }

    @Test
    void aRuntimeThatStartsLeavesItsStoreOpen() {
        LedgerStore store = LedgerStore.inMemory();
        try (Yiban yiban = Yiban.builder().store(store).build()) {
            assertThat(yiban.verify().ok()).isTrue();
            assertThatCode(() -> store.version(DIRECTORY)).doesNotThrowAnyException();
        }
    }
}

package edu.yiban.sdk.store;

import edu.yiban.core.ledger.LedgerStore;
import edu.yiban.sdk.testkit.LedgerStoreContract;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The H2 file store keeps the whole contract, durability included. */
class H2FileStoreContractTest extends LedgerStoreContract {
    private final Map<LedgerStore, Path> files = new ConcurrentHashMap<>();

    @Override
    protected LedgerStore newStore() {
        Path file = TestDatabases.scratch().resolve("contract-" + UUID.randomUUID());
        JdbcLedgerStore store = JdbcLedgerStore.h2File(file);
        files.put(store, file);
        return store;
    }

    @Override
    protected LedgerStore reopen(LedgerStore store) {
        Path file = files.remove(store);
        store.close();
        return JdbcLedgerStore.h2File(file);
    }
}

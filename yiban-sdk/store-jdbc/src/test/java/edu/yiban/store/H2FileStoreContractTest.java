package edu.yiban.store;

import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.sdk.testkit.LedgerStoreContract;
import java.nio.file.Path;
import java.util.UUID;

/** The H2 file store keeps the whole contract, durability included. */
class H2FileStoreContractTest extends LedgerStoreContract {
    private final StoreLocations<Path> files = new StoreLocations<>(JdbcLedgerStore::h2File);

    @Override
    protected LedgerStore newStore() {
        return files.open(TestDatabases.scratch().resolve("contract-" + UUID.randomUUID()));
    }

    @Override
    protected LedgerStore reopen(LedgerStore store) {
        return files.reopen(store);
    }
}

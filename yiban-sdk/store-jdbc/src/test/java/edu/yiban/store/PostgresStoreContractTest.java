package edu.yiban.store;

import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.sdk.testkit.LedgerStoreContract;

/**
 * The PostgreSQL store keeps the whole contract, durability and writers across processes included. Runs
 * where {@code YIBAN_TEST_PG_URL} names a database (.ci/run starts one), skipped elsewhere; each store gets a
 * schema of its own.
 */
class PostgresStoreContractTest extends LedgerStoreContract {
    private final StoreLocations<String> schemas = new StoreLocations<>(JdbcLedgerStore::postgres);

    @Override
    protected LedgerStore newStore() {
        return schemas.open(TestDatabases.newPostgresSchema());
    }

    @Override
    protected LedgerStore reopen(LedgerStore store) {
        return schemas.reopen(store);
    }

    @Override
    protected LedgerStore openAlongside(LedgerStore store) {
        return schemas.openAlongside(store);
    }
}

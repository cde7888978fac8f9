package edu.yiban.store;

import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.sdk.testkit.LedgerStoreContract;

/**
 * The MariaDB store keeps the whole contract, durability and writers across processes included. Runs where
 * {@code YIBAN_TEST_MARIADB_URL} names a database or this project's machines' server answers at 127.0.0.1:3306,
 * skipped elsewhere with a message naming the variable; each store gets a database of its own.
 */
class MariaDbStoreContractTest extends LedgerStoreContract {
    private final StoreLocations<String> schemas = new StoreLocations<>(JdbcLedgerStore::mariadb);

    @Override
    protected LedgerStore newStore() {
        return schemas.open(TestDatabases.newMariadbDatabase());
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

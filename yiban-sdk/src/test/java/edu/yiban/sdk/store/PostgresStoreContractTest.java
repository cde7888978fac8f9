package edu.yiban.sdk.store;

import edu.yiban.core.ledger.LedgerStore;
import edu.yiban.sdk.testkit.LedgerStoreContract;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL store keeps the whole contract, durability and writers across processes included. Runs
 * where {@code YIBAN_TEST_PG_URL} names a database (.ci/run starts one); each store gets a schema of its own.
 */
class PostgresStoreContractTest extends LedgerStoreContract {
    private final Map<LedgerStore, String> urls = new ConcurrentHashMap<>();

    @Override
    protected LedgerStore newStore() {
        String url = TestDatabases.newPostgresSchema();
        JdbcLedgerStore store = JdbcLedgerStore.postgres(url);
        urls.put(store, url);
        return store;
    }

    @Override
    protected LedgerStore reopen(LedgerStore store) {
        String url = urls.remove(store);
        store.close();
        return JdbcLedgerStore.postgres(url);
    }

    @Override
    protected LedgerStore openAlongside(LedgerStore store) {
        return JdbcLedgerStore.postgres(urls.get(store));
    }
}

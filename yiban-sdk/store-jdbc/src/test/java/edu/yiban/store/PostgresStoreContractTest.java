package edu.yiban.store;

/**
 * The PostgreSQL store keeps the whole contract, durability and writers across processes included. Runs where
 * {@code YIBAN_TEST_PG_URL} names a database or this project's machines' server answers at 127.0.0.1:5432 (.ci/run
 * starts one), skipped elsewhere with a message naming the variable; each store gets a schema of its own.
 */
class PostgresStoreContractTest extends ServerStoreContract {
    PostgresStoreContractTest() {
        super(JdbcLedgerStore::postgres, TestDatabases::newPostgresSchema);
    }
}

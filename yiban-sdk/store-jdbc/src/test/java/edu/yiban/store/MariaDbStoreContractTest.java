package edu.yiban.store;

/**
 * The MariaDB store keeps the whole contract, durability and writers across processes included. Runs where
 * {@code YIBAN_TEST_MARIADB_URL} names a database or this project's machines' server answers at 127.0.0.1:3306,
 * skipped elsewhere with a message naming the variable; each store gets a database of its own.
 */
class MariaDbStoreContractTest extends ServerStoreContract {
    MariaDbStoreContractTest() {
        super(JdbcLedgerStore::mariadb, TestDatabases::newMariadbDatabase);
    }
}

package edu.yiban.store;

import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.sdk.testkit.LedgerStoreContract;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The store kit's contract over a database server: each store gets a location of its own (a PostgreSQL schema, a
 * MariaDB database), and a store opened alongside one shares its location, as a second app server would.
 */
abstract class ServerStoreContract extends LedgerStoreContract {
    private final StoreLocations<String> locations;
    private final Supplier<String> newLocation;

    ServerStoreContract(Function<String, JdbcLedgerStore> opener, Supplier<String> newLocation) {
        this.locations = new StoreLocations<>(opener);
        this.newLocation = newLocation;
    }

    @Override
    protected LedgerStore newStore() {
        return locations.open(newLocation.get());
    }

    @Override
    protected LedgerStore reopen(LedgerStore store) {
        return locations.reopen(store);
    }

    @Override
    protected LedgerStore openAlongside(LedgerStore store) {
        return locations.openAlongside(store);
    }
}

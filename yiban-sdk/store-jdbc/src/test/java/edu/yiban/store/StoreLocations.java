package edu.yiban.store;

import edu.yiban.core.ledger.spi.LedgerStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Opens JDBC stores over storage named by {@code L} (a file, a URL) and remembers which storage each store
 * is over, so that a contract test can reopen it or open a second store beside it.
 */
final class StoreLocations<L> {
    private final Map<LedgerStore, L> locations = new ConcurrentHashMap<>();
    private final Function<L, JdbcLedgerStore> opener;

    StoreLocations(Function<L, JdbcLedgerStore> opener) {
        this.opener = opener;
    }

    JdbcLedgerStore open(L location) {
        JdbcLedgerStore store = opener.apply(location);
        locations.put(store, location);
        return store;
    }

    /** Closes {@code store} and opens its storage again. */
    JdbcLedgerStore reopen(LedgerStore store) {
        L location = locations.remove(store);
        store.close();
        return open(location);
    }

    /** A second store over the storage of {@code store}, which stays open. */
    JdbcLedgerStore openAlongside(LedgerStore store) {
        return open(locations.get(store));
    }
}

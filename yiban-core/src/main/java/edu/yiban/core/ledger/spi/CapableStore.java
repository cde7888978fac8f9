package edu.yiban.core.ledger.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * A ledger store that reports what it can do beyond the plain {@link LedgerStore} contract: its
 * {@linkplain StoreCapability capabilities} (能力). A storage plugin implements this instead of
 * {@code LedgerStore} when it is, say, durable; the test kit then proves the claim.
 *
 * <pre>{@code
 * final class CampusStore implements CapableStore {
 *     public Set<StoreCapability> capabilities() {
 *         return Set.of(StoreCapability.DURABLE);
 *     }
 *     // append, version, read, readAll, streams, close …
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CapableStore extends LedgerStore {

    /** What this store can do; the same set for the store's whole life. */
    Set<StoreCapability> capabilities();

    /** Whether this store has {@code capability}. */
    default boolean has(StoreCapability capability) {
        return capabilities().contains(capability);
    }
}

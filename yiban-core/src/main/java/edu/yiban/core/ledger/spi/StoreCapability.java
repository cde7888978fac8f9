package edu.yiban.core.ledger.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a ledger store (账本存储) can do beyond the contract every {@link LedgerStore} keeps (atomic
 * batches at an expected version, increasing positions, exact bytes, thread safety).
 *
 * <p>A store reports its capabilities (能力) by implementing {@link CapableStore}; a plain
 * {@code LedgerStore} has none of them. The storage test kit
 * ({@code edu.yiban.sdk.testkit.LedgerStoreContract} in {@code yiban-testkit}) proves every capability a store claims, and skips
 * the contracts of those it does not claim.
 *
 * <p>Constants are added, never removed. A capability that needs methods of its own (subscribing to new
 * records, verifying chains in the database) will come with its own interface extending
 * {@link CapableStore}, and {@link #of(LedgerStore)} will report it from the store's type, as the
 * Keycloak storage SPI asks {@code instanceof}.
 *
 * <pre>{@code
 * if (StoreCapability.of(store).contains(StoreCapability.DURABLE)) {
 *     log.info("records survive a restart");
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum StoreCapability {
    /**
     * Durable (持久): everything appended survives closing the store and opening the same storage again
     * (a file, a database), byte for byte, and appends go on at the versions and positions reached.
     */
    DURABLE,

    /**
     * Concurrent writers across processes (跨进程并发写入): several stores opened over the same storage,
     * in other JVMs or on other machines, may append at once; the storage itself refuses the second
     * writer at a version, so nothing is lost or duplicated and every chain still verifies. Without it,
     * a store is safe for many threads of one process only.
     */
    CONCURRENT_WRITERS_ACROSS_PROCESSES,

    /**
     * Atomic appends across streams (跨数据流原子写入): {@link LedgerStore#appendAll} keeps every stream's
     * records or none (one transaction), so a version conflict or a failure in any stream leaves every
     * stream as it was. Without it, the store appends stream by stream, as the interface's default does.
     */
    ATOMIC_APPENDS_ACROSS_STREAMS;

    /** The capabilities {@code store} reports: those of a {@link CapableStore}, none for any other store. */
    public static Set<StoreCapability> of(LedgerStore store) {
        Objects.requireNonNull(store, "store is null");
        if (store instanceof CapableStore capable) {
            Set<StoreCapability> reported = capable.capabilities();
            return reported.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reported));
        }
        return Set.of();
    }
}

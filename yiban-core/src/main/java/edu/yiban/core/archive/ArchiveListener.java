package edu.yiban.core.archive;

import org.apiguardian.api.API;

/**
 * Told of every record a growth archive gains, after it is written: an entry recorded, a correction
 * (an entry naming the one it replaces) or a revocation. A listener that throws changes nothing: the
 * write is already kept, the failure is logged, and the other listeners are still told.
 *
 * <pre>{@code
 * archives.addListener(record -> {
 *     if (record.entry().category().equals(Category.DISCIPLINE)) {
 *         notifyCounsellor(record);
 *     }
 * });
 * }</pre>
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ArchiveListener {

    /** An entry, or a correction, was written. */
    void recorded(ArchiveRecord record);

    /** An entry was revoked. */
    default void revoked(Revocation revocation) {
    }
}

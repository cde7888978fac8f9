package edu.yiban.core.archive;

import edu.yiban.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The record that an entry was withdrawn (撤销) without a replacement, e.g. recorded in error.
 *
 * @param ref        the revocation's own name in the archive
 * @param revokes    the entry it withdraws
 * @param reason     why
 * @param by         who withdrew it
 * @param recordedAt when
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Revocation(EntryRef ref, EntryRef revokes, String reason, PersonId by, Instant recordedAt) {
    public Revocation {
        Objects.requireNonNull(ref, "ref is null");
        Objects.requireNonNull(revokes, "revokes is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(by, "by is null");
        Objects.requireNonNull(recordedAt, "recordedAt is null");
    }
}

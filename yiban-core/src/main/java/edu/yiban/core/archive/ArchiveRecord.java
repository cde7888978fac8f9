package edu.yiban.core.archive;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An entry as its growth archive holds it: the entry, its name, when it was recorded, what it
 * corrects, and whether something later corrected or revoked it.
 *
 * @param ref        the record's name, {@code 学号#sequence}
 * @param entry      the entry
 * @param recordedAt when the ledger recorded it
 * @param corrects   the earlier entry this one replaces, if it is a correction
 * @param reason     why it replaces that entry
 * @param endedBy    the later correction or revocation that ended this entry, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ArchiveRecord(
        EntryRef ref,
        ArchiveEntry entry,
        Instant recordedAt,
        Optional<EntryRef> corrects,
        Optional<String> reason,
        Optional<EntryRef> endedBy) {

    public ArchiveRecord {
        Objects.requireNonNull(ref, "ref is null");
        Objects.requireNonNull(entry, "entry is null");
        Objects.requireNonNull(recordedAt, "recordedAt is null");
        corrects = corrects == null ? Optional.empty() : corrects;
        reason = reason == null ? Optional.empty() : reason;
        endedBy = endedBy == null ? Optional.empty() : endedBy;
    }

    /** Whether the entry still counts: nothing corrected or revoked it. */
    public boolean effective() {
        return endedBy.isEmpty();
    }

    /** This record, ended by {@code by}. */
    public ArchiveRecord endedBy(EntryRef by) {
        return new ArchiveRecord(ref, entry, recordedAt, corrects, reason, Optional.of(by));
    }
}

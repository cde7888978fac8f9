package edu.yiban.core.internal.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.append.RecordCodec;

/** The records of a student's {@code archive:学号} stream. */
sealed interface ArchiveEvent {

    /** A new entry. */
    record EntryRecorded(ArchiveEntry entry) implements ArchiveEvent {
    }

    /** An entry that replaces the effective entry at sequence {@code corrects}. */
    record EntryCorrected(long corrects, String reason, ArchiveEntry entry) implements ArchiveEvent {
    }

    /** The effective entry at sequence {@code revokes} withdrawn without replacement. */
    record EntryRevoked(long revokes, String reason, PersonId by) implements ArchiveEvent {
    }

    static RecordCodec<ArchiveEvent> codec(ObjectMapper mapper, RecordCodec.Admission<ArchiveEvent> admission) {
        EntryWriter writer = new EntryWriter();
        return RecordCodec.builder(ArchiveEvent.class, mapper)
                .add("archive.entry-recorded", EntryRecorded.class, writer::write)
                .add("archive.entry-corrected", EntryCorrected.class)
                .add("archive.entry-revoked", EntryRevoked.class)
                .admission(admission)
                .build();
    }
}

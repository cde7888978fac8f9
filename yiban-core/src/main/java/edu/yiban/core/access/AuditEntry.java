package edu.yiban.core.access;

import edu.yiban.core.ledger.StreamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One record as an audit shows it (审计记录): when it was written, by whom, where, what kind of record, and what it
 * says.
 *
 * @param at       when the record was written (the ledger's clock)
 * @param actor    who wrote it; empty for a record written before records named their actor
 * @param stream   the stream it belongs to, e.g. {@code archive:2022030117} or {@code directory}
 * @param sequence its place in the stream, from 1
 * @param type     its type, e.g. {@code archive.entry-recorded} or {@code directory.student-transferred}
 * @param content  what it says: the record's canonical JSON without its actor
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AuditEntry(Instant at, Optional<Actor> actor, StreamId stream, long sequence, String type, String content) {
    public AuditEntry {
        Objects.requireNonNull(at, "at is null");
        Objects.requireNonNull(actor, "actor is null");
        Objects.requireNonNull(stream, "stream is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(content, "content is null");
    }
}

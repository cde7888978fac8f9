package edu.yiban.core.ledger;

import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import org.apiguardian.api.API;

/**
 * A stream's head as somebody saw it: its version and the hash of its last record. Kept outside the
 * store (in a report, a file, another system), it lets {@link Ledger#verify(StreamId, Checkpoint)} find
 * records cut from the end of a stream, which no chain can show by itself.
 *
 * @param stream  the stream
 * @param version the sequence of its last record then (0 for an empty stream)
 * @param hash    that record's hash ({@link ChainHash#GENESIS} for an empty stream)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Checkpoint(StreamId stream, long version, ChainHash hash) {
    public Checkpoint {
        Checks.required(stream, "stream", IdRules.label("stream"));
        Checks.inRange(version, "version", 0, Long.MAX_VALUE, IdRules.label("version"));
        Checks.required(hash, "hash", IdRules.label("hash"));
    }
}

package edu.yiban.core.ledger;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The outcome of verifying one stream.
 *
 * @param stream     the stream
 * @param records    how many records verified intact before the first break (all of them when none)
 * @param firstBreak the first broken record, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StreamVerification(StreamId stream, long records, Optional<ChainBreak> firstBreak) {
    public StreamVerification {
        Objects.requireNonNull(stream, "stream is null");
        Objects.requireNonNull(firstBreak, "firstBreak is null");
    }

    /** Whether every record is where the chain says and unchanged. */
    public boolean ok() {
        return firstBreak.isEmpty();
    }
}

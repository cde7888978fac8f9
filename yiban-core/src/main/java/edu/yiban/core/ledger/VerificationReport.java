package edu.yiban.core.ledger;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of verifying every stream of a store.
 *
 * @param streams one outcome per stream, in stream-name order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VerificationReport(List<StreamVerification> streams) {
    public VerificationReport {
        streams = List.copyOf(streams);
    }

    /** Whether every stream verified. */
    public boolean ok() {
        return streams.stream().allMatch(StreamVerification::ok);
    }

    /** The first break of every broken stream, in stream-name order. */
    public List<ChainBreak> breaks() {
        return streams.stream().flatMap(s -> s.firstBreak().stream()).toList();
    }

    /** How many records were checked in all. */
    public long records() {
        return streams.stream().mapToLong(StreamVerification::records).sum();
    }
}

package edu.yiban.core.ledger;

import edu.yiban.core.ledger.spi.LedgerStore;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One stream's part of an append to several streams at once ({@link LedgerStore#appendAll}): the records
 * to add to {@code stream} if it is at {@code expectedVersion}, their sequences running on from it.
 *
 * @param stream          the stream appended to
 * @param expectedVersion the version the stream must have (0 for a new stream)
 * @param records         the records, in sequence order; not empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StreamAppend(StreamId stream, long expectedVersion, List<PendingRecord> records) {

    /** Checks the parts and copies the records. */
    public StreamAppend {
        Objects.requireNonNull(stream, "stream is null");
        Objects.requireNonNull(records, "records is null");
        if (records.isEmpty()) {
            throw new IllegalArgumentException("no records to append to " + stream);
        }
        PendingRecord.checkBatch(expectedVersion, records);
        records = List.copyOf(records);
    }

    /**
     * Checks that no stream appears twice among {@code appends}: an append to several streams names each once.
     *
     * @throws IllegalArgumentException naming the stream given twice
     */
    public static void checkDistinct(List<StreamAppend> appends) {
        Objects.requireNonNull(appends, "appends is null");
        checkDistinctStreams(appends.stream().map(StreamAppend::stream).toList());
    }

    /**
     * Checks that {@code streams} name no stream twice (the streams of one append to several, in any form).
     *
     * @throws IllegalArgumentException naming the stream given twice
     */
    public static void checkDistinctStreams(Collection<StreamId> streams) {
        Set<StreamId> seen = new HashSet<>();
        for (StreamId stream : streams) {
            if (!seen.add(stream)) {
                throw new IllegalArgumentException("stream " + stream + " is given twice in one append");
            }
        }
    }
}

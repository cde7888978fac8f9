package edu.yiban.core.ledger.spi;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.ledger.StreamId;
import org.apiguardian.api.API;

/**
 * An append expected a stream at one version and found it at another: someone else wrote first
 * (optimistic concurrency, 乐观并发). Nothing was written; read the stream again and retry.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConcurrencyException extends YibanException {
    /** The error code of every version conflict. */
    public static final String CODE = "YB-LEDGER-VERSION-CONFLICT";

    private final StreamId stream;
    private final long expectedVersion;
    private final long actualVersion;

    public ConcurrencyException(StreamId stream, long expectedVersion, long actualVersion) {
        super(CODE, CoreMessages.BUNDLE.text("ledger.conflict", stream.value(), expectedVersion, actualVersion));
        this.stream = stream;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The stream written to. */
    public StreamId stream() {
        return stream;
    }

    /** The version the writer expected. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version the store had. */
    public long actualVersion() {
        return actualVersion;
    }
}

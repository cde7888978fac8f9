package edu.yiban.core.ledger.append;

import edu.yiban.core.ledger.spi.ConcurrencyException;
import java.util.concurrent.ThreadLocalRandom;
import org.apiguardian.api.API;

/**
 * The retry policy of a write whose append the store refused because another writer, in this runtime or another, moved
 * the stream on first (乐观并发重试策略). The write catches its projection up with the stream, decides again against what
 * is now there (a command that has become wrong is then refused for what it is, not for the conflict) and appends again:
 * at most {@value #ATTEMPTS} attempts in all, with a random pause before each retry of up to 1, 2, 4 … 64 ms, so that two
 * writers that collide once do not collide again in step. When the last attempt is refused too, the last
 * {@link ConcurrencyException} reaches the caller: nothing of the command was written, and it may be sent again as is.
 * The pause is the only thing that depends on chance; what is written never does.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Retries {
    /** How many times a write appends before the conflict reaches its caller. */
    public static final int ATTEMPTS = 8;
    private static final long MAX_PAUSE_MILLIS = 64;

    private Retries() {
    }

    /**
     * Whether a write refused {@code attempt} times (1 for its first append) runs again; if so, after a pause.
     *
     * @return false when the attempts are spent: the caller rethrows the conflict
     */
    public static boolean again(int attempt) {
        if (attempt >= ATTEMPTS) {
            return false;
        }
        long bound = Math.min(MAX_PAUSE_MILLIS, 1L << Math.min(attempt - 1, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}

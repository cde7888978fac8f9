package edu.yiban.core.ledger;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The first place where a stream's stored records stop being the chain the ledger wrote.
 *
 * @param stream   the stream
 * @param sequence the sequence of the first broken record: the place where verification failed
 * @param problem  what is wrong there
 * @param found    what was found there: the sequence or position that stood in its place
 *                 ({@link Problem#OUT_OF_PLACE}), the records present ({@link Problem#MISSING}), else 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ChainBreak(StreamId stream, long sequence, Problem problem, long found) {
    /** What is wrong with a broken record. */
    public enum Problem {
        /** Its stored bytes (type, time, payload or hash) do not hash to its stored link. */
        ALTERED,
        /** Another record stands in its place: records were reordered, inserted or deleted. */
        OUT_OF_PLACE,
        /** The record in its place belongs to another stream. */
        FOREIGN,
        /** The stream ends before it: records were cut from the end. */
        MISSING,
        /** It is where a checkpoint saw the head, but its hash differs: the chain was rewritten. */
        NOT_AT_CHECKPOINT
    }

    public ChainBreak {
        Objects.requireNonNull(stream, "stream is null");
        Objects.requireNonNull(problem, "problem is null");
    }

    /** What broke, for people, e.g. "stream archive:2022030117, record 17: its bytes were changed". */
    public Text text() {
        return CoreMessages.BUNDLE.text("ledger.break." + problem.name().toLowerCase(Locale.ROOT),
                stream.value(), Long.toString(sequence), Long.toString(found));
    }

    /** {@link #text()} in the given language. */
    public String message(Locale locale) {
        return text().render(locale);
    }
}

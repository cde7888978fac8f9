package edu.yiban.core.space;

import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * The name of something published in a space (a notice, post, reply, topic, poll, shared file,
 * activity): the space and the sequence of the record that published it, written {@code class:EDU2201#17}.
 *
 * @param space    the space
 * @param sequence the sequence of the publishing record in the space's stream, from 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ContentId(SpaceId space, long sequence) implements Comparable<ContentId> {
    private static final Comparator<ContentId> ORDER =
            Comparator.comparing(ContentId::space).thenComparingLong(ContentId::sequence);

    /** Refuses a missing space or a sequence below 1. */
    public ContentId {
        Checks.required(space, "content", IdRules.label("content"));
        Checks.inRange(sequence, "content", 1, Long.MAX_VALUE, IdRules.label("content"));
    }

    /** Parses {@code kind:key#sequence}. */
    public static ContentId parse(String text) {
        Checks.required(text, "content", IdRules.label("content"));
        int hash = text.lastIndexOf('#');
        if (hash < 0) {
            throw IdRules.malformed(text, "content", "content");
        }
        long sequence;
        try {
            sequence = Long.parseLong(text.substring(hash + 1));
        } catch (NumberFormatException e) {
            throw IdRules.malformed(text, "content", "content");
        }
        return new ContentId(SpaceId.parse(text.substring(0, hash)), sequence);
    }

    @Override
    public int compareTo(ContentId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return space + "#" + sequence;
    }
}

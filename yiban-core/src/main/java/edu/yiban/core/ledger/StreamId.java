package edu.yiban.core.ledger;

import edu.yiban.core.internal.rules.IdRules;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The name of one append-only stream of records: {@code kind} or {@code kind:key}, e.g.
 * {@code directory}, {@code archive:2022030117}, {@code space:class.CS2201}.
 *
 * @param value the stream's name: a lower-case kind of up to 32 letters, digits or '-', optionally
 *              followed by ':' and a key of up to 96 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StreamId(String value) implements Comparable<StreamId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,31}(:[A-Za-z0-9._-]{1,96})?");

    public StreamId {
        IdRules.check(value, "stream", FORM, "stream");
    }

    /** The stream {@code kind:key}. */
    public static StreamId of(String kind, String key) {
        return new StreamId(kind + ":" + key);
    }

    /** The stream named {@code value}. */
    public static StreamId of(String value) {
        return new StreamId(value);
    }

    /** The part before ':' (the whole name when there is no key). */
    public String kind() {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** The part after ':', or the empty string. */
    public String key() {
        int colon = value.indexOf(':');
        return colon < 0 ? "" : value.substring(colon + 1);
    }

    @Override
    public int compareTo(StreamId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

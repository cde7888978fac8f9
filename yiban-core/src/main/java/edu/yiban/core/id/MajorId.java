package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import org.apiguardian.api.API;

/**
 * A major's code (专业代码).
 *
 * @param value a letter or digit, then up to 31 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MajorId(String value) implements Comparable<MajorId> {
    public MajorId {
        IdRules.check(value, "majorId", IdRules.CODE, "code");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static MajorId of(String value) {
        return new MajorId(value);
    }

    @Override
    public int compareTo(MajorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

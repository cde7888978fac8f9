package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import org.apiguardian.api.API;

/**
 * An administrative class's code (班级编号); its class network space (班级网络空间) has the same key.
 *
 * @param value a letter or digit, then up to 31 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ClassId(String value) implements Comparable<ClassId> {
    public ClassId {
        IdRules.check(value, "classId", IdRules.CODE, "code");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static ClassId of(String value) {
        return new ClassId(value);
    }

    @Override
    public int compareTo(ClassId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

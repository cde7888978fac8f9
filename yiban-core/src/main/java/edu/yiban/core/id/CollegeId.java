package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import org.apiguardian.api.API;

/**
 * A college's code (学院代码).
 *
 * @param value a letter or digit, then up to 31 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegeId(String value) implements Comparable<CollegeId> {
    public CollegeId {
        IdRules.check(value, "collegeId", IdRules.CODE, "code");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static CollegeId of(String value) {
        return new CollegeId(value);
    }

    @Override
    public int compareTo(CollegeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import org.apiguardian.api.API;

/**
 * A student number (学号): 4 to 20 ASCII letters or digits, unique on the campus.
 *
 * @param value the number as the registry writes it, e.g. {@code 2022030117}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StudentNo(String value) implements Comparable<StudentNo> {
    public StudentNo {
        IdRules.check(value, "studentNo", IdRules.NUMBER, "number");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static StudentNo of(String value) {
        return new StudentNo(value);
    }

    @Override
    public int compareTo(StudentNo other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

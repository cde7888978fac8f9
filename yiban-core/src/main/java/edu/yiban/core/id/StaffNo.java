package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import org.apiguardian.api.API;

/**
 * A staff number (工号) of a teacher, counsellor or member of staff: 4 to 20 ASCII letters or digits.
 *
 * @param value the number as personnel writes it, e.g. {@code T0931}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StaffNo(String value) implements Comparable<StaffNo> {
    public StaffNo {
        IdRules.check(value, "staffNo", IdRules.NUMBER, "number");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static StaffNo of(String value) {
        return new StaffNo(value);
    }

    @Override
    public int compareTo(StaffNo other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package edu.yiban.core.id;

import edu.yiban.core.internal.rules.IdRules;
import org.apiguardian.api.API;

/**
 * A person's campus identity (统一身份): the key under which the directory knows one human being, whatever roles they hold. Often the unified login id.
 *
 * @param value a letter or digit, then up to 31 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PersonId(String value) implements Comparable<PersonId> {
    public PersonId {
        IdRules.check(value, "personId", IdRules.CODE, "code");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

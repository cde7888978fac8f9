package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgRules;
import org.apiguardian.api.API;

/**
 * The code of a phase of the construction plan (建设阶段), e.g. {@code preparation}.
 *
 * @param value lower-case letters, digits or '-', starting with a letter, up to 40
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PhaseId(String value) implements Comparable<PhaseId> {
    public PhaseId {
        OrgRules.check(value, "phaseId", OrgRules.VOCABULARY, "vocabulary");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static PhaseId of(String value) {
        return new PhaseId(value);
    }

    @Override
    public int compareTo(PhaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgRules;

/**
 * The code of a phase of the construction plan (建设阶段), e.g. {@code preparation}.
 *
 * @param value lower-case letters, digits or '-', starting with a letter, up to 40
 */
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

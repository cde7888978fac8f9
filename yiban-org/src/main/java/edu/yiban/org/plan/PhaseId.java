package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.OrgMessages;
import edu.yiban.core.validation.Checks;
import java.util.regex.Pattern;

/**
 * The code of a phase of the construction plan (建设阶段), e.g. {@code preparation}.
 *
 * @param value lower-case letters, digits or '-', starting with a letter, up to 32
 */
public record PhaseId(String value) implements Comparable<PhaseId> {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public PhaseId {
        Checks.matches(value, "phaseId", FORM, OrgChecks.label("phaseId"), OrgMessages.BUNDLE.text("plan.rule.phaseId"));
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

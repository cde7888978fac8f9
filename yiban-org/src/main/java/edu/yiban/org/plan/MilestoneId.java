package edu.yiban.org.plan;

import edu.yiban.org.internal.OrgRules;
import org.apiguardian.api.API;

/**
 * The code of a milestone (里程碑) of the construction plan, e.g. {@code online-classes}, {@code M-2022-07}.
 *
 * @param value a letter or digit, then up to 31 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MilestoneId(String value) implements Comparable<MilestoneId> {
    public MilestoneId {
        OrgRules.check(value, "milestoneId", OrgRules.CODE, "code");
    }

    /** Parses {@code value}, refusing a malformed one with a message naming the field. */
    public static MilestoneId of(String value) {
        return new MilestoneId(value);
    }

    @Override
    public int compareTo(MilestoneId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package edu.yiban.org.tree;

import edu.yiban.org.internal.OrgRules;
import org.apiguardian.api.API;

/**
 * The code of an organisation node (组织代码), e.g. {@code yiban-centre} or {@code EDU-substation}.
 *
 * @param value a letter or digit, then up to 31 letters, digits, '.', '_' or '-'
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OrgId(String value) implements Comparable<OrgId> {
    public OrgId {
        OrgRules.check(value, "orgId", OrgRules.CODE, "code");
    }

    /** The node with code {@code value}. */
    public static OrgId of(String value) {
        return new OrgId(value);
    }

    @Override
    public int compareTo(OrgId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package edu.yiban.org.tree;

import edu.yiban.core.error.YibanException;
import edu.yiban.org.internal.OrgMessages;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A change that would break a hard rule of the charter, refused; nothing was written. Each violation
 * names the rule, the node and the person, in Chinese and English.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CharterException extends YibanException {
    /** The error code of every refusal by the charter. */
    public static final String CODE = "YB-ORG-CHARTER";

    private final List<CharterViolation> violations;

    public CharterException(List<CharterViolation> violations) {
        super(CODE, OrgMessages.BUNDLE.text("charter.refused",
                String.join("; ", violations.stream().map(CharterViolation::en).toList()),
                String.join("；", violations.stream().map(CharterViolation::zh).toList())));
        this.violations = List.copyOf(violations);
    }

    /** The hard rules the change would break. */
    public List<CharterViolation> violations() {
        return violations;
    }
}

package edu.yiban.core.error;

import edu.yiban.core.i18n.Text;
import org.apiguardian.api.API;

/**
 * A well-formed request that the current state refuses: enrolling a 学号 twice, a status change the
 * student's status does not allow, correcting an entry that was already corrected. Nothing was written.
 * {@link #reason()} is a stable code of the rule.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ConflictException extends YibanException {
    /** The error code of every state conflict. */
    public static final String CODE = "YB-CORE-CONFLICT";

    public ConflictException(Text text) {
        super(CODE, text);
    }

    /** The stable code of the broken rule, e.g. {@code student.status.transition}. */
    public String reason() {
        return text().key();
    }
}

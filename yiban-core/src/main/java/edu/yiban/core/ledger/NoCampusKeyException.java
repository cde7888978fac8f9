package edu.yiban.core.ledger;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.internal.CoreMessages;
import org.apiguardian.api.API;

/**
 * Heads asked to be signed in a runtime built without a campus key ({@code YibanCore.Builder#campusKey}): nothing was
 * signed or written.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class NoCampusKeyException extends YibanException {
    /** The error code. */
    public static final String CODE = "YB-LEDGER-NO-KEY";

    /** The refusal. */
    public NoCampusKeyException() {
        super(CODE, CoreMessages.BUNDLE.text("ledger.sign.noKey"));
    }
}

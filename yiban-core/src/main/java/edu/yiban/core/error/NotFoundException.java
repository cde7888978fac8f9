package edu.yiban.core.error;

import edu.yiban.core.i18n.Text;
import org.apiguardian.api.API;

/** Something named does not exist: an unknown student, class, term, entry or stream. Nothing was written. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class NotFoundException extends YibanException {
    /** The error code of every lookup that found nothing. */
    public static final String CODE = "YB-CORE-NOT-FOUND";

    public NotFoundException(Text text) {
        super(CODE, text);
    }
}

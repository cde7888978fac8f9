package edu.yiban.core;

import edu.yiban.core.i18n.Text;

/** Something named does not exist: an unknown student, class, term, entry or stream. Nothing was written. */
public final class NotFoundException extends YibanException {
    /** The error code of every lookup that found nothing. */
    public static final String CODE = "YB-CORE-NOT-FOUND";

    public NotFoundException(Text text) {
        super(CODE, text);
    }
}

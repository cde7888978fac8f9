package edu.yiban.core.ledger.spi;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A store failed (I/O, a lost connection, a closed store). What failed to append was not kept. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class StoreException extends YibanException {
    /** The error code of every store failure. */
    public static final String CODE = "YB-LEDGER-STORE";

    /** A store failed; {@code what} says what; {@code cause} is the failure behind it, or {@code null}. */
    public StoreException(String what, @Nullable Throwable cause) {
        super(CODE, CoreMessages.BUNDLE.text("ledger.store", what), cause);
    }

    /**
     * A store failed; {@code what} says what, in the reader's language (a store plugin's own bundle); {@code cause} is
     * the failure behind it, or {@code null}.
     */
    public StoreException(Text what, @Nullable Throwable cause) {
        super(CODE, CoreMessages.BUNDLE.text("ledger.store", what), cause);
    }
}

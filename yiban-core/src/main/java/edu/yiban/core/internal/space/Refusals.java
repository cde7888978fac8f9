package edu.yiban.core.internal.space;

import edu.yiban.core.ConflictException;
import edu.yiban.core.NotFoundException;
import edu.yiban.core.i18n.Text;

import static edu.yiban.core.internal.CoreMessages.BUNDLE;

/** The refusals of the spaces, with their sentences from the core bundle. */
final class Refusals {
    private Refusals() {
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(BUNDLE.text(key, strings(args)));
    }

    static NotFoundException notFound(String key, Object... args) {
        return new NotFoundException(BUNDLE.text(key, strings(args)));
    }

    /** Identifiers as plain text (a number-like 学号 must not be grouped as 2,022,030,117); texts and numbers stay. */
    private static Object[] strings(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Text || args[i] instanceof Integer ? args[i] : String.valueOf(args[i]);
        }
        return out;
    }
}

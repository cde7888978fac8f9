package edu.yiban.core.internal.space;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.NotFoundException;

import static edu.yiban.core.internal.CoreMessages.BUNDLE;

/**
 * The refusals of the spaces, with their sentences from the core bundle. Arguments go in as they are:
 * the bundle writes identifiers by their text and numbers ungrouped (a 学号 never reads 2,022,030,117).
 */
final class Refusals {
    private Refusals() {
    }

    static ConflictException conflict(String key, Object... args) {
        return new ConflictException(BUNDLE.text(key, args));
    }

    static NotFoundException notFound(String key, Object... args) {
        return new NotFoundException(BUNDLE.text(key, args));
    }
}

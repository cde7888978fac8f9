package edu.yiban.org.internal;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.validation.Checks;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import static edu.yiban.org.internal.OrgMessages.BUNDLE;

/**
 * The checks and refusals of the organisation module's values and services, with their sentences from
 * the organisation bundle: a required value, a list without holes, a violation, a conflict, a lookup
 * that found nothing. A sentence's arguments go to the bundle as they are: it writes a number as written
 * (a year stays 2023), a {@link Text} (a status name, a field label) in the reader's language, anything
 * else by its {@code toString}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class OrgChecks {
    private OrgChecks() {
    }

    /** The label of {@code field} in both languages, from {@code field.<field>} of the organisation bundle. */
    public static Text label(String field) {
        return BUNDLE.text("field." + field);
    }

    /** {@code value}, or a violation at {@code field} saying it is required. */
    public static <T> T required(@Nullable T value, String field) {
        return Checks.required(value, field, label(field));
    }

    /** {@code value}, or a violation at {@code path} saying the field labelled {@code field.<labelField>} is required. */
    public static <T> T required(@Nullable T value, String path, String labelField) {
        return Checks.required(value, path, label(labelField));
    }

    /**
     * An unmodifiable copy of {@code list}; a missing list or a missing element is a violation naming it,
     * e.g. {@code phases} or {@code phases[2]}.
     */
    public static <T> List<T> list(@Nullable List<T> list, String field) {
        List<T> given = required(list, field);
        List<Violation> holes = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                holes.add(Violation.of(field + "[" + i + "]", BUNDLE.text("org.list.element", label(field), i)));
            }
        }
        if (!holes.isEmpty()) {
            throw new InvalidInputException(holes);
        }
        return List.copyOf(given);
    }

    /** A violation at {@code path} with the sentence {@code key}. */
    public static InvalidInputException invalid(String path, String key, Object... args) {
        return InvalidInputException.of(path, BUNDLE.text(key, args));
    }

    /** A request the current state refuses, with the sentence {@code key}. */
    public static ConflictException conflict(String key, Object... args) {
        return new ConflictException(BUNDLE.text(key, args));
    }

    /** Something named that does not exist, with the sentence {@code key}. */
    public static NotFoundException notFound(String key, Object... args) {
        return new NotFoundException(BUNDLE.text(key, args));
    }
}

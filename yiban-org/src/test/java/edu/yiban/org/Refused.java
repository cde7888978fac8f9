package edu.yiban.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on refusals: a call refused as invalid input, for one reason. */
public final class Refused {
    private Refused() {
    }

    /** The one violation {@code call} is refused for; fails unless it throws an {@link InvalidInputException} with exactly one. */
    public static Violation violation(ThrowingCallable call) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("an InvalidInputException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }
}

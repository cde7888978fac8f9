package edu.yiban.scoring.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.error.YibanException;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A refused step: the rule that refused it, and the proof that nothing was written. */
record Refusal(YibanException exception, String rule) {

    /** Runs {@code call}, which must be refused, and checks that the round's stream did not move. */
    static Refusal of(RoundCampus campus, ThrowingCallable call) {
        long before = campus.storedVersion();
        YibanException e = catchThrowableOfType(YibanException.class, call);
        assertThat(e).as("a refusal").isNotNull();
        assertThat(campus.storedVersion()).as("the round's stream version after the refusal").isEqualTo(before);
        String rule = e instanceof InvalidInputException invalid
                ? invalid.violations().stream().map(Violation::code).collect(Collectors.joining(","))
                : e.text().key();
        return new Refusal(e, rule);
    }

    String zh() {
        return exception instanceof InvalidInputException invalid ? invalid.violations().get(0).zh() : exception.text().zh();
    }

    String en() {
        return exception instanceof InvalidInputException invalid ? invalid.violations().get(0).en() : exception.text().en();
    }
}

package edu.yiban.scoring.round;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import edu.yiban.core.validation.Checks;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The code of an evaluation round (测评批次编号), e.g. {@code 2022-2023-1-zongce}: a letter or digit, then up
 * to 63 letters, digits, '.', '_' or '-'. The round is kept on the ledger stream {@code round:<code>}. In
 * JSON it is that string.
 *
 * @param value the code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RoundId(String value) implements Comparable<RoundId> {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public RoundId {
        Checks.matches(value, "round", FORM, ScoringMessages.label("round"), ScoringMessages.BUNDLE.text("rule.round"));
    }

    /** The round {@code value}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RoundId of(String value) {
        return new RoundId(value);
    }

    @Override
    public int compareTo(RoundId other) {
        return value.compareTo(other.value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}

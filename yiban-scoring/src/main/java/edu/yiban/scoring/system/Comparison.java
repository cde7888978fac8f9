package edu.yiban.scoring.system;

import java.math.BigDecimal;
import org.apiguardian.api.API;

/** How a raw value is compared with a threshold by a veto or a gate. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Comparison {
    /** {@code >}. */
    GREATER,
    /** {@code >=}. */
    AT_LEAST,
    /** {@code <}. */
    LESS,
    /** {@code <=}. */
    AT_MOST,
    /** {@code ==}. */
    EQUAL;

    /** Whether {@code value} compares so with {@code threshold}. */
    public boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GREATER -> c > 0;
            case AT_LEAST -> c >= 0;
            case LESS -> c < 0;
            case AT_MOST -> c <= 0;
            case EQUAL -> c == 0;
        };
    }
}

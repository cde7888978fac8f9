package edu.yiban.scoring.student;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/** How a quota {@code share × group size} becomes a whole number of students (名额取整). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum QuotaRounding {
    /** Down (去尾): 3% of 40 = 1.2 → 1. */
    FLOOR(RoundingMode.FLOOR),
    /** To the nearest, halves up (四舍五入): 1.5 → 2, 1.4 → 1. */
    HALF_UP(RoundingMode.HALF_UP),
    /** Up (进一): 1.2 → 2. */
    CEILING(RoundingMode.CEILING);

    private final RoundingMode mode;

    QuotaRounding(RoundingMode mode) {
        this.mode = mode;
    }

    /** {@code exact} rounded to a whole number. */
    public int round(BigDecimal exact) {
        return exact.setScale(0, mode).intValueExact();
    }
}

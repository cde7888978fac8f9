package edu.yiban.scoring.system;

import java.math.BigDecimal;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A normaliser a plugin brings, named in a system as {@code {"type": "external", "id": "…"}}. The engine
 * gives it the raw value, the sorted population and the indicator's direction, and clips and rounds what
 * it returns to 0–100 with four decimals, like every normaliser.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ExternalNormaliser {

    /** The score of raw value {@code x} among {@code population} (every subject's value, sorted). */
    BigDecimal normalise(BigDecimal x, List<BigDecimal> population, Direction direction);
}

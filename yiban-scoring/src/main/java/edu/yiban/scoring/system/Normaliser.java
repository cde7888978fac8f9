package edu.yiban.scoring.system;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Turns an indicator's raw values into scores from 0 to 100 (归一化), kept to four decimals (half-up).
 * In JSON each normaliser names its {@code type}:
 * <pre>
 * {"type": "identity"}                                the raw value itself, clipped to 0–100
 * {"type": "min-max"}                                 0 at the population's worst, 100 at its best
 * {"type": "min-max", "min": 0, "max": 40}            … between fixed bounds, clipped
 * {"type": "z-score"}                                 the T-score 50 + 10·z, clipped to 0–100
 * {"type": "percentile"}                              the share of the population scoring lower (ties count half)
 * {"type": "target-linear", "floor": 0.5, "target": 0.95}   0 at or below floor, 100 at or beyond target
 * {"type": "bands", "bands": [{"from": 90, "score": 100}, {"from": 75, "score": 80}, {"from": 0, "score": 60}]}
 * {"type": "external", "id": "campus-curve"}           a plugin's {@link ExternalNormaliser}, by its id
 * </pre>
 * Every normaliser respects the indicator's {@link Direction}: for lower-is-better indicators the worst
 * is the highest raw value. The formulas are in {@code docs/evaluation.md}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Normaliser.Identity.class, name = "identity"),
    @JsonSubTypes.Type(value = Normaliser.MinMax.class, name = "min-max"),
    @JsonSubTypes.Type(value = Normaliser.ZScore.class, name = "z-score"),
    @JsonSubTypes.Type(value = Normaliser.Percentile.class, name = "percentile"),
    @JsonSubTypes.Type(value = Normaliser.TargetLinear.class, name = "target-linear"),
    @JsonSubTypes.Type(value = Normaliser.Bands.class, name = "bands"),
    @JsonSubTypes.Type(value = Normaliser.External.class, name = "external")
})
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Normaliser {

    /** The raw value as the score, clipped to 0–100 (for raw values already on that scale). */
    record Identity() implements Normaliser {
    }

    /**
     * Linear from the worst to the best value: of the population where a bound is not given.
     *
     * @param min the fixed lower bound, if any
     * @param max the fixed upper bound, if any
     */
    record MinMax(Optional<BigDecimal> min, Optional<BigDecimal> max) implements Normaliser {
        public MinMax {
            min = min == null ? Optional.empty() : min;
            max = max == null ? Optional.empty() : max;
        }
    }

    /** The T-score {@code 50 + 10·(x − mean)/sd} of the population (sd: population standard deviation), clipped to 0–100. */
    record ZScore() implements Normaliser {
    }

    /** The percentile rank in the population: {@code (below + (equal − 1)/2) / (n − 1) × 100}; 100 when alone. */
    record Percentile() implements Normaliser {
    }

    /**
     * Linear from a floor (score 0) to a target (score 100), clipped.
     *
     * @param floor  the raw value scoring 0
     * @param target the raw value scoring 100
     */
    record TargetLinear(@NotNull BigDecimal floor, @NotNull BigDecimal target) implements Normaliser {
    }

    /**
     * Thresholds: the score of the first band whose {@code from} the raw value reaches (bands from the
     * highest {@code from} down; for lower-is-better indicators, from the lowest up), else 0.
     *
     * @param bands the bands
     */
    record Bands(@NotEmpty List<@Valid Band> bands) implements Normaliser {
        public Bands {
            bands = bands == null ? null : List.copyOf(bands);
        }
    }

    /**
     * A normaliser a plugin registered under {@code id}; evaluating a system that names an id nobody
     * registered is refused.
     *
     * @param id the registered id
     */
    record External(@NotNull String id) implements Normaliser {
    }

    /**
     * One band of a {@link Bands} normaliser.
     *
     * @param from  the raw value the band starts at
     * @param score the score, 0–100
     */
    record Band(@NotNull BigDecimal from, @NotNull BigDecimal score) {
    }
}

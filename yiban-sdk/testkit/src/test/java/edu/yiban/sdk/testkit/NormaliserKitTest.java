package edu.yiban.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.ExternalNormaliser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The normaliser contract passes a sound normaliser (the percentile rank of docs/normalisers.md, the formula of the
 * library's own {@code percentile}) and fails normalisers broken on purpose, each with a message naming the
 * contract it broke. The library's built-in normalisers are not plugins: the engine applies them, and
 * yiban-scoring's tests hold them to the same rules.
 */
class NormaliserKitTest {
    private static final String[] ENGINES = {"jqwik"};

    /** {@code (below + (equal − 1)/2) / (n − 1) × 100}, "below" meaning worse; 100 when alone. */
    static class PercentileRank implements ExternalNormaliser {
        @Override
        public BigDecimal normalise(BigDecimal x, List<BigDecimal> population, Direction direction) {
            int n = population.size();
            if (n == 1) {
                return BigDecimal.valueOf(100);
            }
            long worse = population.stream().filter(v -> direction == Direction.HIGHER_IS_BETTER ? v.compareTo(x) < 0 : v.compareTo(x) > 0).count();
            long equal = population.stream().filter(v -> v.compareTo(x) == 0).count();
            return BigDecimal.valueOf(worse * 2 + equal - 1).multiply(BigDecimal.valueOf(50))
                    .divide(BigDecimal.valueOf(n - 1), 4, RoundingMode.HALF_UP);
        }
    }

    @Test
    void aSoundNormaliserPassesEveryContract() {
        assertThat(KitRuns.failures(PercentileRankKit.class, ENGINES)).isEmpty();
    }

    @Test
    void aNormaliserIgnoringTheDirectionBreaksIt() {
        Map<String, String> failures = KitRuns.failures(HigherAlwaysKit.class, ENGINES);

        assertThat(failures).containsOnlyKeys("follows the direction: a better raw value never scores lower, equal values score the same");
        assertThat(failures.values().iterator().next())
                .startsWith("the follows the direction contract is broken: with LOWER_IS_BETTER, raw value")
                .contains("“遵循方向”契约被破坏");
    }

    @Test
    void aNormaliserLeavingTheScaleBreaksTheRange() {
        Map<String, String> failures = KitRuns.failures(RawKit.class, ENGINES);

        assertThat(failures).containsKey("in range: every member of the population scores from 0 to 100");
        assertThat(failures.get("in range: every member of the population scores from 0 to 100"))
                .startsWith("the scores in range contract is broken: raw value");
    }

    @Test
    void aNormaliserSortingThePopulationItIsGivenBreaksInputsUntouched() {
        Map<String, String> failures = KitRuns.failures(SortingKit.class, ENGINES);

        assertThat(failures).containsKey("inputs untouched: the population is only read");
        assertThat(failures.get("inputs untouched: the population is only read"))
                .startsWith("the inputs untouched contract is broken: the normaliser changed the population of");
    }

    static class PercentileRankKit extends ExternalNormaliserContract {
        @Override
        protected ExternalNormaliser newNormaliser() {
            KitRuns.assumeProving("runs only inside NormaliserKitTest");
            return new PercentileRank();
        }
    }

    /** Scores as if higher were always better. */
    static class HigherAlwaysKit extends ExternalNormaliserContract {
        @Override
        protected ExternalNormaliser newNormaliser() {
            KitRuns.assumeProving("runs only inside NormaliserKitTest");
            return (x, population, direction) -> new PercentileRank().normalise(x, population, Direction.HIGHER_IS_BETTER);
        }
    }

    /** The raw value itself, whatever its scale. */
    static class RawKit extends ExternalNormaliserContract {
        @Override
        protected ExternalNormaliser newNormaliser() {
            KitRuns.assumeProving("runs only inside NormaliserKitTest");
            return (x, population, direction) -> direction == Direction.HIGHER_IS_BETTER ? x : x.negate();
        }
    }

    /** Sorts the population in place, from best to worst. */
    static class SortingKit extends ExternalNormaliserContract {
        @Override
        protected ExternalNormaliser newNormaliser() {
            KitRuns.assumeProving("runs only inside NormaliserKitTest");
            return (x, population, direction) -> {
                population.sort(java.util.Comparator.reverseOrder());
                return new PercentileRank().normalise(x, population, direction);
            };
        }
    }
}

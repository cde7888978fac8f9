package edu.yiban.sdk.testkit;

import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.ExternalNormaliser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * The test kit's contract of a plugin's normaliser (归一化插件测试套件), the {@link ExternalNormaliser} a system names
 * as {@code {"type": "external", "id": "…"}}: extend it and say how to make the normaliser. The properties run it on
 * populations of 1 to 60 raw values (two decimals, −1,000 to 1,000, ties included), in both directions. A failure
 * says, in English and Chinese, which contract broke and for which value.
 *
 * <pre>{@code
 * class CampusCurveContractTest extends ExternalNormaliserContract {
 *     protected ExternalNormaliser newNormaliser() { return new CampusCurve(); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>in range</b> (取值在范围内): every member of the population gets a score from 0 to 100 — the engine clips,
 *       but a normaliser that needs clipping hides an error;</li>
 *   <li><b>follows the direction</b> (遵循方向): a better raw value never scores lower — for
 *       {@link Direction#HIGHER_IS_BETTER} the higher, for {@link Direction#LOWER_IS_BETTER} the lower — and equal
 *       raw values score the same;</li>
 *   <li><b>deterministic</b> (结果确定): the same value and population give the same score;</li>
 *   <li><b>inputs untouched</b> (不改输入): the population it is given (sorted and unmodifiable, as the engine gives
 *       it) is only read.</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class ExternalNormaliserContract {
    /** For the store's or plugin's own test class, which extends this one. */
    protected ExternalNormaliserContract() {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A new normaliser to test. */
    protected abstract ExternalNormaliser newNormaliser();

    @Property(tries = 200)
    @Label("in range: every member of the population scores from 0 to 100")
    final void inRange(@ForAll("populations") List<BigDecimal> population, @ForAll Direction direction) {
        ExternalNormaliser normaliser = newNormaliser();
        for (BigDecimal x : population) {
            BigDecimal score = score(normaliser, x, population, direction);
            if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                throw broken("range", "outside", x.toPlainString(), direction, score.toPlainString(), population.size());
            }
        }
    }

    @Property(tries = 200)
    @Label("follows the direction: a better raw value never scores lower, equal values score the same")
    final void followsTheDirection(@ForAll("populations") List<BigDecimal> population, @ForAll Direction direction) {
        ExternalNormaliser normaliser = newNormaliser();
        for (int i = 1; i < population.size(); i++) {
            BigDecimal lower = population.get(i - 1);
            BigDecimal higher = population.get(i);
            BigDecimal a = score(normaliser, lower, population, direction);
            BigDecimal b = score(normaliser, higher, population, direction);
            int order = lower.compareTo(higher) == 0 ? 0 : direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
            boolean kept = order == 0 ? a.compareTo(b) == 0 : order > 0 ? a.compareTo(b) <= 0 : a.compareTo(b) >= 0;
            if (!kept) {
                throw broken("direction", "order", direction, lower.toPlainString(), a.toPlainString(), higher.toPlainString(),
                        b.toPlainString());
            }
        }
    }

    @Property(tries = 100)
    @Label("deterministic: the same value and population give the same score")
    final void deterministic(@ForAll("populations") List<BigDecimal> population, @ForAll Direction direction) {
        BigDecimal x = population.get(population.size() / 2);
        BigDecimal first = score(newNormaliser(), x, population, direction);
        ExternalNormaliser normaliser = newNormaliser();
        for (int call = 0; call < 3; call++) {
            BigDecimal again = score(normaliser, x, population, direction);
            if (again.compareTo(first) != 0) {
                throw broken("deterministic", "scores", x.toPlainString(), first.toPlainString(), again.toPlainString());
            }
        }
    }

    @Property(tries = 50)
    @Label("inputs untouched: the population is only read")
    final void inputsUntouched(@ForAll("populations") List<BigDecimal> population, @ForAll Direction direction) {
        List<BigDecimal> before = new ArrayList<>(population);
        score(newNormaliser(), population.get(0), population, direction);
        if (!before.equals(population)) {
            throw broken("inputs", "changed", population.size());
        }
    }

    /** Sorted, unmodifiable populations, as the engine gives them, with ties and a lone member among them. */
    @Provide
    final Arbitrary<List<BigDecimal>> populations() {
        Arbitrary<BigDecimal> raw = Arbitraries.integers().between(-100_000, 100_000).map(h -> BigDecimal.valueOf(h, 2));
        Arbitrary<BigDecimal> tied = Arbitraries.of(BigDecimal.ZERO, new BigDecimal("60.00"), new BigDecimal("85.50"));
        return Arbitraries.frequencyOf(Tuple.of(3, raw), Tuple.of(1, tied))
                .list().ofMinSize(1).ofMaxSize(60)
                .map(values -> {
                    List<BigDecimal> sorted = new ArrayList<>(values);
                    Collections.sort(sorted);
                    return Collections.unmodifiableList(sorted);
                });
    }

    private static BigDecimal score(ExternalNormaliser normaliser, BigDecimal x, List<BigDecimal> population, Direction direction) {
        BigDecimal score;
        try {
            score = normaliser.normalise(x, population, direction);
        } catch (UnsupportedOperationException changed) {
            throw broken("inputs", "changed", population.size());
        } catch (RuntimeException failed) {
            throw broken("range", "thrown", x.toPlainString(), direction, failed.getClass().getName(), String.valueOf(failed.getMessage()));
        }
        if (score == null) {
            throw broken("range", "none", x.toPlainString(), direction);
        }
        return score;
    }

    private static AssertionFailedError broken(String contract, String key, Object... args) {
        return Contract.violation("contract.normaliser." + contract, Contract.text("normaliser." + contract + "." + key, args));
    }
}

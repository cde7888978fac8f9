package edu.yiban.sdk.plugin;

import edu.yiban.scoring.system.Indicator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An indicator a plugin measures for the students' evaluation (e.g. library hours from the library system,
 * volunteer hours from the league's platform). The runtime calls {@link #measure} once per evaluation,
 * within a time budget; a value that is not a finite number, or lies outside {@link #min()}–{@link #max()},
 * is refused for that student, and a call that throws or runs past its budget is refused whole — the
 * evaluation then follows the runtime's fault policy and its report names the plugin, the indicator and
 * the input.
 *
 * <pre>{@code
 * public Map<String, Number> measure(IndicatorContext context) {
 *     Map<String, Number> hours = new TreeMap<>();
 *     for (String student : context.students()) hours.put(student, library.hours(student, context.from(), context.to()));
 *     return hours;
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface PluginIndicator {

    /** The indicator: its code (unique among all indicators), names, unit, direction and source. */
    Indicator indicator();

    /** The least valid value (default 0). */
    default BigDecimal min() {
        return BigDecimal.ZERO;
    }

    /** The greatest valid value (default: no limit). */
    default Optional<BigDecimal> max() {
        return Optional.empty();
    }

    /** How long one call may take; empty: the runtime's default budget. */
    default Optional<Duration> budget() {
        return Optional.empty();
    }

    /**
     * The values of the students asked for, by 学号. A student left out scores 0 there. Values may be any
     * {@link Number}; a {@code double} is read by its decimal form ({@code 2.5} stays 2.5).
     */
    Map<String, Number> measure(IndicatorContext context);
}

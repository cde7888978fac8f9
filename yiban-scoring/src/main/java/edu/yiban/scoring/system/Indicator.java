package edu.yiban.scoring.system;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An indicator (指标): something measured about a subject — a student's moral-education points, a
 * college's user coverage — with its unit, its direction and where its raw value comes from.
 *
 * @param code        a stable code, e.g. {@code coverage} or {@code dimension.moral}
 * @param name        its name in Chinese and English
 * @param unit        the unit of its raw value, e.g. {@code 分}, {@code %}, {@code 小时}
 * @param direction   whether more is better
 * @param source      how its raw value is obtained: the code of the source that measures it (a rule
 *                    table, a formula, an imported metric), or {@code plugin:<id>} for a plugin's — then a rule set
 *                    or system reading it when no plugin measures it is refused naming that plugin
 * @param description what it measures, as the rules document has it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Indicator(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        @NotNull @Size(max = 16) String unit,
        @NotNull Direction direction,
        @NotNull String source,
        Optional<@Valid Bilingual> description) {

    /** The prefix of a source that is a plugin: {@code plugin:<id>}. */
    public static final String PLUGIN = "plugin:";

    public Indicator {
        java.util.Objects.requireNonNull(source, "source is null");
        ScoringMessages.code(code, "code", "indicator");
        ScoringMessages.code(source.startsWith(PLUGIN) ? source.substring(PLUGIN.length()) : source, "source");
        description = description == null ? Optional.empty() : description;
    }
}

package edu.yiban.scoring.college;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * A tier (等级) of the colleges' evaluation, e.g. 优秀 from 85 points. A college falls in the tier with the
 * highest {@code from} that its total reaches; a total below every tier falls in the lowest.
 *
 * @param code a stable code, e.g. {@code excellent}
 * @param name its name in both languages, e.g. 优秀 / excellent
 * @param from the least total of the tier
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Tier(@NotNull String code, @NotNull @Valid Bilingual name, @NotNull BigDecimal from) {
    public Tier {
        ScoringMessages.code(code, "code");
    }
}

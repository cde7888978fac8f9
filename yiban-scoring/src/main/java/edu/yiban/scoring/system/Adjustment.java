package edu.yiban.scoring.system;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A bonus (加分) or deduction (扣分) item of a node: a raw value times points per unit, up to a cap, added
 * to or taken from the node's weighted score.
 *
 * @param code      a stable code
 * @param name      its name in both languages
 * @param kind      bonus or deduction
 * @param indicator the indicator whose raw value counts
 * @param perUnit   points per unit of the raw value, not negative
 * @param cap       the most points the item gives or takes, if capped
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Adjustment(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        @NotNull Kind kind,
        @NotNull String indicator,
        @NotNull BigDecimal perUnit,
        Optional<BigDecimal> cap) {

    /** Whether the item adds or takes. */
    public enum Kind {
        /** 加分. */
        BONUS,
        /** 扣分. */
        DEDUCTION
    }

    public Adjustment {
        ScoringMessages.code(code, "code", "adjustment");
        ScoringMessages.code(indicator, "indicator");
        cap = cap == null ? Optional.empty() : cap;
    }
}

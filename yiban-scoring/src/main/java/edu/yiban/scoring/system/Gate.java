package edu.yiban.scoring.system;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * An eligibility rule (资格条件): a subject is eligible for awards only if its raw value of
 * {@code indicator} compares with {@code threshold} as {@code must} says (a minimum GPA, no failed course).
 * A failed gate does not change the score; it marks the result ineligible and names the gate.
 *
 * @param code      a stable code
 * @param name      its name in both languages
 * @param indicator the indicator read
 * @param must      the comparison that must hold
 * @param threshold the value compared with
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Gate(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        @NotNull String indicator,
        @NotNull Comparison must,
        @NotNull BigDecimal threshold) {

    public Gate {
        ScoringMessages.code(code, "code", "gate");
        ScoringMessages.code(indicator, "indicator");
    }
}

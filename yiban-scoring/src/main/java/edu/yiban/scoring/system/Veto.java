package edu.yiban.scoring.system;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.apiguardian.api.API;

/**
 * A veto rule (一票否决): when a subject's raw value of {@code indicator} compares with {@code threshold}
 * as {@code when} says (e.g. a sanction in the term, an unresolved safety incident), its total becomes
 * {@code score} and it is marked vetoed, whatever else it earned.
 *
 * @param code      a stable code
 * @param name      its name in both languages, as the rules document has it
 * @param indicator the indicator read
 * @param when      the comparison that triggers the veto
 * @param threshold the value compared with
 * @param score     the total a vetoed subject gets
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Veto(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        @NotNull String indicator,
        @NotNull Comparison when,
        @NotNull BigDecimal threshold,
        @NotNull BigDecimal score) {

    public Veto {
        ScoringMessages.code(code, "code", "veto");
        ScoringMessages.code(indicator, "indicator");
    }
}

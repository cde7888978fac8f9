package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.validation.Checks;
import edu.yiban.scoring.internal.ScoringMessages;
import org.apiguardian.api.API;

/**
 * A result's grade band (等级), e.g. 优秀 / excellent, as an evaluation assigns it.
 *
 * @param code the band's code, e.g. {@code excellent}
 * @param name its name in both languages
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Band(String code, Bilingual name) {
    public Band {
        ScoringMessages.code(code, "code", "band");
        Checks.required(name, "name", ScoringMessages.label("name"));
    }
}

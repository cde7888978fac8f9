package edu.yiban.core.i18n;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A sentence written in both languages by whoever wrote a preset, e.g. the wording of a charter's rule as
 * the campus document has it, or an indicator's name.
 *
 * @param zh in Simplified Chinese
 * @param en in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Bilingual(@NotBlank @Size(max = 500) String zh, @NotBlank @Size(max = 500) String en) {
    /** The sentence in {@code locale}'s language (zh_CN for any Chinese locale, else English). */
    public String in(Locale locale) {
        return MessageBundle.choose(locale, zh, en);
    }
}

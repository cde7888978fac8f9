package edu.yiban.org.plan;

import edu.yiban.core.i18n.MessageBundle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One task (任务) of a phase of the construction plan, as the plan writes it, e.g. 建立网上班级.
 *
 * @param text   the task in Chinese
 * @param textEn the task in English, where the plan gives it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PhaseTask(@NotBlank @Size(max = 500) String text, Optional<@Size(min = 1, max = 500) String> textEn) {
    public PhaseTask {
        textEn = textEn == null ? Optional.empty() : textEn;
    }

    /** A task written in Chinese and English. */
    public PhaseTask(String text, String textEn) {
        this(text, Optional.ofNullable(textEn));
    }

    /** The task in the reader's language: English where given and asked for, else Chinese. */
    public String text(Locale locale) {
        return MessageBundle.supported(locale).equals(MessageBundle.EN) ? textEn.orElse(text) : text;
    }
}

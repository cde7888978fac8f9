package edu.yiban.org.plan;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.org.internal.OrgChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a milestone (里程碑) of the construction plan is: its code, its phase, what is to be reached and
 * by when, e.g. 全部班级建立网上班级 by 2022-11-30 in 推广实施.
 *
 * <pre>{@code
 * plan.addMilestone(new MilestoneDefinition(MilestoneId.of("online-classes"), PhaseId.of("promotion"),
 *         "全部班级建立网上班级", "Every class has its online class", LocalDate.of(2022, 11, 30)), LocalDate.of(2022, 8, 1));
 * }</pre>
 *
 * @param id      the milestone's code, unique in the plan
 * @param phase   the phase it belongs to; its due date lies in the months the phase names
 * @param title   what is to be reached, in Chinese
 * @param titleEn the same in English, where given
 * @param due     the day it is due
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MilestoneDefinition(
        MilestoneId id,
        PhaseId phase,
        @NotBlank @Size(max = 200) String title,
        Optional<@Size(min = 1, max = 400) String> titleEn,
        LocalDate due) {

    public MilestoneDefinition {
        OrgChecks.required(id, "milestoneId");
        OrgChecks.required(phase, "phase");
        titleEn = titleEn == null ? Optional.empty() : titleEn;
        OrgChecks.required(due, "due");
    }

    /** A milestone with its title in Chinese and English. */
    public MilestoneDefinition(MilestoneId id, PhaseId phase, String title, String titleEn, LocalDate due) {
        this(id, phase, title, Optional.ofNullable(titleEn), due);
    }

    /** The title in the reader's language: English where given and asked for, else Chinese. */
    public String title(Locale locale) {
        return MessageBundle.supported(locale).equals(MessageBundle.EN) ? titleEn.orElse(title) : title;
    }
}

package edu.yiban.org.plan;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.org.internal.OrgChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A phase (建设阶段) of the construction plan as the plan writes it: a name, the months it runs over and
 * its tasks, e.g. 推广实施 (promotion), 2022年8月–12月. The months are inclusive. Which phase a given day
 * belongs to is decided by the {@link PlanPreset plan} (neighbouring phases may share a month; see
 * {@link PlanPreset} for the rule), which gives each phase its {@link PhasePeriod period} of days.
 *
 * <pre>{@code
 * Phase promotion = new Phase(PhaseId.of("promotion"), "推广实施", Optional.of("Promotion"),
 *         YearMonth.of(2022, 8), YearMonth.of(2022, 12), List.of(new PhaseTask("建立网上班级", "Create the online classes")));
 * }</pre>
 *
 * @param id     the phase's code, unique in its plan
 * @param name   its Chinese name
 * @param nameEn its English name, where the plan gives one
 * @param from   its first month
 * @param to     its last month, not before {@code from}
 * @param tasks  what is to be done in it, in the plan's order (may be empty)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Phase(
        PhaseId id,
        @NotBlank @Size(max = 64) String name,
        Optional<@Size(min = 1, max = 128) String> nameEn,
        YearMonth from,
        YearMonth to,
        @Size(max = 100) List<@Valid PhaseTask> tasks) {

    public Phase {
        OrgChecks.required(id, "phaseId");
        nameEn = nameEn == null ? Optional.empty() : nameEn;
        OrgChecks.required(from, "from", "firstMonth");
        OrgChecks.required(to, "to", "lastMonth");
        if (to.isBefore(from)) {
            throw OrgChecks.invalid("to", "plan.phase.months", id, from, to);
        }
        tasks = tasks == null ? List.of() : OrgChecks.list(tasks, "tasks");
    }

    /** The phase's name in the reader's language: English where given and asked for, else Chinese. */
    public String name(Locale locale) {
        return MessageBundle.supported(locale).equals(MessageBundle.EN) ? nameEn.orElse(name) : name;
    }

    /** Whether {@code date} lies in the months the phase names (from the 1st of {@code from} to the last day of {@code to}). */
    public boolean spans(LocalDate date) {
        return !date.isBefore(from.atDay(1)) && !date.isAfter(to.atEndOfMonth());
    }
}

package edu.yiban.org.plan;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.Presets;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A university's construction plan (建设规划): its phases in order, each with the months it runs over
 * and its tasks. The library ships the seed's plan as a default preset ({@link #seed()}); another
 * university loads its own with {@link #fromJson(InputStream)}, no code changed.
 *
 * <h2>The date rule</h2>
 * A plan names months; the library works in days. A phase written {@code from}–{@code to} runs from the
 * first day of {@code from} to the last day of {@code to}, except where the next phase begins in
 * {@code to}: a <b>shared boundary month belongs to the later phase</b>, so the earlier phase ends on
 * the last day of the month before. The seed's phases share their boundary months, and come out as
 * <pre>
 * 建设筹备 preparation            2022-05 → 2022-08   2022-05-01 … 2022-07-31
 * 推广实施 promotion              2022-08 → 2022-12   2022-08-01 … 2022-11-30
 * 资源整合 resource integration   2022-12 → 2023-09   2022-12-01 … 2023-08-31
 * 内涵建设 substance building     2023-09 → 2024-08   2023-09-01 … 2024-08-31
 * </pre>
 * so each phase begins on the first day of the month the plan says it begins, a new phase begins with
 * the academic year in September 2023, and every day belongs to at most one phase. Phases are listed
 * in time order; a phase may share only its last month with the next phase's first month (a longer
 * overlap is refused), and must keep at least one month of its own. Gaps between phases are allowed:
 * their days belong to no phase.
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {"name": "琼台师范学院易班建设规划", "nameEn": "…",
 *  "phases": [{"id": "preparation", "name": "建设筹备", "nameEn": "Preparation",
 *              "from": "2022-05", "to": "2022-08",
 *              "tasks": [{"text": "做好建设方案和相关管理规章制度的制定", "textEn": "…"}]}, …]}
 * }</pre>
 *
 * <pre>{@code
 * PlanPreset plan = PlanPreset.seed();
 * plan.periodOn(LocalDate.of(2022, 8, 15)).map(PhasePeriod::id);   // promotion
 * PlanPreset ours = PlanPreset.fromJson(Files.newInputStream(Path.of("our-plan.json")));
 * }</pre>
 *
 * @param name   the plan's Chinese title
 * @param nameEn its English title, where given
 * @param phases the phases in time order, at least one, codes unique
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PlanPreset(
        @NotBlank @Size(max = 128) String name,
        Optional<@Size(min = 1, max = 256) String> nameEn,
        @Size(max = 64) List<@Valid Phase> phases) {

    /** Where {@link #seed()} reads the seed's plan. */
    public static final String SEED_RESOURCE = "/edu/yiban/org/presets/plan-seed.json";

    public PlanPreset {
        nameEn = nameEn == null ? Optional.empty() : nameEn;
        phases = OrgChecks.list(phases, "phases");
        if (phases.isEmpty()) {
            throw OrgChecks.invalid("phases", "plan.phases.empty");
        }
        // every problem of the plan at once, each at its JSON path
        List<Violation> found = new ArrayList<>();
        Set<PhaseId> seen = new HashSet<>();
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            if (!seen.add(phase.id())) {
                found.addAll(OrgChecks.invalid("phases[" + i + "].id", "plan.phase.duplicate", phase.id()).violations());
            }
            if (i + 1 < phases.size()) {
                Phase next = phases.get(i + 1);
                if (next.from().isBefore(phase.to())) {
                    found.addAll(OrgChecks.invalid("phases[" + (i + 1) + "].from", "plan.phase.overlap", next.id(), next.from(), phase.id(),
                            phase.to()).violations());
                }
                if (next.from().equals(phase.from())) {
                    found.addAll(OrgChecks.invalid("phases[" + i + "].to", "plan.phase.swallowed", phase.id(), phase.from(), next.id())
                            .violations());
                }
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** The seed's plan: 琼台师范学院's four phases of 2022–2024 and their tasks. */
    public static PlanPreset seed() {
        return YibanJson.resource(PlanPreset.class.getResourceAsStream(SEED_RESOURCE), SEED_RESOURCE, PlanPreset::fromJson);
    }

    /**
     * Reads a plan from JSON (format above) and checks it. Malformed JSON, a missing or unknown field, or
     * a plan that breaks a rule is an {@link edu.yiban.core.error.InvalidInputException} naming the JSON path,
     * e.g. {@code phases[1].from}, in Chinese and English.
     */
    public static PlanPreset fromJson(InputStream json) {
        return Presets.read(PlanJson.MAPPER, json, PlanPreset.class);
    }

    /** Each phase with the days it owns, by the date rule, in order. */
    public List<PhasePeriod> periods() {
        List<PhasePeriod> periods = new ArrayList<>(phases.size());
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            YearMonth last = i + 1 < phases.size() && phases.get(i + 1).from().equals(phase.to())
                    ? phase.to().minusMonths(1)
                    : phase.to();
            periods.add(new PhasePeriod(phase, phase.from().atDay(1), last.atEndOfMonth()));
        }
        return List.copyOf(periods);
    }

    /** The phase that owns {@code date}, if any. */
    public Optional<PhasePeriod> periodOn(LocalDate date) {
        OrgChecks.required(date, "date");
        return periods().stream().filter(p -> p.contains(date)).findFirst();
    }

    /** The phase with code {@code id} and its days, if the plan has it. */
    public Optional<PhasePeriod> period(PhaseId id) {
        return periods().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The phase with code {@code id}, if the plan has it. */
    public Optional<Phase> phase(PhaseId id) {
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}

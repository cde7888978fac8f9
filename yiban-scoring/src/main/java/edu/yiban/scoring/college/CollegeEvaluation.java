package edu.yiban.scoring.college;

import edu.yiban.core.YibanCore;
import edu.yiban.org.YibanOrganisation;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The colleges' YiBan construction evaluation (学院易班建设评价), seed §5.2: each college's user coverage
 * (用户覆盖面), class activity (班级活跃度), promotion effect (宣传推广效果), team building (队伍建设) and
 * stickiness (相关黏合度), measured exactly from the directory, the class network spaces and the
 * organisation, or imported; scored by an indicator system; ranked; put in tiers; and 1–2 demonstration
 * centres (示范中心) chosen. Every number is explained.
 *
 * <pre>{@code
 * CollegeEvaluation evaluation = CollegeEvaluation.seed();           // the default preset
 * CollegeMeasures measures = evaluation.measure(core, organisation,
 *         LocalDate.of(2022, 9, 5), LocalDate.of(2023, 1, 15),
 *         List.of(ImportedMetric.of(CollegeId.of("EDU"), "verified-share", new BigDecimal("0.9620"),
 *                 "yiban-platform", LocalDate.of(2023, 1, 16))));   // overrides the measured value
 * CollegeReport report = evaluation.evaluate(measures);
 * report.results().forEach(r -> System.out.println(r.explain(Locale.SIMPLIFIED_CHINESE)));
 * List<String> centres = report.demonstration().chosen();
 * }</pre>
 *
 * <p>The same inputs give the same report, to the byte of its JSON. Thread-safe; measuring reads the
 * campus as it stands and writes nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CollegeEvaluation {

    /** The evaluation by the default preset ({@link CollegePreset#seed()}). */
    static CollegeEvaluation seed() {
        return of(CollegePreset.seed());
    }

    /** The evaluation by {@code preset}, checked first ({@link CollegePreset#checked}). */
    static CollegeEvaluation of(CollegePreset preset) {
        return new PresetEvaluation(CollegePreset.checked(preset));
    }

    /** The preset it evaluates by. */
    CollegePreset preset();

    /**
     * The raw values of every college with a studying student on {@code to}: each indicator of the system
     * that the library measures ({@link CollegeIndicator}), over {@code from .. to}, and every imported
     * metric, which overrides a measured value of the same indicator.
     *
     * @throws edu.yiban.core.error.InvalidInputException if a day is missing, {@code to} is before {@code from}, or an
     *         imported metric names a college not evaluated or an indicator the system does not declare, or
     *         comes twice; each fault named by its path ({@code imports[2].college})
     */
    CollegeMeasures measure(YibanCore core, YibanOrganisation organisation, LocalDate from, LocalDate to, List<ImportedMetric> imports);

    /** Scores, ranks and tiers every college of {@code measures} and chooses the demonstration centres. */
    CollegeReport evaluate(CollegeMeasures measures);

    /** {@link #measure} then {@link #evaluate}. */
    default CollegeReport run(YibanCore core, YibanOrganisation organisation, LocalDate from, LocalDate to, List<ImportedMetric> imports) {
        return evaluate(measure(core, organisation, from, to, imports));
    }
}

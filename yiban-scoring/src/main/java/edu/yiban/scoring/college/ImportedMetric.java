package edu.yiban.scoring.college;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.validation.Checks;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A college's metric imported from elsewhere (导入指标): the YiBan platform's own EGPA or activity index, a
 * registration or real-name rate the platform publishes, a figure of the student affairs office. Its source
 * and date stay beside the value ({@link edu.yiban.scoring.result.Measure#source()},
 * {@link edu.yiban.scoring.result.Measure#asOf()}) and show in the explanation.
 *
 * <p><b>Precedence.</b> An imported metric of an indicator the library also measures (a
 * {@link CollegeIndicator} code) <em>overrides</em> the measured value, and the note keeps the measured value
 * beside it. To keep both, declare the imported figure as an indicator of its own (e.g. {@code egpa}, source
 * {@code yiban-platform}) and give it its own node and weight.
 *
 * <pre>{@code
 * new ImportedMetric(CollegeId.of("EDU"), "egpa", new BigDecimal("86.40"), "yiban-platform",
 *         LocalDate.of(2023, 1, 16), Optional.of(new Bilingual("易班平台 EGPA 学期值", "YiBan platform EGPA, term value")));
 * }</pre>
 *
 * @param college   the college
 * @param indicator the code of the indicator of the system it gives a value of
 * @param value     the value, exact, on the indicator's scale
 * @param source    where it comes from, e.g. {@code yiban-platform}
 * @param asOf      the day it was published or taken
 * @param note      what it is, as the source describes it, if said
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImportedMetric(
        @NotNull CollegeId college,
        @NotNull String indicator,
        @NotNull BigDecimal value,
        @NotNull String source,
        @NotNull LocalDate asOf,
        Optional<@Valid Bilingual> note) {

    public ImportedMetric {
        Checks.required(college, "college", ScoringMessages.label("college"));
        ScoringMessages.code(indicator, "indicator");
        Checks.required(value, "value", ScoringMessages.label("value"));
        ScoringMessages.code(source, "source");
        Checks.required(asOf, "asOf", ScoringMessages.label("asOf"));
        note = note == null ? Optional.empty() : note;
    }

    /** A metric without a note. */
    public static ImportedMetric of(CollegeId college, String indicator, BigDecimal value, String source, LocalDate asOf) {
        return new ImportedMetric(college, indicator, value, source, asOf, Optional.empty());
    }
}

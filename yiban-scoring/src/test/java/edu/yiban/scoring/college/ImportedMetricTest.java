package edu.yiban.scoring.college;

import static edu.yiban.scoring.college.CollegeCampus.EDU;
import static edu.yiban.scoring.college.CollegeCampus.FROM;
import static edu.yiban.scoring.college.CollegeCampus.TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.CollegeId;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metrics imported from the YiBan platform: their source and date stay beside the value and show in the explanation. */
class ImportedMetricTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 10, 31);
    private static CollegeCampus campus;

    @BeforeAll
    static void buildTheCampus() {
        campus = CollegeCampus.build();
    }

    private static ImportedMetric platformVerifiedShare() {
        return new ImportedMetric(EDU, "verified-share", new BigDecimal("0.9620"), "yiban-platform", PUBLISHED,
                Optional.of(new Bilingual("易班平台实名认证率", "the YiBan platform's real-name rate")));
    }

    @Test
    void anImportedMetricOverridesTheMeasuredValueAndKeepsItsSourceAndDate() {
        CollegeMeasures measures = CollegeEvaluation.seed().measure(campus.core, campus.organisation, FROM, TO, List.of(platformVerifiedShare()));

        Measure verified = measures.raw().get("EDU", "verified-share").orElseThrow();
        assertThat(verified.value()).isEqualByComparingTo("0.9620");
        assertThat(verified.source()).isEqualTo("yiban-platform");
        assertThat(verified.asOf()).hasValue(PUBLISHED);
        // the measured value stays in the note, so an appeal can compare them
        assertThat(verified.note().orElseThrow().en()).isEqualTo("imported from yiban-platform, as of 2022-10-31; "
                + "the YiBan platform's real-name rate; it overrides the value measured here, 0.4444 (4/9: of the 9 members of the "
                + "college's 2 open class spaces at the end of 2022-10-30, 4 had verified their real names)");
        assertThat(verified.note().orElseThrow().zh()).startsWith("导入自 yiban-platform，截至 2022-10-31；易班平台实名认证率；以导入值为准，本库测得值为 0.4444（4/9：");
        // other colleges keep their measured value
        assertThat(measures.raw().get("MATH", "verified-share").orElseThrow().source()).isEqualTo("class-spaces");
    }

    @Test
    void theImportedMetricShowsInTheExplanation() {
        CollegeReport report = CollegeEvaluation.seed().run(campus.core, campus.organisation, FROM, TO, List.of(platformVerifiedShare()));
        CollegeResult edu = report.result("EDU").orElseThrow();

        // 0.9620 / 0.90 × 100 = 106.9 → clipped to 100
        Explanation verified = edu.result().explanation().find("coverage-verified").orElseThrow();
        assertThat(verified.raw().map(Measure::source)).hasValue("yiban-platform");
        assertThat(verified.normalised()).hasValue(new BigDecimal("100.0000"));
        assertThat(edu.explain(Locale.ENGLISH)).contains("raw value 0.9620, normalised 100.0000; source yiban-platform, as of 2022-10-31: "
                + "imported from yiban-platform, as of 2022-10-31");
        assertThat(edu.explain(Locale.CHINA)).contains("来源 yiban-platform，截至 2022-10-31：导入自 yiban-platform");
    }

    @Test
    void anImportForAnIndicatorTheSystemDoesNotDeclareIsRefusedNamingIt() {
        ImportedMetric egpa = ImportedMetric.of(EDU, "egpa", new BigDecimal("86.4"), "yiban-platform", PUBLISHED);

        assertThatThrownBy(() -> CollegeEvaluation.seed().measure(campus.core, campus.organisation, FROM, TO, List.of(egpa)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("imports[0].indicator");
                    // the indicators it does declare are listed, so the fix is in the message
                    assertThat(v.en()).startsWith("the system college-construction declares no indicator egpa; its indicators are ")
                            .contains("sign-in-rate");
                    assertThat(v.zh()).startsWith("体系 college-construction 未声明指标 egpa；它的指标为 ").contains("sign-in-rate");
                }));
    }

    @Test
    void importsForUnknownCollegesAndTwiceForOneMetricAreRefusedTogether() {
        ImportedMetric unknown = ImportedMetric.of(CollegeId.of("ART"), "sign-in-rate", BigDecimal.ONE, "student-affairs", PUBLISHED);
        ImportedMetric once = ImportedMetric.of(EDU, "sign-in-rate", new BigDecimal("0.7"), "student-affairs", PUBLISHED);
        ImportedMetric twice = ImportedMetric.of(EDU, "sign-in-rate", new BigDecimal("0.8"), "yiban-platform", PUBLISHED);

        assertThatThrownBy(() -> CollegeEvaluation.seed().measure(campus.core, campus.organisation, FROM, TO, List.of(unknown, once, twice)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .containsExactly("imports[0].college", "imports[2]"));
    }

    @Test
    void anImportedMetricChecksItsFieldsWhenMade() {
        assertThatThrownBy(() -> ImportedMetric.of(EDU, "Verified Share", BigDecimal.ONE, "yiban-platform", PUBLISHED))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("indicator")));
        assertThatThrownBy(() -> ImportedMetric.of(EDU, "egpa", BigDecimal.ONE, "yiban-platform", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("asOf");
                    assertThat(v.en()).isEqualTo("date is required");
                }));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> CollegeEvaluation.seed().measure(campus.core, campus.organisation, TO, FROM, List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("to");
                    assertThat(v.zh()).isEqualTo("评价期间止于 2022-10-10，早于起始日 2022-10-30");
                }));
    }
}

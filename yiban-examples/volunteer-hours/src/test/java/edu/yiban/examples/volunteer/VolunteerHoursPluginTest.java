package edu.yiban.examples.volunteer;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.T2022_2;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.student.EvaluationPeriod;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.system.Adjustment;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.sdk.EvaluationReport;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.Plugins;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The volunteer-hours plugin as an app meets it: discovered, configured, measuring, counting when a system reads it. */
class VolunteerHoursPluginTest {

    private static Yiban open(Map<String, String> config) {
        Yiban yiban = Yiban.builder().clock(Campus.clock()).config(config).plugin(new VolunteerHoursPlugin()).build();
        Campus.fill(yiban.campus());
        return yiban;
    }

    private static EntryRef volunteer(Yiban yiban, StudentNo student, TermId term, LocalDate date, String hours) {
        return yiban.archive(student).record(ArchiveEntry.builder().date(date).term(term).category(Category.VOLUNTEER)
                .title("志愿服务 " + hours + " 小时").attribute("hours", hours).source(SourceSystem.YOUTH_LEAGUE)
                .recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build());
    }

    private static BigDecimal measured(Yiban yiban, EvaluationPeriod period, StudentNo student) {
        Measure m = yiban.scoring().students().rawValues(period).get(student.value(), VolunteerHoursIndicator.CODE).orElseThrow();
        assertThat(m.source()).isEqualTo("plugin:volunteer-hours");
        return m.value();
    }

    @Test
    void isDiscoveredThroughServiceLoader() {
        List<Plugins.Found> found = Plugins.discover(VolunteerHoursPlugin.class.getClassLoader());

        assertThat(found).filteredOn(f -> f.plugin().id().equals("volunteer-hours")).singleElement()
                .satisfies(f -> assertThat(f.source()).contains("volunteer-hours"));
    }

    @Test
    void capsEachTermAndAveragesTheTermsOfAYear() {
        try (Yiban yiban = open(Map.of())) {
            // 李明: autumn 12 + 30 = 42, capped at 40; spring 10 → the year: (40 + 10) / 2 = 25
            volunteer(yiban, LI_MING, T2022_1, LocalDate.of(2022, 10, 1), "12");
            volunteer(yiban, LI_MING, T2022_1, LocalDate.of(2022, 11, 5), "30");
            volunteer(yiban, LI_MING, T2022_2, LocalDate.of(2023, 3, 5), "10");
            // 王芳: autumn 7.5 → the year: (7.5 + 0) / 2 = 3.75
            volunteer(yiban, WANG_FANG, T2022_1, LocalDate.of(2022, 10, 1), "7.5");

            assertThat(measured(yiban, EvaluationPeriod.term(T2022_1), LI_MING)).isEqualByComparingTo("40");
            assertThat(measured(yiban, EvaluationPeriod.term(T2022_2), LI_MING)).isEqualByComparingTo("10");
            assertThat(measured(yiban, EvaluationPeriod.year(AcademicYear.of(2022)), LI_MING)).isEqualByComparingTo("25");
            assertThat(measured(yiban, EvaluationPeriod.year(AcademicYear.of(2022)), WANG_FANG)).isEqualByComparingTo("3.75");
            assertThat(measured(yiban, EvaluationPeriod.term(T2022_1), ZHAO_LEI)).isEqualByComparingTo("0");
        }
    }

    @Test
    void theCapIsASetting() {
        try (Yiban yiban = open(Map.of("plugins.volunteer-hours.capHours", "20"))) {
            volunteer(yiban, LI_MING, T2022_1, LocalDate.of(2022, 10, 1), "32");

            assertThat(measured(yiban, EvaluationPeriod.term(T2022_1), LI_MING)).isEqualByComparingTo("20");
            assertThat(yiban.plugins()).singleElement()
                    .satisfies(p -> assertThat(p.settings()).containsEntry("plugins.volunteer-hours.capHours", "20"));
        }
    }

    @Test
    void aCapBelowOneHourStopsStartUpNamingTheSetting() {
        assertThatThrownBy(() -> open(Map.of("plugins.volunteer-hours.capHours", "0")).close())
                .isInstanceOfSatisfying(PluginException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PluginException.Reason.SETTING_INVALID);
                    assertThat(e.message(MessageBundle.EN)).contains("plugins.volunteer-hours.capHours");
                    assertThat(e.message(MessageBundle.ZH)).contains("plugins.volunteer-hours.capHours");
                });
    }

    @Test
    void correctionsReplaceAndRevocationsRemoveHours() {
        try (Yiban yiban = open(Map.of())) {
            EntryRef wrong = volunteer(yiban, LI_MING, T2022_1, LocalDate.of(2022, 10, 1), "30");
            EntryRef twice = volunteer(yiban, LI_MING, T2022_1, LocalDate.of(2022, 10, 1), "30");
            // 30 was a typo for 3, and the second entry was the same service recorded twice: 3 hours remain
            yiban.archive(LI_MING).correct(wrong, ArchiveEntry.builder().date(LocalDate.of(2022, 10, 1)).term(T2022_1)
                    .category(Category.VOLUNTEER).title("志愿服务 3 小时").attribute("hours", "3").source(SourceSystem.YOUTH_LEAGUE)
                    .recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS).build(), "时长录入错误");
            yiban.archive(LI_MING).revoke(twice, "重复录入", COUNSELLOR);

            assertThat(measured(yiban, EvaluationPeriod.term(T2022_1), LI_MING)).isEqualByComparingTo("3");
        }
    }

    @Test
    void countsInTheScoreWhenTheCampusSystemReadsIt() {
        IndicatorSystem base = StudentEvaluation.defaultSystem();
        List<Indicator> indicators = new ArrayList<>(base.indicators());
        indicators.add(new VolunteerHoursIndicator(40).indicator());
        IndicatorSystem withBonus = new IndicatorSystem(base.id() + "-volunteer", base.name(), base.version(), indicators,
                base.root().withAdjustments(List.of(new Adjustment("volunteer-bonus", new Bilingual("志愿服务加分", "volunteer bonus"),
                        Adjustment.Kind.BONUS, VolunteerHoursIndicator.CODE, new BigDecimal("0.05"), Optional.of(new BigDecimal("2"))))),
                base.vetoes(), base.gates());

        try (Yiban yiban = Yiban.builder().clock(Campus.clock()).plugin(new VolunteerHoursPlugin()).studentSystem(withBonus).build()) {
            Campus.fill(yiban.campus());
            grade(yiban, LI_MING);
            grade(yiban, WANG_FANG);
            volunteer(yiban, LI_MING, T2022_1, LocalDate.of(2022, 10, 1), "50");
            volunteer(yiban, WANG_FANG, T2022_1, LocalDate.of(2022, 10, 1), "18");

            EvaluationReport report = yiban.evaluateStudents(T2022_1);

            assertThat(report.clean()).isTrue();
            // 李明: 50 hours capped at 40 × 0.05 = 2 points (the bonus's own cap, 2, not reached beyond)
            assertThat(bonus(report, LI_MING)).isEqualByComparingTo("2");
            // 王芳: 18 × 0.05 = 0.9 points
            assertThat(bonus(report, WANG_FANG)).isEqualByComparingTo("0.9");
        }
    }

    @Test
    void hoursThatAreNotANumberAreRefusedNamingTheEntry() {
        try (Yiban yiban = open(Map.of())) {
            EntryRef bad = volunteer(yiban, LI_MING, T2022_1, LocalDate.of(2022, 10, 1), "三");
            IndicatorContext context = new IndicatorContext(new TreeSet<>(Set.of(LI_MING.value())), LocalDate.of(2022, 9, 1),
                    LocalDate.of(2023, 1, 20), yiban.campus(), yiban.archives());

            // run by the SDK, this is a contained fault naming the plugin (the evaluation's own volunteer rule refuses the entry first)
            assertThatThrownBy(() -> new VolunteerHoursIndicator(40).measure(context))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("entry " + bad + " gives volunteer hours that are not a number: 三");
        }
    }

    private static BigDecimal bonus(EvaluationReport report, StudentNo student) {
        return report.results().result(student).orElseThrow().result().explanation().notes().stream()
                .filter(n -> n.code().equals("volunteer-bonus")).findFirst().orElseThrow().amount();
    }

    private static void grade(Yiban yiban, StudentNo student) {
        yiban.archive(student).record(ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(T2022_1)
                .category(Category.ACADEMIC).title("MATH101 85").attribute("course", "MATH101").attribute("credits", "4")
                .attribute("score", "85").source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(COUNSELLOR)
                .visibility(Visibility.FAMILY).build());
    }
}

package edu.yiban.core.privacy;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.fixtures.SettableClock;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.visibility.Visibility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention (保存期限) by the default policy: 李明 graduates on 2024-07-10 with a volunteer entry (10 years), a grade
 * (permanent) and a sanction (5 years); his details end 3 years after he left. 王芳 is still studying.
 */
class RetentionTest {
    private static final PersonId LI = PersonId.of(LI_MING.value());
    private static final PersonId WANG = PersonId.of(WANG_FANG.value());
    private static final LocalDate GRADUATED = LocalDate.of(2024, 7, 10);

    private final SettableClock clock = new SettableClock(LocalDate.of(2022, 10, 1));
    private YibanCore core;
    private EntryRef sanction;
    private EntryRef volunteer;

    @BeforeEach
    void campus() {
        core = YibanCore.builder().clock(clock).build();
        Campus.fill(core.directory());
        volunteer = core.archives().of(LI_MING).record(Campus.entry(T2022_1, LocalDate.of(2022, 9, 20), "2", Visibility.FAMILY));
        core.archives().of(LI_MING).record(entry(Category.ACADEMIC, "高等数学 92 分"));
        sanction = core.archives().of(LI_MING).record(entry(Category.DISCIPLINE, "旷课警告"));
        core.archives().of(WANG_FANG).record(entry(Category.DISCIPLINE, "迟到警告"));
        core.personalData().record(LI, PersonalDetails.builder().mobile("13812345678").build());
        core.personalData().record(WANG, PersonalDetails.builder().mobile("13900001111").build());
        core.directory().changeStatus(LI_MING, new StatusChange(StudentStatus.GRADUATED, GRADUATED));
    }

    @AfterEach
    void close() {
        core.close();
    }

    private static ArchiveEntry entry(Category category, String title) {
        return ArchiveEntry.builder().date(LocalDate.of(2022, 9, 25)).term(T2022_1).category(category).title(title)
                .source(SourceSystem.STUDENT_AFFAIRS).recordedBy(COUNSELLOR).visibility(Visibility.FAMILY).build();
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        RetentionPolicy defaults = core.personalData().retention();

        assertThat(defaults).isEqualTo(RetentionPolicy.defaults());
        assertThat(defaults.forCategory(Category.ACADEMIC)).isEqualTo(RetentionRule.forGood());
        assertThat(defaults.forCategory(Category.DISCIPLINE)).isEqualTo(RetentionRule.yearsAfterLeaving(5));
        assertThat(defaults.forCategory(Category.of("campus-own"))).isEqualTo(RetentionRule.yearsAfterLeaving(10));
        assertThat(defaults.personalDetails()).isEqualTo(RetentionRule.yearsAfterLeaving(3));
    }

    @Test
    void nothingIsPastRetentionWhileAStudentStudiesOrBeforeThePeriodEnds() {
        assertThat(core.personalData().pastRetention(GRADUATED.plusYears(3).minusDays(1)).isEmpty()).isTrue();
    }

    @Test
    void detailsEndThreeYearsAfterLeavingAndSanctionsFive() {
        // 2024-07-10 + 3 years = 2027-07-10: the details' first day past retention
        RetentionReport at3 = core.personalData().pastRetention(LocalDate.of(2027, 7, 10));
        assertThat(at3.details()).containsExactly(LI);
        assertThat(at3.entries()).isEmpty();

        // 2024-07-10 + 5 years = 2029-07-10: the sanction's; the grade is kept for good, the volunteer entry 10 years
        RetentionReport at5 = core.personalData().pastRetention(LocalDate.of(2029, 7, 10));
        assertThat(at5.entries()).containsExactly(Map.entry("discipline", List.of(sanction)));
        assertThat(at5.countsByCategory()).containsExactly(Map.entry("discipline", 1));

        RetentionReport at10 = core.personalData().pastRetention(LocalDate.of(2034, 7, 10));
        assertThat(at10.entries()).containsOnlyKeys("discipline", "volunteer");
        assertThat(at10.entries().get("volunteer")).containsExactly(volunteer);
        // a listing changes nothing
        assertThat(core.personalData().details(LI).orElseThrow().state()).isEqualTo(DetailsState.PRESENT);
    }

    @Test
    void applyingRetentionErasesTheDetailsByKeyDestructionAndHidesOldEntriesFromTheExport() {
        clock.set(LocalDate.of(2029, 7, 10));

        RetentionReport applied = core.personalData().applyRetention(LocalDate.of(2029, 7, 10));

        assertThat(applied.erased()).containsExactly(LI);
        StoredDetails li = core.personalData().details(LI).orElseThrow();
        assertThat(li.state()).isEqualTo(DetailsState.ERASED);
        assertThat(li.reason()).hasValue(ErasureReason.RETENTION);
        assertThat(li.describe().zh()).contains("保存期限届满");
        assertThat(core.personalData().details(WANG).orElseThrow().state()).isEqualTo(DetailsState.PRESENT);
        // the sanction stays in the ledger (the archive reads it) but is left out of his copy
        assertThat(core.archives().of(LI_MING).history(edu.yiban.core.visibility.Viewer.of(LI))).hasSize(3);
        var archive = core.personalData().exportFor(LI_MING).part("archive");
        assertThat(archive.get("entries")).extracting(e -> e.at("/entry/title").asText()).doesNotContain("旷课警告").hasSize(2);
        assertThat(archive.get("withheldPastRetention").asInt()).isEqualTo(1);
        assertThat(core.verify().ok()).isTrue();
        // applying again finds nothing more to erase
        assertThat(core.personalData().applyRetention(LocalDate.of(2029, 7, 11)).erased()).isEmpty();
    }

    @Test
    void anAdoptedPolicyIsRecordedAndUsed() {
        RetentionPolicy strict = RetentionPolicy.fromJson(json("""
                {"entries": {"discipline": {"keep": "YEARS_AFTER_LEAVING", "years": 1}, "academic": {"keep": "PERMANENT"}},
                 "otherEntries": {"keep": "PERMANENT"}, "personalDetails": {"keep": "YEARS_AFTER_LEAVING", "years": 0}}"""));

        core.personalData().adoptRetention(strict);

        assertThat(core.personalData().retention()).isEqualTo(strict);
        RetentionReport report = core.personalData().pastRetention(GRADUATED.plusYears(1));
        assertThat(report.entries()).containsOnlyKeys("discipline");
        assertThat(report.details()).containsExactly(LI);
    }

    @Test
    void aBadPolicyIsRefusedNamingThePlace() {
        assertThatThrownBy(() -> RetentionPolicy.fromJson(json("""
                {"entries": {"discipline": {"keep": "PERMANENT", "years": 5}},
                 "otherEntries": {"keep": "PERMANENT"}, "personalDetails": {"keep": "YEARS_AFTER_LEAVING", "years": 3}}""")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::path)
                        .singleElement().asString().contains("discipline"));
        assertThatThrownBy(() -> RetentionPolicy.fromJson(json("""
                {"entries": {"Discipline!": {"keep": "PERMANENT"}},
                 "otherEntries": {"keep": "PERMANENT"}, "personalDetails": {"keep": "YEARS_AFTER_LEAVING", "years": 3}}""")))
                .isInstanceOf(InvalidInputException.class);
    }

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

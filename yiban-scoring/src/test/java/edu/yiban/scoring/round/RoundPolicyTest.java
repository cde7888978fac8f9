package edu.yiban.scoring.round;

import edu.yiban.core.privacy.NameMasking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.visibility.Visibility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rounds' preset: the default publicity, and how its days are counted. */
class RoundPolicyTest {
    /** The seed with 2023's Labour Day: 29 April – 3 May off, Sunday 23 April and Saturday 6 May worked instead (调休). */
    private static RoundPolicy labourDay() {
        TreeSet<LocalDate> holidays = new TreeSet<>();
        for (LocalDate d = LocalDate.of(2023, 4, 29); !d.isAfter(LocalDate.of(2023, 5, 3)); d = d.plusDays(1)) {
            holidays.add(d);
        }
        TreeSet<LocalDate> workdays = new TreeSet<>(List.of(LocalDate.of(2023, 4, 23), LocalDate.of(2023, 5, 6)));
        return new RoundPolicy(PublicityRule.workingDays(5), holidays, workdays, Visibility.FAMILY, "zh", NameMasking.SURNAME_ONLY);
    }

    @Test
    void theSeedPublicisesForFiveWorkingDaysToTheFamilyInChinese() {
        RoundPolicy seed = RoundPolicy.seed();

        assertThat(seed.publicity()).isEqualTo(PublicityRule.workingDays(5));
        assertThat(seed.holidays()).isEmpty();
        assertThat(seed.archiveVisibility()).isEqualTo(Visibility.FAMILY);
        assertThat(seed.titleLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void fiveWorkingDaysFromAMondayEndOnFriday() {
        assertThat(RoundPolicy.seed().lastDay(PublicityRule.workingDays(5), LocalDate.of(2023, 2, 27))).isEqualTo(LocalDate.of(2023, 3, 3));
    }

    @Test
    void workingDaysSkipHolidaysAndCountMakeUpDays() {
        // from Thursday 27 April: 27, 28 (1, 2); 29 April – 3 May off; 4, 5 May (3, 4); Saturday 6 May worked (5)
        assertThat(labourDay().lastDay(PublicityRule.workingDays(5), LocalDate.of(2023, 4, 27))).isEqualTo(LocalDate.of(2023, 5, 6));
        assertThat(labourDay().workingDay(LocalDate.of(2023, 4, 23))).isTrue();
        assertThat(labourDay().workingDay(LocalDate.of(2023, 5, 1))).isFalse();
    }

    @Test
    void aWindowAnnouncedOnAWeekendStartsThatDayAndCountsFromMonday() {
        // Saturday 25 February, Sunday 26 not counted; Monday 27 February to Friday 3 March are the five days
        assertThat(RoundPolicy.seed().lastDay(PublicityRule.workingDays(5), LocalDate.of(2023, 2, 25))).isEqualTo(LocalDate.of(2023, 3, 3));
    }

    @Test
    void calendarDaysCountEveryDayFromTheFirst() {
        assertThat(RoundPolicy.seed().lastDay(PublicityRule.calendarDays(7), LocalDate.of(2023, 4, 27))).isEqualTo(LocalDate.of(2023, 5, 3));
    }

    @Test
    void aPolicyIsReadFromJsonAndCheckedWhole() {
        String ours = """
                {"publicity": {"days": 7, "count": "CALENDAR_DAYS"}, "holidays": ["2023-10-02"], "workdays": [],
                 "archiveVisibility": ["STUDENT", "COUNSELLOR"], "archiveLanguage": "en"}
                """;
        RoundPolicy read = RoundPolicy.fromJson(new ByteArrayInputStream(ours.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.publicity()).isEqualTo(PublicityRule.calendarDays(7));
        assertThat(read.titleLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(read.publicNames()).as("a preset naming no choice of public names").isEqualTo(NameMasking.SURNAME_ONLY);

        InvalidInputException tooLong = catchThrowableOfType(InvalidInputException.class,
                () -> RoundPolicy.fromJson(new ByteArrayInputStream(ours.replace("\"days\": 7", "\"days\": 90").getBytes(StandardCharsets.UTF_8))));
        assertThat(tooLong.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("publicity.days");
            assertThat(v.en()).isEqualTo("days 90 is out of range: it must lie between 1 and 60");
        });
        InvalidInputException both = catchThrowableOfType(InvalidInputException.class,
                () -> RoundPolicy.fromJson(new ByteArrayInputStream(ours.replace("\"workdays\": []", "\"workdays\": [\"2023-10-02\"]")
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(both.violations()).singleElement().satisfies(v -> assertThat(v.zh()).isEqualTo("2023-10-02 既列为节假日又列为工作日"));
    }
}

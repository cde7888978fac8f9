package edu.yiban.scoring.round;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.privacy.NameMasking;
import edu.yiban.core.validation.Checks;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The preset a campus runs its evaluation rounds by (测评批次预设): the default publicity period, the
 * working-day calendar it is counted in, and how final results are written into the growth archives.
 * {@link #seed()} is the library's default; a university loads its own with {@link #fromJson}.
 *
 * <pre>{@code
 * {"publicity": {"days": 5, "count": "WORKING_DAYS"},
 *  "holidays": ["2023-04-05", "2023-05-01"], "workdays": ["2023-04-23"],
 *  "archiveVisibility": ["STUDENT", "PARENT", "COUNSELLOR", "COLLEGE", "SCHOOL"], "archiveLanguage": "zh",
 *  "publicNames": "SURNAME_ONLY"}
 * }</pre>
 *
 * <h2>Counting a publicity period</h2>
 * Publicity runs from its first day for {@code days} days: calendar days are counted from the first day
 * itself; working days are Monday to Friday, less {@code holidays} (法定节假日), plus {@code workdays}
 * (the weekend days worked in their place, 调休), counted from the first day on. The window ends on the
 * last counted day, inclusive. A window announced to start on a weekend starts that day, but its first
 * counted day is the next working day.
 *
 * @param publicity         the publicity rule a round takes when its draft names none
 * @param holidays          weekdays that are not working days
 * @param workdays          weekend days that are working days
 * @param archiveVisibility who may see the results written into a student's archive
 * @param archiveLanguage   the language of the archive entries' titles: {@code zh} or {@code en}
 * @param publicNames       how students' names show on public lists ({@link PublicityList}): masked after the surname
 *                          (张*明, the default when a preset names none), whole, or hidden (docs/privacy.md)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RoundPolicy(
        PublicityRule publicity,
        SortedSet<LocalDate> holidays,
        SortedSet<LocalDate> workdays,
        Visibility archiveVisibility,
        String archiveLanguage,
        NameMasking publicNames) {
    private static final Pattern LANGUAGE = Pattern.compile("zh|en");

    public RoundPolicy {
        publicNames = publicNames == null ? NameMasking.SURNAME_ONLY : publicNames;
        Checks.required(publicity, "publicity", ScoringMessages.label("publicity"));
        holidays = holidays == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        workdays = workdays == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        Checks.required(archiveVisibility, "archiveVisibility", ScoringMessages.label("archiveVisibility"));
        Checks.matches(archiveLanguage, "archiveLanguage", LANGUAGE, ScoringMessages.label("archiveLanguage"),
                ScoringMessages.BUNDLE.text("rule.language"));
        for (LocalDate day : holidays) {
            if (workdays.contains(day)) {
                throw InvalidInputException.of("workdays", ScoringMessages.BUNDLE.text("round.policy.both", day.toString()));
            }
        }
    }

    /**
     * The library's default: publicity of 5 working days (公示期 5 个工作日, as campus evaluation rules
     * commonly write it), no holidays listed, results visible to the student, their parents, counsellor,
     * college and school ({@link Visibility#FAMILY}), titles in Chinese.
     */
    public static RoundPolicy seed() {
        return YibanJson.resource(RoundPolicy.class.getResourceAsStream("round-policy.json"), "round-policy.json", RoundPolicy::fromJson);
    }

    /** Reads and checks a policy; a refusal names the JSON path. The stream is closed. */
    public static RoundPolicy fromJson(InputStream json) {
        return ScoringMessages.validator().check(ScoringJson.read(json, RoundPolicy.class));
    }

    /** The same policy with another default publicity rule. */
    public RoundPolicy withPublicity(PublicityRule rule) {
        return new RoundPolicy(rule, holidays, workdays, archiveVisibility, archiveLanguage, publicNames);
    }

    /** The same policy with another choice of how names show on public lists. */
    public RoundPolicy withPublicNames(NameMasking names) {
        return new RoundPolicy(publicity, holidays, workdays, archiveVisibility, archiveLanguage, names);
    }

    /** Whether {@code day} is a working day (工作日). */
    public boolean workingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The last day of a publicity under {@code rule} that starts on {@code from} (see the class comment). */
    public LocalDate lastDay(PublicityRule rule, LocalDate from) {
        Checks.required(rule, "publicity", ScoringMessages.label("publicity"));
        Checks.required(from, "from", ScoringMessages.label("from"));
        if (rule.count() == DayCount.CALENDAR_DAYS) {
            return from.plusDays(rule.days() - 1L);
        }
        LocalDate day = from;
        int counted = workingDay(day) ? 1 : 0;
        while (counted < rule.days()) {
            day = day.plusDays(1);
            if (workingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The locale archive titles are written in. */
    public Locale titleLocale() {
        return archiveLanguage.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}

package edu.yiban.scoring.round;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.TermId;
import edu.yiban.core.validation.Checks;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * What a round evaluates: one term (学期), written {@code 2022-2023-1}, or a whole academic year (学年),
 * written {@code 2022-2023}. In JSON it is that string.
 *
 * @param year the academic year
 * @param term the term's number within the year, or 0 for the whole year
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RoundPeriod(AcademicYear year, int term) {
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}(-\\d{1,2})?");

    public RoundPeriod {
        Checks.required(year, "period", ScoringMessages.label("period"));
        Checks.inRange(term, "period", 0, TermId.MAX_NUMBER, ScoringMessages.label("period"));
    }

    /** The term {@code term}. */
    public static RoundPeriod of(TermId term) {
        Checks.required(term, "period", ScoringMessages.label("period"));
        return new RoundPeriod(term.year(), term.number());
    }

    /** The whole academic year {@code year}. */
    public static RoundPeriod of(AcademicYear year) {
        return new RoundPeriod(year, 0);
    }

    /** Parses {@code 2022-2023-1} (a term) or {@code 2022-2023} (a year). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RoundPeriod parse(String text) {
        Checks.matches(text, "period", FORM, ScoringMessages.label("period"), ScoringMessages.BUNDLE.text("rule.period"));
        return text.length() == 9 ? of(AcademicYear.parse(text)) : of(TermId.parse(text));
    }

    /** The term, when the period is one term. */
    public Optional<TermId> termId() {
        return term == 0 ? Optional.empty() : Optional.of(year.term(term));
    }

    /** Whether the period is a whole academic year. */
    public boolean wholeYear() {
        return term == 0;
    }

    /** Whether {@code t} lies in the period. */
    public boolean covers(TermId t) {
        return t.year().equals(year) && (term == 0 || t.number() == term);
    }

    @JsonValue
    @Override
    public String toString() {
        return term == 0 ? year.toString() : year + "-" + term;
    }
}

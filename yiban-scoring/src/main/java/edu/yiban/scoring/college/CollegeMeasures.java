package edu.yiban.scoring.college;

import edu.yiban.core.validation.Checks;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.RawValues;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * What the colleges' evaluation reads: the raw values of every evaluated college (subject: the college
 * code) for a period, measured ({@link CollegeIndicator}) or imported ({@link ImportedMetric}), each a
 * {@link edu.yiban.scoring.result.Measure} with its source, date and a note with its numerator and
 * denominator. Made by {@link CollegeEvaluation#measure}, or by hand from figures kept elsewhere.
 *
 * @param from the period's first day
 * @param to   the period's last day, not before {@code from}
 * @param raw  the raw values, by college code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegeMeasures(LocalDate from, LocalDate to, RawValues raw) {
    public CollegeMeasures {
        Checks.required(from, "from", ScoringMessages.label("from"));
        Checks.required(to, "to", ScoringMessages.label("to"));
        Checks.required(raw, "raw", ScoringMessages.label("raw"));
        if (to.isBefore(from)) {
            throw ScoringMessages.invalid("to", "college.period.order", from.toString(), to.toString());
        }
    }
}

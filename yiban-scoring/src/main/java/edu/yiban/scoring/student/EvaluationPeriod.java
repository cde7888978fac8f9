package edu.yiban.scoring.student;

import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a students' evaluation covers (测评周期): one term (学期), a whole academic year (学年) whose terms are
 * evaluated together or as the mean of their scores (see {@link StudentEvaluation}), or a graduation score
 * (毕业综合测评) weighing several academic years as the last year's rule set says ({@link RuleSet.GraduationRule}).
 *
 * <pre>{@code
 * EvaluationPeriod.term(TermId.parse("2022-2023-1"));      // 2022-2023-1
 * EvaluationPeriod.year(AcademicYear.of(2022));             // 2022-2023
 * EvaluationPeriod.graduation(AcademicYear.of(2025), 4);    // 2022-2023..2025-2026: four years to 2025-2026
 * }</pre>
 *
 * @param year  the academic year; for a graduation score, its last year
 * @param term  the term, when one term is evaluated
 * @param years for a graduation score, how many academic years it weighs, ending with {@code year} (1 to 8)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EvaluationPeriod(@NotNull AcademicYear year, Optional<TermId> term, Optional<Integer> years) {
    public EvaluationPeriod {
        Objects.requireNonNull(year, "year is null");
        term = term == null ? Optional.empty() : term;
        years = years == null ? Optional.empty() : years;
        if (term.isPresent() && !term.get().year().equals(year)) {
            throw ScoringMessages.invalid("term", "student.period.term", term.get().toString(), year.toString());
        }
        if (term.isPresent() && years.isPresent()) {
            throw ScoringMessages.invalid("years", "student.period.both");
        }
        if (years.isPresent() && (years.get() < 1 || years.get() > 8)) {
            throw ScoringMessages.invalid("years", "student.period.years", years.get());
        }
    }

    /** A term or a year. */
    public EvaluationPeriod(AcademicYear year, Optional<TermId> term) {
        this(year, term, Optional.empty());
    }

    /** The term {@code term}. */
    public static EvaluationPeriod term(TermId term) {
        Objects.requireNonNull(term, "term is null");
        return new EvaluationPeriod(term.year(), Optional.of(term), Optional.empty());
    }

    /** The whole academic year {@code year}. */
    public static EvaluationPeriod year(AcademicYear year) {
        return new EvaluationPeriod(year, Optional.empty(), Optional.empty());
    }

    /** A graduation score over the {@code count} academic years ending with {@code last}. */
    public static EvaluationPeriod graduation(AcademicYear last, int count) {
        return new EvaluationPeriod(last, Optional.empty(), Optional.of(count));
    }

    /** Whether one term is evaluated, rather than a year or several. */
    public boolean isTerm() {
        return term.isPresent();
    }

    /** Whether several years are weighed into a graduation score. */
    public boolean isGraduation() {
        return years.isPresent();
    }

    /** The academic years covered, in order: one, or a graduation score's. */
    public List<AcademicYear> academicYears() {
        int count = years.orElse(1);
        List<AcademicYear> out = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            out.add(AcademicYear.of(year.startYear() - i));
        }
        return out;
    }

    /** {@code 2022-2023-1} for a term, {@code 2022-2023} for a year, {@code 2022-2023..2025-2026} for a graduation score. */
    @Override
    public String toString() {
        if (years.isPresent()) {
            List<AcademicYear> all = academicYears();
            return all.get(0) + ".." + year;
        }
        return term.map(TermId::toString).orElse(year.toString());
    }
}

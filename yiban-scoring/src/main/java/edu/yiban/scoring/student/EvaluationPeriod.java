package edu.yiban.scoring.student;

import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * What a students' evaluation covers (测评周期): one term (学期), or a whole academic year (学年) whose
 * terms are evaluated together (see {@link StudentEvaluation}).
 *
 * <pre>{@code
 * EvaluationPeriod.term(TermId.parse("2022-2023-1"));   // 2022-2023-1
 * EvaluationPeriod.year(AcademicYear.of(2022));          // 2022-2023
 * }</pre>
 *
 * @param year the academic year
 * @param term the term, when one term is evaluated; empty for the whole year
 */
public record EvaluationPeriod(@NotNull AcademicYear year, Optional<TermId> term) {
    public EvaluationPeriod {
        Objects.requireNonNull(year, "year is null");
        term = term == null ? Optional.empty() : term;
        if (term.isPresent() && !term.get().year().equals(year)) {
            throw ScoringMessages.invalid("term", "student.period.term", term.get().toString(), year.toString());
        }
    }

    /** The term {@code term}. */
    public static EvaluationPeriod term(TermId term) {
        Objects.requireNonNull(term, "term is null");
        return new EvaluationPeriod(term.year(), Optional.of(term));
    }

    /** The whole academic year {@code year}. */
    public static EvaluationPeriod year(AcademicYear year) {
        return new EvaluationPeriod(year, Optional.empty());
    }

    /** Whether one term is evaluated, rather than a year. */
    public boolean isTerm() {
        return term.isPresent();
    }

    /** {@code 2022-2023-1} for a term, {@code 2022-2023} for a year. */
    @Override
    public String toString() {
        return term.map(TermId::toString).orElse(year.toString());
    }
}

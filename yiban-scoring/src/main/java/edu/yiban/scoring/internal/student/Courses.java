package edu.yiban.scoring.internal.student;

import static edu.yiban.scoring.internal.ScoringMessages.bilingual;

import edu.yiban.core.id.TermId;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.student.Academic;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.StudentEvaluation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One student's course grades of an evaluated period (学业成绩), added up exactly in hundredths: the
 * credit-weighted GPA (学分绩点), the credit-weighted average score (学分加权平均分), the courses failed and the
 * lowest single score.
 */
final class Courses {
    private final GradeScale scale;
    private int courses;
    /** Σ credits, in hundredths. */
    private long credits;
    /** Σ credits × points, in ten-thousandths. */
    private long creditPoints;
    /** Σ credits × score, in ten-thousandths. */
    private long creditScores;
    private int failed;
    private long lowest = Long.MAX_VALUE;

    Courses(GradeScale scale) {
        this.scale = scale;
    }

    /** One course grade. */
    void add(long sequence, TermId term, Compiled.Grade grade) {
        courses++;
        credits += grade.credits();
        creditPoints += grade.credits() * grade.points();
        creditScores += grade.credits() * grade.score();
        failed += grade.failed() ? 1 : 0;
        lowest = Math.min(lowest, grade.score());
    }

    /** The academic part, when any grade counted. */
    Optional<Academic> academic() {
        if (courses == 0) {
            return Optional.empty();
        }
        BigDecimal sumCredits = BigDecimal.valueOf(credits, 2);
        BigDecimal sumPoints = BigDecimal.valueOf(creditPoints, 4);
        BigDecimal sumScores = BigDecimal.valueOf(creditScores, 4);
        return Optional.of(new Academic(courses, sumCredits, sumPoints, sumPoints.divide(sumCredits, 2, RoundingMode.HALF_UP), failed,
                BigDecimal.valueOf(lowest, 2), sumScores, sumScores.divide(sumCredits, 2, RoundingMode.HALF_UP)));
    }

    /** The measures the academic part gives: none when no grade counted (a gate reading them then fails). */
    SortedMap<String, Measure> measures() {
        SortedMap<String, Measure> measures = new TreeMap<>();
        academic().ifPresent(a -> {
            String pass = scale.passMark().toPlainString();
            measures.put(StudentEvaluation.GPA, Measure.of(a.gpa(), Tally.SOURCE,
                    bilingual("student.note.gpa", a.courses(), a.creditPoints().toPlainString(), a.credits().toPlainString(),
                            a.gpa().toPlainString())));
            measures.put(StudentEvaluation.WEIGHTED_AVERAGE, Measure.of(a.weightedAverage(), Tally.SOURCE,
                    bilingual("student.note.weighted-average", a.courses(), a.creditScores().toPlainString(), a.credits().toPlainString(),
                            a.weightedAverage().toPlainString())));
            measures.put(StudentEvaluation.CREDITS, Measure.of(a.credits(), Tally.SOURCE,
                    bilingual("student.note.credits", a.courses(), a.credits().toPlainString())));
            measures.put(StudentEvaluation.FAILED_COURSES, Measure.of(BigDecimal.valueOf(a.failed()), Tally.SOURCE,
                    bilingual("student.note.failed", a.courses(), a.failed(), pass)));
            measures.put(StudentEvaluation.LOWEST_SCORE, Measure.of(a.lowestScore(), Tally.SOURCE,
                    bilingual("student.note.lowest", a.courses())));
        });
        return measures;
    }
}

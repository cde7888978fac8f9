package edu.yiban.scoring.student;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The academic part (学业成绩) of a student's evaluation: the credit-weighted GPA (学分绩点) and the
 * credit-weighted average score (学分加权平均分) of the period's courses, with the figures gates read.
 *
 * <pre>
 * gpa             = Σ(credits × points) / Σ credits of the courses with points, rounded once to two decimals, half-up
 * weightedAverage = Σ(credits × score) / Σ credits of the courses with a score, rounded once to two decimals, half-up
 * </pre>
 *
 * <p>A course is a first attempt with its resits (补考) and retakes (重修), counted once as the {@link GradeScale}'s
 * {@link GradeScale.Attempts} policies say; a corrected grade replaces the old. Courses of a kind the scale leaves
 * out (辅修, 免修 …) count nowhere. A pass/fail course (合格/不合格) counts in {@code courses}, {@code credits} and,
 * failed, in {@code failed}, but has neither points nor a score; a course graded by a word with points and no
 * score counts in the GPA but not in the weighted average or the lowest score.
 *
 * @param courses         the courses counted
 * @param credits         Σ credits of the courses counted, exact (pass/fail ones too; failed ones too)
 * @param creditPoints    Σ(credits × grade points), exact
 * @param gpa             the GPA, two decimals; 0 when no course has points ({@code gpaCredits} 0)
 * @param failed          the courses failed (不及格门数): at their first attempt, or still failed, as the scale says
 * @param lowestScore     the lowest single-course score (单科最低成绩); 0 when no course has a score
 * @param creditScores    Σ(credits × score), exact
 * @param weightedAverage the credit-weighted average score, two decimals; 0 when no course has a score
 * @param gpaCredits      Σ credits of the courses with points: the GPA's divisor
 * @param scoredCredits   Σ credits of the courses with a score: the weighted average's divisor
 * @param passFail        the pass/fail courses counted
 * @param reattempted     the courses with a resit or retake in the period
 * @param excluded        the grade entries left out by their kind
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Academic(int courses, BigDecimal credits, BigDecimal creditPoints, BigDecimal gpa, int failed, BigDecimal lowestScore,
                       BigDecimal creditScores, BigDecimal weightedAverage, BigDecimal gpaCredits, BigDecimal scoredCredits,
                       int passFail, int reattempted, int excluded) {
    public Academic {
        Objects.requireNonNull(credits, "credits is null");
        Objects.requireNonNull(creditPoints, "creditPoints is null");
        Objects.requireNonNull(gpa, "gpa is null");
        Objects.requireNonNull(lowestScore, "lowestScore is null");
        Objects.requireNonNull(creditScores, "creditScores is null");
        Objects.requireNonNull(weightedAverage, "weightedAverage is null");
        Objects.requireNonNull(gpaCredits, "gpaCredits is null");
        Objects.requireNonNull(scoredCredits, "scoredCredits is null");
    }
}

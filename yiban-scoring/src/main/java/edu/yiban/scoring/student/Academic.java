package edu.yiban.scoring.student;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The academic part (学业成绩) of a student's evaluation: the credit-weighted GPA (学分绩点) and the
 * credit-weighted average score (学分加权平均分) of the period's grade entries, with the figures gates read.
 *
 * <pre>
 * gpa             = Σ(credits × points) / Σ credits, rounded once to two decimals, half-up
 * weightedAverage = Σ(credits × score) / Σ credits, rounded once to two decimals, half-up
 * </pre>
 *
 * @param courses      the grade entries counted (each entry is one course taken; a corrected grade replaces the old)
 * @param credits      Σ credits, exact
 * @param creditPoints Σ(credits × grade points), exact
 * @param gpa          the GPA, two decimals
 * @param failed       how many courses lie below the scale's pass mark (不及格门数)
 * @param lowestScore  the lowest single-course score (单科最低成绩)
 * @param creditScores Σ(credits × score), exact
 * @param weightedAverage the credit-weighted average score, two decimals
 */
public record Academic(int courses, BigDecimal credits, BigDecimal creditPoints, BigDecimal gpa, int failed, BigDecimal lowestScore,
                       BigDecimal creditScores, BigDecimal weightedAverage) {
    public Academic {
        Objects.requireNonNull(credits, "credits is null");
        Objects.requireNonNull(creditPoints, "creditPoints is null");
        Objects.requireNonNull(gpa, "gpa is null");
        Objects.requireNonNull(lowestScore, "lowestScore is null");
        Objects.requireNonNull(creditScores, "creditScores is null");
        Objects.requireNonNull(weightedAverage, "weightedAverage is null");
    }
}

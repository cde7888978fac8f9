package edu.yiban.scoring.result;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One subject's result of an evaluation: the total, rounded once at the end (two decimals, half-up),
 * whether a veto (一票否决) replaced it, whether the subject passes the eligibility gates, and the
 * explanation of every point.
 *
 * @param subject     the subject's code (a 学号, a college code)
 * @param total       the total, two decimals
 * @param vetoes      the codes of the vetoes that struck, empty when none
 * @param failedGates the codes of the eligibility gates failed, empty when eligible
 * @param explanation how the total was made
 */
public record SubjectResult(String subject, BigDecimal total, List<String> vetoes, List<String> failedGates, Explanation explanation) {
    public SubjectResult {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(total, "total is null");
        vetoes = List.copyOf(vetoes);
        failedGates = List.copyOf(failedGates);
        Objects.requireNonNull(explanation, "explanation is null");
    }

    /** Whether a veto struck. */
    public boolean vetoed() {
        return !vetoes.isEmpty();
    }

    /** Whether the subject passes every gate and no veto struck: it may be chosen for awards. */
    public boolean eligible() {
        return vetoes.isEmpty() && failedGates.isEmpty();
    }
}

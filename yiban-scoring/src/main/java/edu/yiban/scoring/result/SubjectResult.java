package edu.yiban.scoring.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * One subject's result of an evaluation: the total, rounded once at the end (two decimals, half-up),
 * whether a veto (一票否决) replaced it, whether the subject passes the eligibility gates, whether it is
 * complete, and the explanation of every point.
 *
 * <p>A result is <b>incomplete</b> (不完整) when the system read an indicator that a source — a plugin —
 * failed to measure for the subject ({@link RawValues#failed(String, String)}): its total counts that
 * indicator as 0, which is not what the subject earned, so the total must not decide anything until the
 * subject is evaluated again. The explanation shows an {@link Note.Kind#INCOMPLETE} note where the value
 * was read, and a round refuses to compute or finalise on an incomplete result.
 *
 * @param subject     the subject's code (a 学号, a college code)
 * @param total       the total, two decimals
 * @param vetoes      the codes of the vetoes that struck, empty when none
 * @param failedGates the codes of the eligibility gates failed, empty when eligible
 * @param incomplete  the codes of the indicators the system read that a source failed to measure for the
 *                    subject, in code order; empty when the result is complete (and then not written)
 * @param explanation how the total was made
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SubjectResult(
        String subject,
        BigDecimal total,
        List<String> vetoes,
        List<String> failedGates,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> incomplete,
        Explanation explanation) {

    public SubjectResult {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(total, "total is null");
        vetoes = List.copyOf(vetoes);
        failedGates = List.copyOf(failedGates);
        incomplete = incomplete == null ? List.of() : List.copyOf(new TreeSet<>(incomplete));
        Objects.requireNonNull(explanation, "explanation is null");
    }

    /** A complete result: every indicator it read was measured. */
    public SubjectResult(String subject, BigDecimal total, List<String> vetoes, List<String> failedGates, Explanation explanation) {
        this(subject, total, vetoes, failedGates, List.of(), explanation);
    }

    /** Whether a veto struck. */
    public boolean vetoed() {
        return !vetoes.isEmpty();
    }

    /** Whether the subject passes every gate and no veto struck: it may be chosen for awards. */
    public boolean eligible() {
        return vetoes.isEmpty() && failedGates.isEmpty();
    }

    /** Whether every indicator the result read was measured: nothing in {@link #incomplete()}. */
    public boolean complete() {
        return incomplete.isEmpty();
    }
}

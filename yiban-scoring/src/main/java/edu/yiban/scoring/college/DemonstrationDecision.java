package edu.yiban.scoring.college;

import edu.yiban.core.i18n.Bilingual;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What the demonstration-centre rule (示范中心遴选) decided for one college, and why, in both languages,
 * ready for a publicity notice (公示).
 *
 * @param college the college's code
 * @param outcome what was decided
 * @param total   its total
 * @param reason  why, in both languages
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DemonstrationDecision(String college, Outcome outcome, BigDecimal total, Bilingual reason) {

    /** What was decided. */
    public enum Outcome {
        /** 入选: chosen as a demonstration centre. */
        CHOSEN,
        /** Qualified, but fully tied with others at the cut: choosing all would pass the maximum, so none is chosen. */
        TIED_AT_CUT,
        /** Qualified, but at least as many qualified colleges rank ahead as there are places (places a tie leaves empty are not passed down). */
        OUTRANKED,
        /** The total is below the threshold. */
        BELOW_THRESHOLD,
        /** A veto (一票否决) struck. */
        VETOED,
        /** An eligibility gate of the system failed. */
        INELIGIBLE
    }

    public DemonstrationDecision {
        Objects.requireNonNull(college, "college is null");
        Objects.requireNonNull(outcome, "outcome is null");
        Objects.requireNonNull(total, "total is null");
        Objects.requireNonNull(reason, "reason is null");
    }

    /** Whether the college was chosen. */
    public boolean chosen() {
        return outcome == Outcome.CHOSEN;
    }
}

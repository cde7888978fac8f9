package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** How an appeal was decided. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Verdict {
    /** 申诉成立: the inputs were corrected and the round recomputed. */
    UPHELD,
    /** 申诉不成立（维持原结果）: the result stands. */
    REJECTED;

    /** The verdict's name for people. */
    public Text label() {
        return ScoringMessages.BUNDLE.text("round.verdict." + name().toLowerCase(Locale.ROOT));
    }
}

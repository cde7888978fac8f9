package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** Where a round stands. See {@code docs/evaluation.md} for the transitions. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RoundState {
    /** 草拟: drafted, no results yet. */
    DRAFT,
    /** 已计算: results computed (or recomputed after an upheld appeal), not yet or no longer publicised. */
    COMPUTED,
    /** 公示中: the current results are publicised; appeals are taken within the window. */
    PUBLICISED,
    /** 已定稿: final and immutable; results are in the growth archives. */
    FINAL;

    /** The state's name for people. */
    public Text label() {
        return ScoringMessages.BUNDLE.text("round.state." + name().toLowerCase(Locale.ROOT));
    }
}

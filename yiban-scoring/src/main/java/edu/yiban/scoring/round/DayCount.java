package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.Locale;

/** How a publicity period's days are counted. */
public enum DayCount {
    /** 工作日: Monday to Friday, less the policy's holidays, plus its make-up working days (调休). */
    WORKING_DAYS,
    /** 自然日: every day. */
    CALENDAR_DAYS;

    /** The count's name for people, e.g. 个工作日 / working days. */
    public Text label() {
        return ScoringMessages.BUNDLE.text("round.days." + name().toLowerCase(Locale.ROOT));
    }
}

package edu.yiban.scoring.round;

import edu.yiban.core.i18n.Text;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** How a publicity period's days are counted. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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

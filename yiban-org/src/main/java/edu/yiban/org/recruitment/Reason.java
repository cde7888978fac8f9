package edu.yiban.org.recruitment;

import edu.yiban.core.i18n.Text;
import edu.yiban.org.internal.OrgMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** Why a recommended student was chosen, passed over, or left the station in a {@link Selection}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Reason {
    /** Chosen: one of the seats each college is sure of (保底名额), given even past the target. */
    FLOOR,
    /** Chosen: the colleges' turns, each taking its next student by rank (按推荐顺位轮流). */
    ROUND,
    /** Passed over: already holds the post on the station. */
    ON_STATION,
    /** Passed over, or leaves: no longer studying (graduated 毕业, withdrawn 退学, suspended 休学). */
    NOT_STUDYING,
    /** Passed over, or leaves: has served the most terms the preset allows (任期届满). */
    TERM_LIMIT,
    /** Passed over: the station reached its target, or the charter's most. */
    STATION_FULL,
    /** Passed over: the college holds the most seats the preset allows a college. */
    COLLEGE_FULL;

    /** The reason's short name for people, e.g. 保底名额 / sure seat. */
    public Text label() {
        return OrgMessages.BUNDLE.text("recruitment.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}

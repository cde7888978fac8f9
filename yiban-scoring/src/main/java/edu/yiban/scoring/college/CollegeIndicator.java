package edu.yiban.scoring.college;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The indicators of the colleges' YiBan construction evaluation (学院易班建设评价) that the library measures
 * itself, from the campus directory, the class network spaces (班级网络空间) and the organisation, for a
 * period {@code from .. to} (both days included). An indicator system names them by {@link #code()}; any
 * other indicator it declares takes its values from {@link ImportedMetric}s.
 *
 * <p>Every value is an exact fraction of two counts, rounded once, half-up, to {@value #SCALE} decimals; a
 * fraction with nothing to count (0/0) is 0. The measure's note shows the numerator and the denominator, so
 * that a college's staff can check it by hand. The students of a college are those studying (在读 or 复学)
 * on the period's last day in one of its classes; its classes are those classes; a class whose space is not
 * open counts with no members and no activity. The formulas, in {@code docs/evaluation.md}:
 *
 * <table>
 *   <caption>measured indicators</caption>
 *   <tr><th>code</th><th>value</th></tr>
 *   <tr><td>{@code registered-share}</td><td>students who were members of one of the college's class spaces
 *       on the last day ÷ students</td></tr>
 *   <tr><td>{@code verified-share}</td><td>members of the college's class spaces at the end of the period
 *       with a verified real name (实名认证) ÷ those members</td></tr>
 *   <tr><td>{@code weekly-active-share}</td><td>mean over the college's classes of the class's active
 *       member-weeks ÷ member-weeks (weeks × members)</td></tr>
 *   <tr><td>{@code sign-in-rate}</td><td>sign-ins to the activities of the college's class spaces starting in
 *       the period ÷ the sign-ins possible</td></tr>
 *   <tr><td>{@code posts-per-member}</td><td>posts and replies in the period ÷ members of the class spaces</td></tr>
 *   <tr><td>{@code sticky-share}</td><td>members active in at least the preset's share of the weeks ÷ members</td></tr>
 *   <tr><td>{@code charter-completeness}</td><td>the college's required organisation nodes and required
 *       posts that the charter finds filled on the last day ÷ those required</td></tr>
 *   <tr><td>{@code sub-station-per-100}</td><td>people holding posts in the college's sub-station on the last
 *       day × 100 ÷ students</td></tr>
 * </table>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CollegeIndicator {
    /** 注册覆盖率: students who are members of the college's class spaces, of its studying students. */
    REGISTERED_SHARE("registered-share", "class-spaces"),
    /** 实名认证率: members of the college's class spaces whose real name is verified. */
    VERIFIED_SHARE("verified-share", "class-spaces"),
    /** 周活跃率: the mean of the classes' active member-weeks over member-weeks. */
    WEEKLY_ACTIVE_SHARE("weekly-active-share", "class-spaces"),
    /** 活动签到率: sign-ins to the class spaces' activities out of the sign-ins possible. */
    SIGN_IN_RATE("sign-in-rate", "class-spaces"),
    /** 人均发帖回帖: posts and replies per member of the class spaces. */
    POSTS_PER_MEMBER("posts-per-member", "class-spaces"),
    /** 持续活跃率: members active in at least a share of the weeks. */
    STICKY_SHARE("sticky-share", "class-spaces"),
    /** 组织完备度: the college's required nodes and posts of the charter that are filled. */
    CHARTER_COMPLETENESS("charter-completeness", "organisation"),
    /** 分站规模: people holding posts in the college's sub-station per 100 studying students. */
    SUB_STATION_PER_100("sub-station-per-100", "organisation");

    /** The decimals every measured value keeps (half-up). */
    public static final int SCALE = 4;

    private final String code;
    private final String source;

    CollegeIndicator(String code, String source) {
        this.code = code;
        this.source = source;
    }

    /** The indicator's code in an indicator system, e.g. {@code registered-share}. */
    public String code() {
        return code;
    }

    /** Where its values come from: {@code class-spaces} or {@code organisation}; a measure's {@code source}. */
    public String source() {
        return source;
    }

    /** The measured indicator with {@code code}, if the library measures one. */
    public static Optional<CollegeIndicator> of(String code) {
        for (CollegeIndicator indicator : values()) {
            if (indicator.code.equals(code)) {
                return Optional.of(indicator);
            }
        }
        return Optional.empty();
    }
}

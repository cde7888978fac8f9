package edu.yiban.org.tree;

import edu.yiban.core.i18n.Text;
import edu.yiban.org.internal.OrgRules;
import org.apiguardian.api.API;

/**
 * A position in an organisation (职位): leader, deputy, member, director… An open vocabulary.
 *
 * @param code the position's code, e.g. {@code deputy-director}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Position(String code) implements Comparable<Position> {
    /** 组长. */
    public static final Position LEADER = new Position("leader");
    /** 副组长. */
    public static final Position DEPUTY_LEADER = new Position("deputy-leader");
    /** 成员. */
    public static final Position MEMBER = new Position("member");
    /** 主任. */
    public static final Position DIRECTOR = new Position("director");
    /** 副主任. Whether full-time (专职) or concurrent (兼任) is marked on the appointment. */
    public static final Position DEPUTY_DIRECTOR = new Position("deputy-director");
    /** 站长. */
    public static final Position STATION_HEAD = new Position("station-head");
    /** 副站长. */
    public static final Position DEPUTY_STATION_HEAD = new Position("deputy-station-head");
    /** 管理员: the teacher who administers a teacher-run group. */
    public static final Position ADMINISTRATOR = new Position("administrator");
    /** 指导教师: a supervising teacher. */
    public static final Position ADVISOR = new Position("advisor");

    public Position {
        OrgRules.check(code, "position", OrgRules.VOCABULARY, "vocabulary");
    }

    /** The position with {@code code}. */
    public static Position of(String code) {
        return new Position(code);
    }

    /** The name for people; codes the library does not know show as themselves. */
    public Text label() {
        return OrgRules.vocabulary("position", code);
    }

    @Override
    public int compareTo(Position other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

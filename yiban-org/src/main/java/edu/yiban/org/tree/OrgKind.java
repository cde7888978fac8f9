package edu.yiban.org.tree;

import edu.yiban.core.i18n.Text;
import edu.yiban.org.internal.OrgRules;
import org.apiguardian.api.API;

/**
 * The kind of an organisation node (组织类型). An open vocabulary: the constants are the kinds the seed names; a charter declares which kinds a campus has and their rules.
 *
 * @param code the kind's code, e.g. {@code work-station}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OrgKind(String code) implements Comparable<OrgKind> {
    /** 校易班建设领导小组: the school YiBan leading group. */
    public static final OrgKind SCHOOL_LEADING_GROUP = new OrgKind("school-leading-group");
    /** 易班发展中心: the YiBan development centre. */
    public static final OrgKind DEVELOPMENT_CENTRE = new OrgKind("development-centre");
    /** 易班学生工作站（工作总站）: the school student work station. */
    public static final OrgKind WORK_STATION = new OrgKind("work-station");
    /** 学院易班建设领导小组: a college YiBan leading group. */
    public static final OrgKind COLLEGE_LEADING_GROUP = new OrgKind("college-leading-group");
    /** 学院易班学生工作分站: a college student work sub-station. */
    public static final OrgKind SUB_STATION = new OrgKind("sub-station");
    /** 科研项目小组: a research project group run by a teacher. */
    public static final OrgKind RESEARCH_GROUP = new OrgKind("research-group");
    /** 学科竞赛小组: a subject competition group run by a teacher. */
    public static final OrgKind COMPETITION_GROUP = new OrgKind("competition-group");
    /** 专业兴趣小组: a special interest group run by a teacher. */
    public static final OrgKind INTEREST_GROUP = new OrgKind("interest-group");
    /** 教师个人易班组织: a teacher's own YiBan organisation. */
    public static final OrgKind TEACHER_ORGANISATION = new OrgKind("teacher-organisation");
    /** 琼台易班榜样坊: the role model workshop. */
    public static final OrgKind ROLE_MODEL_WORKSHOP = new OrgKind("role-model-workshop");
    /** 学生网络文化工作室: a student network culture studio. */
    public static final OrgKind CULTURE_STUDIO = new OrgKind("culture-studio");

    public OrgKind {
        OrgRules.check(code, "kind", OrgRules.VOCABULARY, "vocabulary");
    }

    /** The kind with {@code code}. */
    public static OrgKind of(String code) {
        return new OrgKind(code);
    }

    /** The name for people; codes the library does not know show as themselves. */
    public Text label() {
        return OrgRules.vocabulary("kind", code);
    }

    @Override
    public int compareTo(OrgKind other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

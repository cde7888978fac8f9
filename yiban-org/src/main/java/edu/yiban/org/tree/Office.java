package edu.yiban.org.tree;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.internal.OrgMessages;
import edu.yiban.org.internal.OrgRules;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An office (职务) a person holds on campus, which charters ask for: the party secretary, the school
 * leader in charge of student affairs, the head of a department, a college's party branch secretary…
 * An office is a title and the unit it is held in: empty for the whole school, a {@link Department}
 * code or a college code. Written {@code title@unit}, e.g. {@code head@student-affairs}.
 *
 * <pre>{@code
 * Office.head(Department.STUDENT_AFFAIRS)            // 党委学工部负责人
 * Office.leaderInCharge(Department.ACADEMIC_AFFAIRS) // 分管教务的校领导
 * Office.collegePartySecretary(CollegeId.of("EDU"))  // 教育学院党总支书记
 * }</pre>
 *
 * @param title the office's title code, e.g. {@code head}
 * @param unit  where it is held: empty for the whole school, else a department or college code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Office(String title, String unit) implements Comparable<Office> {
    /** 党委书记. */
    public static final String PARTY_SECRETARY = "party-secretary";
    /** 分管校领导: the school leader in charge of a department's area. */
    public static final String LEADER_IN_CHARGE = "leader-in-charge";
    /** 部门负责人: the head of a department. */
    public static final String HEAD = "head";
    /** 部门工作人员: a member of a department's staff. */
    public static final String STAFF = "staff";
    /** 学院党总支书记. */
    public static final String COLLEGE_PARTY_SECRETARY = "party-branch-secretary";
    /** 学院学工办主任. */
    public static final String STUDENT_AFFAIRS_DIRECTOR = "student-affairs-director";
    /** 学院团委书记. */
    public static final String LEAGUE_SECRETARY = "league-secretary";
    /** 院学生组织负责人: the head of a college student organisation. */
    public static final String STUDENT_ORG_HEAD = "student-org-head";
    /** 学生党员: a student party member (unit: the student's college). */
    public static final String PARTY_MEMBER = "party-member";

    /** Empty for the whole school, else a department or college code. */
    private static final Pattern UNIT = Pattern.compile("|" + OrgRules.CODE.pattern());
    private static final Comparator<Office> ORDER = Comparator.comparing(Office::title).thenComparing(Office::unit);

    public Office {
        OrgRules.check(title, "office", OrgRules.VOCABULARY, "vocabulary");
        OrgRules.check(unit, "unit", UNIT, "unit");
    }

    /** 党委书记: the school's party committee secretary. */
    public static Office partySecretary() {
        return new Office(PARTY_SECRETARY, "");
    }

    /** The school leader in charge of {@code area} (分管…的校领导). */
    public static Office leaderInCharge(Department area) {
        return new Office(LEADER_IN_CHARGE, area.code());
    }

    /** The head of {@code department} (部门负责人). */
    public static Office head(Department department) {
        return new Office(HEAD, department.code());
    }

    /** A member of {@code department}'s staff. */
    public static Office staff(Department department) {
        return new Office(STAFF, department.code());
    }

    /** The party branch secretary of {@code college} (党总支书记). */
    public static Office collegePartySecretary(CollegeId college) {
        return new Office(COLLEGE_PARTY_SECRETARY, college.value());
    }

    /** The director of {@code college}'s student affairs office (学工办主任). */
    public static Office studentAffairsDirector(CollegeId college) {
        return new Office(STUDENT_AFFAIRS_DIRECTOR, college.value());
    }

    /** The youth league secretary of {@code college} (团委书记). */
    public static Office leagueSecretary(CollegeId college) {
        return new Office(LEAGUE_SECRETARY, college.value());
    }

    /** The head of a student organisation of {@code college} (院学生组织负责人). */
    public static Office studentOrgHead(CollegeId college) {
        return new Office(STUDENT_ORG_HEAD, college.value());
    }

    /** A student party member of {@code college} (学生党员). */
    public static Office partyMember(CollegeId college) {
        return new Office(PARTY_MEMBER, college.value());
    }

    /** Parses {@code title@unit} or {@code title}. */
    public static Office parse(String text) {
        int at = text == null ? -1 : text.indexOf('@');
        return at < 0 ? new Office(text, "") : new Office(text.substring(0, at), text.substring(at + 1));
    }

    /** The office's name for people, e.g. 党委学工部负责人 / head of student affairs. */
    public Text label() {
        Text titleLabel = OrgRules.vocabulary("office", title);
        return unit.isEmpty()
                ? titleLabel
                : OrgMessages.BUNDLE.text("office.in-unit", OrgRules.vocabulary("department", unit), titleLabel);
    }

    @Override
    public int compareTo(Office other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return unit.isEmpty() ? title : title + "@" + unit;
    }
}

package edu.yiban.org.tree;

import edu.yiban.core.i18n.Text;
import edu.yiban.org.internal.OrgRules;
import org.apiguardian.api.API;

/**
 * A school-level department or office (部门), in which people hold offices. An open vocabulary: the constants are the seven the seed names in the leading group.
 *
 * @param code the department's code, e.g. {@code student-affairs}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Department(String code) implements Comparable<Department> {
    /** 宣传统战部: publicity and united front department. */
    public static final Department PUBLICITY = new Department("publicity");
    /** 党委学工部: student affairs department. */
    public static final Department STUDENT_AFFAIRS = new Department("student-affairs");
    /** 教务处: academic affairs office. */
    public static final Department ACADEMIC_AFFAIRS = new Department("academic-affairs");
    /** 财务处: finance office. */
    public static final Department FINANCE = new Department("finance");
    /** 后勤基建处: logistics and construction office. */
    public static final Department LOGISTICS = new Department("logistics");
    /** 校团委: the youth league committee. */
    public static final Department YOUTH_LEAGUE = new Department("youth-league");
    /** 网络与教育技术中心: network and educational technology centre. */
    public static final Department NETWORK_CENTRE = new Department("network-centre");

    public Department {
        OrgRules.check(code, "department", OrgRules.VOCABULARY, "vocabulary");
    }

    /** The department with {@code code}. */
    public static Department of(String code) {
        return new Department(code);
    }

    /** The name for people; codes the library does not know show as themselves. */
    public Text label() {
        return OrgRules.vocabulary("department", code);
    }

    @Override
    public int compareTo(Department other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

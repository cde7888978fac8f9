package edu.yiban.core.directory;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** A role a person holds on campus. One person may hold several (a teacher who is also a counsellor). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Role {
    /** 学生. Given by enrolment ({@link CampusDirectory#enrol}), never granted directly. */
    STUDENT,
    /** 教师: a teacher. */
    TEACHER,
    /** 辅导员: a counsellor, who looks after classes. */
    COUNSELLOR,
    /** 职工: a member of staff of a department or college. */
    STAFF,
    /** 校领导: a school leader. */
    SCHOOL_LEADER,
    /** 部门负责人: the head of a department or office. */
    DEPARTMENT_HEAD,
    /** 家长: a parent or guardian of a student. */
    PARENT;

    /** The role's name for people, e.g. 辅导员 / counsellor. */
    public Text label() {
        return CoreMessages.BUNDLE.text("role." + name().toLowerCase(Locale.ROOT));
    }

    /** Whether the role works for the campus (every role but student and parent). */
    public boolean isStaff() {
        return this != STUDENT && this != PARENT;
    }
}

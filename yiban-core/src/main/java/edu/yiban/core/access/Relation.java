package edu.yiban.core.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How an actor stands to the subject of a command, as the campus directory and the spaces say. A policy grant may
 * require one of them: "a counsellor, into the archives of students in their classes" is role {@code counsellor}
 * with relation {@link #COUNSELLOR}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Relation {
    /** 本人: the subject is the actor: their own student record, their own person. */
    SELF,
    /** 家长: a parent linked to the student. */
    PARENT,
    /** 辅导员: the counsellor of the subject's class (the student's class, the class, the class's space). */
    COUNSELLOR,
    /** 本班学生: a student of the subject's class (the class itself, its space). */
    CLASS_MEMBER,
    /** 本学院: staff of the subject's college. */
    COLLEGE,
    /** 学校: school leaders, and staff of the school's departments (staff with no college). */
    SCHOOL,
    /** 空间成员: a member of the space. */
    SPACE_MEMBER,
    /** 空间管理员: an administrator of the space. */
    SPACE_ADMIN;

    /** The relation's code in a policy file, e.g. {@code space-member}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The relation with {@code code}, if there is one. */
    public static Optional<Relation> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}

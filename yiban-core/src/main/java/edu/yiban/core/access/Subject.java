package edu.yiban.core.access;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.space.SpaceId;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a command is about: the whole campus, a college, a class, a student, a person or a space. The actor's
 * {@link Relation}s are taken to it.
 *
 * @param kind what kind of thing it is
 * @param id   its identifier ({@code campus} for the campus)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Subject(Kind kind, String id) {
    private static final Subject CAMPUS = new Subject(Kind.CAMPUS, "campus");

    /** The kinds of subject. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public enum Kind {
        /** 全校. */
        CAMPUS,
        /** 学院. */
        COLLEGE,
        /** 班级. */
        CLASS,
        /** 学生. */
        STUDENT,
        /** 人员. */
        PERSON,
        /** 空间. */
        SPACE
    }

    public Subject {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(id, "id is null");
    }

    /** The whole campus: the organisation, the budget, the plan, school-wide rounds, the colleges and terms. */
    public static Subject campus() {
        return CAMPUS;
    }

    /** A college, its classes, majors and rounds. */
    public static Subject college(CollegeId college) {
        return new Subject(Kind.COLLEGE, college.toString());
    }

    /** An administrative class. */
    public static Subject adminClass(ClassId adminClass) {
        return new Subject(Kind.CLASS, adminClass.toString());
    }

    /** A student: their archive, their status, their results. */
    public static Subject student(StudentNo student) {
        return new Subject(Kind.STUDENT, student.toString());
    }

    /** A person of the directory. */
    public static Subject person(PersonId person) {
        return new Subject(Kind.PERSON, person.toString());
    }

    /** A space. */
    public static Subject space(SpaceId space) {
        return new Subject(Kind.SPACE, space.toString());
    }

    /** The subject as people read it, e.g. 学生 2022030117 / student 2022030117. */
    public Text label() {
        String key = "subject." + kind.name().toLowerCase(Locale.ROOT);
        return kind == Kind.CAMPUS ? CoreMessages.BUNDLE.text(key) : CoreMessages.BUNDLE.text(key, id);
    }

    @Override
    public String toString() {
        return kind == Kind.CAMPUS ? "campus" : kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}

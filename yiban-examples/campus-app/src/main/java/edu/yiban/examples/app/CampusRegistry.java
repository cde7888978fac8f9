package edu.yiban.examples.app;

import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Puts the campus into the directory (校园名录): one college, its major, the autumn term, two classes with
 * their counsellor (辅导员), five students and one parent (家长). This is what a campus app does once, when
 * it first connects YiBan Kit to the registrar's data.
 *
 * <pre>{@code
 * CampusRegistry registry = injector.getInstance(CampusRegistry.class);
 * if (!registry.isRegistered()) {
 *     registry.register();
 * }
 * }</pre>
 */
public final class CampusRegistry {
    /** The college: 教育学院. */
    public static final CollegeId COLLEGE = CollegeId.of("EDU");
    /** The term the app records and evaluates: autumn 2022. */
    public static final TermId TERM = TermId.parse("2022-2023-1");
    /** 2022级小学教育1班. */
    public static final ClassId CLASS_1 = ClassId.of("EDU2201");
    /** 2022级小学教育2班. */
    public static final ClassId CLASS_2 = ClassId.of("EDU2202");
    /** The counsellor of both classes, 王老师. */
    public static final PersonId COUNSELLOR = PersonId.of("T1001");
    /** The student whose result and archive the app shows, 李明. */
    public static final StudentNo LI_MING = StudentNo.of("2022010101");
    /** 李明's campus identity: his 学号, as {@link Enrolment#of} makes it. */
    public static final PersonId LI_MING_PERSON = PersonId.of("2022010101");
    /** 李明's father, who follows his growth archive. */
    public static final PersonId PARENT = PersonId.of("P0001");

    static final LocalDate ENROLMENT_DAY = LocalDate.of(2022, 9, 1);
    private static final MajorId MAJOR = MajorId.of("EDU-PRI");

    private final CampusDirectory campus;

    /** A registry over the runtime's directory. */
    @Inject
    public CampusRegistry(CampusDirectory campus) {
        this.campus = campus;
    }

    /** Whether the campus is in the directory already (the app was run on this store before). */
    public boolean isRegistered() {
        return campus.college(COLLEGE).isPresent();
    }

    /** Registers the college, term, classes, counsellor, students and parent; every step is one ledger record. */
    public void register() {
        campus.addCollege(new College(COLLEGE, "教育学院", Optional.of("School of Education")));
        campus.addMajor(new Major(MAJOR, COLLEGE, "小学教育"));
        campus.declareTerm(new Term(TERM, ENROLMENT_DAY, LocalDate.of(2023, 1, 15)));
        campus.addClass(new AdminClass(CLASS_1, "2022级小学教育1班", COLLEGE, MAJOR, Cohort.of(2022)));
        campus.addClass(new AdminClass(CLASS_2, "2022级小学教育2班", COLLEGE, MAJOR, Cohort.of(2022)));

        campus.register(new Person(COUNSELLOR, "王老师", EnumSet.of(Role.COUNSELLOR, Role.TEACHER),
                Optional.of(StaffNo.of("T1001")), Optional.of(COLLEGE)));
        campus.assignCounsellor(CLASS_1, COUNSELLOR, ENROLMENT_DAY);
        campus.assignCounsellor(CLASS_2, COUNSELLOR, ENROLMENT_DAY);

        // the whole intake in one atomic batch: a bad row refuses all of it
        campus.enrolAll(List.of(
                Enrolment.of(LI_MING, "李明", CLASS_1, ENROLMENT_DAY),
                Enrolment.of(StudentNo.of("2022010102"), "王芳", CLASS_1, ENROLMENT_DAY),
                Enrolment.of(StudentNo.of("2022010103"), "张伟", CLASS_1, ENROLMENT_DAY),
                Enrolment.of(StudentNo.of("2022010201"), "刘洋", CLASS_2, ENROLMENT_DAY),
                Enrolment.of(StudentNo.of("2022010202"), "陈静", CLASS_2, ENROLMENT_DAY)));

        campus.register(new Person(PARENT, "李建国", EnumSet.of(Role.PARENT), Optional.empty(), Optional.empty()));
        campus.linkParent(PARENT, LI_MING);
    }

    /** The students of the campus, by 学号. */
    public List<StudentNo> students() {
        return campus.students().stream().map(s -> s.studentNo()).toList();
    }

    /** The campus identity of {@code student} (the person who logs in and reads their own archive). */
    public PersonId personOf(StudentNo student) {
        return campus.student(student).orElseThrow().person();
    }

    /** The name of {@code student} as the directory holds it. */
    public String nameOf(StudentNo student) {
        return campus.student(student).orElseThrow().name();
    }

    /** The name of a person the directory knows. */
    public String nameOf(PersonId person) {
        return campus.person(person).orElseThrow().name();
    }
}

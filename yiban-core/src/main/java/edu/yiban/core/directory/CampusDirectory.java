package edu.yiban.core.directory;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The campus directory (校园名录): colleges, majors, terms, administrative classes, people and their
 * roles, students from enrolment to graduation, counsellors, class cadres and parents. It is a projection
 * of the {@code directory} ledger stream: every change is a record, so its history is kept and verifiable.
 *
 * <p>Every change is checked first; a refused change writes nothing and says why, naming the field, in
 * Chinese and English ({@link edu.yiban.core.error.InvalidInputException}, {@link edu.yiban.core.error.NotFoundException},
 * {@link edu.yiban.core.error.ConflictException}).
 *
 * <pre>{@code
 * CampusDirectory campus = core.directory();
 * campus.addCollege(new College(CollegeId.of("EDU"), "教育学院"));
 * campus.addMajor(new Major(MajorId.of("EDU-PRI"), CollegeId.of("EDU"), "小学教育"));
 * campus.addClass(new AdminClass(ClassId.of("EDU2201"), "2022级小学教育1班", CollegeId.of("EDU"), MajorId.of("EDU-PRI"), Cohort.of(2022)));
 * campus.enrol(Enrolment.of(StudentNo.of("2022010101"), "李明", ClassId.of("EDU2201"), LocalDate.of(2022, 9, 1)));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CampusDirectory {

    /** Adds a college; its code must be new. */
    void addCollege(College college);

    /** Adds a major to an existing college; its code must be new. */
    void addMajor(Major major);

    /** Declares a term's dates; the term must be new and overlap no other. */
    void declareTerm(Term term);

    /** Adds an administrative class of an existing college and one of its majors. */
    void addClass(AdminClass adminClass);

    /** Registers a person who is not a student (staff, leaders, parents); students come through {@link #enrol}. */
    void register(Person person);

    /** Gives a registered person one more role from {@code date} (not {@link Role#STUDENT}). */
    void grantRole(PersonId person, Role role, LocalDate date);

    /** Takes a role from a person from {@code date}. */
    void revokeRole(PersonId person, Role role, LocalDate date);

    /** Enrols a student: {@link StudentStatus#STUDYING} in their class from the enrolment day. */
    Student enrol(Enrolment enrolment);

    /** Enrols many students at once: all of them, or none when any is refused (the error names its row). */
    List<Student> enrolAll(List<Enrolment> enrolments);

    /** Changes a student's status (休学, 复学, 退学, 毕业) as {@link StudentStatus} allows. */
    Student changeStatus(StudentNo student, StatusChange change);

    /** Moves a studying student to another class from {@code date} (转班, 转专业). */
    Student transfer(StudentNo student, ClassId to, LocalDate date);

    /** Makes a person holding {@link Role#COUNSELLOR} the counsellor of a class from {@code date}. */
    void assignCounsellor(ClassId classId, PersonId counsellor, LocalDate date);

    /** Gives a studying student of the class a cadre post that nobody in the class holds. */
    void appointCadre(ClassId classId, CadrePost post, StudentNo student, LocalDate date);

    /** Ends the holding of a cadre post in a class from {@code date}. */
    void relieveCadre(ClassId classId, CadrePost post, LocalDate date);

    /** Links a registered parent (holding {@link Role#PARENT}) to a student. */
    void linkParent(PersonId parent, StudentNo student);

    /** Every college, by code. */
    List<College> colleges();

    /** The college with {@code id}. */
    Optional<College> college(CollegeId id);

    /** Every major, by code. */
    List<Major> majors();

    /** The major with {@code id}. */
    Optional<Major> major(MajorId id);

    /** Every declared term, in order. */
    List<Term> terms();

    /** The declared term {@code id}. */
    Optional<Term> term(TermId id);

    /** The declared term {@code date} falls in. */
    Optional<Term> termOn(LocalDate date);

    /** Every administrative class, by code. */
    List<AdminClass> classes();

    /** The classes of {@code college}, by code. */
    List<AdminClass> classesOf(CollegeId college);

    /** The class {@code id}. */
    Optional<AdminClass> adminClass(ClassId id);

    /** The person {@code id}. */
    Optional<Person> person(PersonId id);

    /** Every person, by identity. */
    List<Person> people();

    /** The student with 学号 {@code student}. */
    Optional<Student> student(StudentNo student);

    /** The student record of a person, if they are a student. */
    Optional<Student> studentOf(PersonId person);

    /** Every student, by 学号. */
    List<Student> students();

    /** The students currently placed in {@code classId} (whatever their status), by 学号. */
    List<Student> studentsOf(ClassId classId);

    /** The counsellor of {@code classId}. */
    Optional<PersonId> counsellorOf(ClassId classId);

    /** The cadres of {@code classId}, by post. */
    List<Cadre> cadresOf(ClassId classId);

    /** The parents linked to {@code student}. */
    Set<PersonId> parentsOf(StudentNo student);

    /**
     * Every relation {@code viewer} has to {@code student}, always including {@link Audience#PUBLIC}:
     * {@code STUDENT} (the student themself), {@code PARENT} (a linked parent), {@code COUNSELLOR} (the
     * counsellor of the student's current class), {@code COLLEGE} (staff working in the student's college),
     * {@code SCHOOL} (a school leader, or staff or a department head of a school-level department).
     */
    Set<Audience> relations(Viewer viewer, StudentNo student);

    /** The version of the directory's stream. */
    long version();
}

package edu.yiban.core;

import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.Cadre;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
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

/**
 * A campus directory that hands every call to another; a race test overrides the read after which a
 * writer thread is to change the campus, and runs the writer there.
 */
public class DelegatingDirectory implements CampusDirectory {
    private final CampusDirectory directory;

    public DelegatingDirectory(CampusDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<AdminClass> classes() {
        return directory.classes();
    }

    @Override
    public List<Student> students() {
        return directory.students();
    }

    @Override
    public void addCollege(College college) {
        directory.addCollege(college);
    }

    @Override
    public void addMajor(Major major) {
        directory.addMajor(major);
    }

    @Override
    public void declareTerm(Term term) {
        directory.declareTerm(term);
    }

    @Override
    public void addClass(AdminClass adminClass) {
        directory.addClass(adminClass);
    }

    @Override
    public void register(Person person) {
        directory.register(person);
    }

    @Override
    public void grantRole(PersonId person, Role role, LocalDate date) {
        directory.grantRole(person, role, date);
    }

    @Override
    public void revokeRole(PersonId person, Role role, LocalDate date) {
        directory.revokeRole(person, role, date);
    }

    @Override
    public Student enrol(Enrolment enrolment) {
        return directory.enrol(enrolment);
    }

    @Override
    public List<Student> enrolAll(List<Enrolment> enrolments) {
        return directory.enrolAll(enrolments);
    }

    @Override
    public Student changeStatus(StudentNo student, StatusChange change) {
        return directory.changeStatus(student, change);
    }

    @Override
    public Student transfer(StudentNo student, ClassId to, LocalDate date) {
        return directory.transfer(student, to, date);
    }

    @Override
    public void assignCounsellor(ClassId classId, PersonId counsellor, LocalDate date) {
        directory.assignCounsellor(classId, counsellor, date);
    }

    @Override
    public void appointCadre(ClassId classId, CadrePost post, StudentNo student, LocalDate date) {
        directory.appointCadre(classId, post, student, date);
    }

    @Override
    public void relieveCadre(ClassId classId, CadrePost post, LocalDate date) {
        directory.relieveCadre(classId, post, date);
    }

    @Override
    public void linkParent(PersonId parent, StudentNo student) {
        directory.linkParent(parent, student);
    }

    @Override
    public List<College> colleges() {
        return directory.colleges();
    }

    @Override
    public Optional<College> college(CollegeId id) {
        return directory.college(id);
    }

    @Override
    public List<Major> majors() {
        return directory.majors();
    }

    @Override
    public Optional<Major> major(MajorId id) {
        return directory.major(id);
    }

    @Override
    public List<Term> terms() {
        return directory.terms();
    }

    @Override
    public Optional<Term> term(TermId id) {
        return directory.term(id);
    }

    @Override
    public Optional<Term> termOn(LocalDate date) {
        return directory.termOn(date);
    }

    @Override
    public List<AdminClass> classesOf(CollegeId college) {
        return directory.classesOf(college);
    }

    @Override
    public Optional<AdminClass> adminClass(ClassId id) {
        return directory.adminClass(id);
    }

    @Override
    public Optional<Person> person(PersonId id) {
        return directory.person(id);
    }

    @Override
    public List<Person> people() {
        return directory.people();
    }

    @Override
    public Optional<Student> student(StudentNo student) {
        return directory.student(student);
    }

    @Override
    public Optional<Student> studentOf(PersonId person) {
        return directory.studentOf(person);
    }

    @Override
    public List<Student> studentsOf(ClassId classId) {
        return directory.studentsOf(classId);
    }

    @Override
    public Optional<PersonId> counsellorOf(ClassId classId) {
        return directory.counsellorOf(classId);
    }

    @Override
    public List<Cadre> cadresOf(ClassId classId) {
        return directory.cadresOf(classId);
    }

    @Override
    public Set<PersonId> parentsOf(StudentNo student) {
        return directory.parentsOf(student);
    }

    @Override
    public Set<Audience> relations(Viewer viewer, StudentNo student) {
        return directory.relations(viewer, student);
    }

    @Override
    public long version() {
        return directory.version();
    }
}

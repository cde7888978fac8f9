package edu.yiban.core.internal.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.error.YibanException;
import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Relation;
import edu.yiban.core.access.Subject;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.internal.access.AccessGate;
import edu.yiban.core.directory.Cadre;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Placement;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.ProjectionLock;
import edu.yiban.core.internal.directory.DirectoryEvent.CadreAppointed;
import edu.yiban.core.internal.directory.DirectoryEvent.CadreRelieved;
import edu.yiban.core.internal.directory.DirectoryEvent.ClassAdded;
import edu.yiban.core.internal.directory.DirectoryEvent.CollegeAdded;
import edu.yiban.core.internal.directory.DirectoryEvent.CounsellorAssigned;
import edu.yiban.core.internal.directory.DirectoryEvent.MajorAdded;
import edu.yiban.core.internal.directory.DirectoryEvent.ParentLinked;
import edu.yiban.core.internal.directory.DirectoryEvent.PersonRegistered;
import edu.yiban.core.internal.directory.DirectoryEvent.RoleGranted;
import edu.yiban.core.internal.directory.DirectoryEvent.RoleRevoked;
import edu.yiban.core.internal.directory.DirectoryEvent.StatusChanged;
import edu.yiban.core.internal.directory.DirectoryEvent.StudentEnrolled;
import edu.yiban.core.internal.directory.DirectoryEvent.StudentTransferred;
import edu.yiban.core.internal.directory.DirectoryEvent.TermDeclared;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.append.RecordCodec;
import org.jspecify.annotations.Nullable;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.validation.YibanValidator;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apiguardian.api.API;

import static edu.yiban.core.internal.CoreMessages.BUNDLE;

/** The campus directory as a projection of the {@code directory} stream. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DirectoryService implements CampusDirectory {
    /** The directory's stream. */
    public static final StreamId STREAM = StreamId.of("directory");

    private final ProjectionLock lock;
    private final YibanValidator validator;
    private final ProjectedStream<DirectoryEvent> stream;
    private final RecordCodec<DirectoryEvent> codec;

    private final Map<CollegeId, College> colleges = new TreeMap<>();
    private final Map<MajorId, Major> majors = new TreeMap<>();
    private final Map<TermId, Term> terms = new TreeMap<>();
    private final Map<ClassId, AdminClass> classes = new TreeMap<>();
    private final Map<PersonId, Person> people = new TreeMap<>();
    private final Map<StaffNo, PersonId> staffNumbers = new HashMap<>();
    private final Map<StudentNo, Student> students = new TreeMap<>();
    private final Map<PersonId, StudentNo> studentByPerson = new HashMap<>();
    private final Map<ClassId, Set<StudentNo>> members = new HashMap<>();
    private final Map<ClassId, PersonId> counsellors = new HashMap<>();
    private final Map<ClassId, Map<CadrePost, Cadre>> cadres = new HashMap<>();
    private final Map<StudentNo, Set<PersonId>> parents = new HashMap<>();

    public DirectoryService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator) {
        this(ledger, mapper, validator, new AccessGate(AccessPolicy.seed()));
    }

    /** The directory, which puts every record to {@code access} and tells it people's roles and relations. */
    public DirectoryService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, AccessGate access) {
        this.validator = validator;
        this.codec = DirectoryEvent.codec(mapper, (stream, event) -> admit(access, event));
        this.stream = new ProjectedStream<>(ledger, STREAM, codec, this::apply);
        access.roles(person -> read(() -> Optional.ofNullable(people.get(person)).map(Person::roles).orElse(Set.of())));
        for (Subject.Kind kind : List.of(Subject.Kind.CAMPUS, Subject.Kind.COLLEGE, Subject.Kind.CLASS, Subject.Kind.STUDENT,
                Subject.Kind.PERSON)) {
            access.relations(kind, (person, subject) -> read(() -> relationsTo(person, subject)));
        }
        this.lock = ProjectionLock.following(ledger, Set.of(STREAM.kind()), Follower.of(stream));
        stream.catchUp();
    }

    // ---------------------------------------------------------------- writes

    @Override
    public void addCollege(College college) {
        write(() -> {
            validator.check(college);
            if (colleges.containsKey(college.id())) {
                throw conflict("college.exists", college.id());
            }
            return List.of(new CollegeAdded(college));
        });
    }

    @Override
    public void addMajor(Major major) {
        write(() -> {
            validator.check(major);
            requireCollege(major.college());
            if (majors.containsKey(major.id())) {
                throw conflict("major.exists", major.id());
            }
            return List.of(new MajorAdded(major));
        });
    }

    @Override
    public void declareTerm(Term term) {
        write(() -> {
            validator.check(term);
            if (term.end().isBefore(term.start())) {
                throw InvalidInputException.of("end", BUNDLE.text("term.order", term.id().toString(), term.start(), term.end()));
            }
            int startYear = term.id().year().startYear();
            if (term.start().getYear() < startYear || term.start().getYear() > startYear + 1) {
                throw InvalidInputException.of("start", BUNDLE.text("term.year", term.id().toString(), term.start()));
            }
            if (terms.containsKey(term.id())) {
                throw conflict("term.exists", term.id());
            }
            for (Term other : terms.values()) {
                if (other.overlaps(term.start(), term.end())) {
                    throw conflict("term.overlap", term.id(), other.id());
                }
            }
            return List.of(new TermDeclared(term));
        });
    }

    @Override
    public void addClass(AdminClass adminClass) {
        write(() -> {
            validator.check(adminClass);
            requireCollege(adminClass.college());
            Major major = requireMajor(adminClass.major());
            if (!major.college().equals(adminClass.college())) {
                throw conflict("class.major", adminClass.id(), major.id(), major.college(), adminClass.college());
            }
            if (classes.containsKey(adminClass.id())) {
                throw conflict("class.exists", adminClass.id());
            }
            return List.of(new ClassAdded(adminClass));
        });
    }

    @Override
    public void register(Person person) {
        write(() -> {
            validator.check(person);
            if (person.roles().contains(Role.STUDENT)) {
                throw InvalidInputException.of("roles", BUNDLE.text("person.student-role"));
            }
            if (people.containsKey(person.id())) {
                throw conflict("person.exists", person.id());
            }
            person.staffNo().ifPresent(no -> {
                if (staffNumbers.containsKey(no)) {
                    throw conflict("person.staff-no", no, staffNumbers.get(no));
                }
            });
            person.college().ifPresent(this::requireCollege);
            return List.of(new PersonRegistered(person));
        });
    }

    @Override
    public void grantRole(PersonId personId, Role role, LocalDate date) {
        write(() -> {
            Person person = requirePerson(personId);
            requireDate(date);
            if (role == Role.STUDENT) {
                throw InvalidInputException.of("role", BUNDLE.text("person.student-role"));
            }
            if (person.has(role)) {
                throw conflict("role.held", personId, role.label());
            }
            return List.of(new RoleGranted(personId, role, date));
        });
    }

    @Override
    public void revokeRole(PersonId personId, Role role, LocalDate date) {
        write(() -> {
            Person person = requirePerson(personId);
            requireDate(date);
            if (!person.has(role) || role == Role.STUDENT) {
                throw conflict("role.not-held", personId, role.label());
            }
            if (person.roles().size() == 1) {
                throw conflict("role.last", personId, role.label());
            }
            return List.of(new RoleRevoked(personId, role, date));
        });
    }

    @Override
    public Student enrol(Enrolment enrolment) {
        write(() -> {
            validator.check(enrolment);
            return List.of(decideEnrolment(enrolment, Set.of(), Set.of()));
        });
        return student(enrolment.studentNo()).orElseThrow();
    }

    @Override
    public List<Student> enrolAll(List<Enrolment> enrolments) {
        write(() -> {
            validator.checkAll("enrolments", enrolments);
            List<DirectoryEvent> events = new ArrayList<>(enrolments.size());
            List<Violation> refused = new ArrayList<>();
            Set<StudentNo> batchNumbers = new HashSet<>();
            Set<PersonId> batchPeople = new HashSet<>();
            for (int i = 0; i < enrolments.size(); i++) {
                Enrolment e = enrolments.get(i);
                try {
                    events.add(decideEnrolment(e, batchNumbers, batchPeople));
                    batchNumbers.add(e.studentNo());
                    batchPeople.add(e.person());
                } catch (YibanException refusal) {
                    refused.add(Violation.of("enrolments[" + i + "]", refusal.text()));
                }
            }
            if (!refused.isEmpty()) {
                throw new InvalidInputException(refused);
            }
            return events;
        });
        return lock.read(() -> enrolments.stream().map(e -> students.get(e.studentNo())).toList());
    }

    private DirectoryEvent decideEnrolment(Enrolment e, Set<StudentNo> batchNumbers, Set<PersonId> batchPeople) {
        if (students.containsKey(e.studentNo()) || batchNumbers.contains(e.studentNo())) {
            throw conflict("student.exists", e.studentNo());
        }
        if (studentByPerson.containsKey(e.person()) || batchPeople.contains(e.person())) {
            throw conflict("person.student", e.person());
        }
        requireClass(e.classId());
        return new StudentEnrolled(e);
    }

    @Override
    public Student changeStatus(StudentNo studentNo, StatusChange change) {
        write(() -> {
            Student student = requireStudent(studentNo);
            validator.check(change);
            StudentStatus now = student.status();
            if (!now.next().contains(change.status())) {
                throw conflict("student.status.transition", studentNo, now.label(), change.status().label());
            }
            LocalDate last = student.statuses().get(student.statuses().size() - 1).date();
            if (change.date().isBefore(last)) {
                throw conflict("student.status.date", studentNo, change.date(), last);
            }
            return List.of(new StatusChanged(studentNo, change));
        });
        return student(studentNo).orElseThrow();
    }

    @Override
    public Student transfer(StudentNo studentNo, ClassId to, LocalDate date) {
        write(() -> {
            Student student = requireStudent(studentNo);
            requireClass(to);
            requireDate(date);
            if (!student.status().isStudying()) {
                throw conflict("student.not-studying", studentNo, student.status().label());
            }
            if (student.classId().equals(to)) {
                throw conflict("student.same-class", studentNo, to);
            }
            LocalDate last = student.placements().get(student.placements().size() - 1).from();
            if (date.isBefore(last)) {
                throw conflict("student.transfer.date", studentNo, date, last);
            }
            return List.of(new StudentTransferred(studentNo, to, date));
        });
        return student(studentNo).orElseThrow();
    }

    @Override
    public void assignCounsellor(ClassId classId, PersonId counsellor, LocalDate date) {
        write(() -> {
            requireClass(classId);
            requireDate(date);
            Person person = requirePerson(counsellor);
            if (!person.has(Role.COUNSELLOR)) {
                throw conflict("counsellor.role", counsellor);
            }
            return List.of(new CounsellorAssigned(classId, counsellor, date));
        });
    }

    @Override
    public void appointCadre(ClassId classId, CadrePost post, StudentNo studentNo, LocalDate date) {
        write(() -> {
            requireClass(classId);
            requireDate(date);
            if (post == null) {
                throw InvalidInputException.of("post", BUNDLE.text("check.required", BUNDLE.text("field.post")));
            }
            Student student = requireStudent(studentNo);
            if (!student.classId().equals(classId) || !student.status().isStudying()) {
                throw conflict("cadre.member", studentNo, classId);
            }
            Cadre holder = cadres.getOrDefault(classId, Map.of()).get(post);
            if (holder != null) {
                throw conflict("cadre.held", classId, post.label(), holder.student());
            }
            return List.of(new CadreAppointed(classId, post, studentNo, date));
        });
    }

    @Override
    public void relieveCadre(ClassId classId, CadrePost post, LocalDate date) {
        write(() -> {
            requireClass(classId);
            requireDate(date);
            if (post == null || !cadres.getOrDefault(classId, Map.of()).containsKey(post)) {
                throw conflict("cadre.vacant", classId, post == null ? "" : post.label());
            }
            return List.of(new CadreRelieved(classId, post, date));
        });
    }

    @Override
    public void linkParent(PersonId parent, StudentNo studentNo) {
        write(() -> {
            Person person = requirePerson(parent);
            requireStudent(studentNo);
            if (!person.has(Role.PARENT)) {
                throw conflict("parent.role", parent);
            }
            if (parents.getOrDefault(studentNo, Set.of()).contains(parent)) {
                throw conflict("parent.linked", parent, studentNo);
            }
            return List.of(new ParentLinked(parent, studentNo));
        });
    }

    private void write(Supplier<List<DirectoryEvent>> decide) {
        lock.write(() -> stream.write(decide));
    }

    // ---------------------------------------------------------------- access

    /**
     * Which records of the directory's stream concern {@code studentNo}: their enrolment, status changes, transfers,
     * cadre posts and parents, and the registration and roles of their person (for an audit).
     */
    public Predicate<StoredRecord> recordsAbout(StudentNo studentNo) {
        Optional<PersonId> person = Optional.ofNullable(read(() -> studentByNumber(studentNo))); // once, not once a record
        return record -> concerns(codec.decode(record), studentNo, person);
    }

    private static boolean concerns(DirectoryEvent event, StudentNo studentNo, Optional<PersonId> person) {
        if (event instanceof StudentEnrolled e) {
            return e.enrolment().studentNo().equals(studentNo);
        }
        if (event instanceof StatusChanged e) {
            return e.student().equals(studentNo);
        }
        if (event instanceof StudentTransferred e) {
            return e.student().equals(studentNo);
        }
        if (event instanceof CadreAppointed e) {
            return e.student().equals(studentNo);
        }
        if (event instanceof ParentLinked e) {
            return e.student().equals(studentNo);
        }
        if (event instanceof PersonRegistered e) {
            return person.isPresent() && e.person().id().equals(person.get());
        }
        if (event instanceof RoleGranted e) {
            return person.isPresent() && e.person().equals(person.get());
        }
        if (event instanceof RoleRevoked e) {
            return person.isPresent() && e.person().equals(person.get());
        }
        return false;
    }

    private @Nullable PersonId studentByNumber(StudentNo studentNo) {
        Student student = students.get(studentNo);
        return student == null ? null : student.person();
    }

    /** Puts {@code event} to the policy: each directory record is one action on one subject. */
    private static void admit(AccessGate access, DirectoryEvent event) {
        if (event instanceof CollegeAdded || event instanceof TermDeclared) {
            access.check(Action.DIRECTORY_STRUCTURE, Subject.campus());
        } else if (event instanceof MajorAdded e) {
            access.check(Action.DIRECTORY_STRUCTURE, Subject.college(e.major().college()));
        } else if (event instanceof ClassAdded e) {
            access.check(Action.DIRECTORY_STRUCTURE, Subject.college(e.adminClass().college()));
        } else if (event instanceof PersonRegistered e) {
            access.check(Action.DIRECTORY_PEOPLE, e.person().college().map(Subject::college).orElse(Subject.campus()));
        } else if (event instanceof RoleGranted e) {
            access.check(Action.DIRECTORY_PEOPLE, Subject.person(e.person()));
        } else if (event instanceof RoleRevoked e) {
            access.check(Action.DIRECTORY_PEOPLE, Subject.person(e.person()));
        } else if (event instanceof StudentEnrolled e) {
            access.check(Action.DIRECTORY_ENROLMENT, Subject.adminClass(e.enrolment().classId()));
        } else if (event instanceof StatusChanged e) {
            access.check(Action.DIRECTORY_ENROLMENT, Subject.student(e.student()));
        } else if (event instanceof StudentTransferred e) {
            access.check(Action.DIRECTORY_ENROLMENT, Subject.student(e.student()));
            access.check(Action.DIRECTORY_ENROLMENT, Subject.adminClass(e.to()));
        } else if (event instanceof CounsellorAssigned e) {
            access.check(Action.DIRECTORY_COUNSELLOR, Subject.adminClass(e.classId()));
        } else if (event instanceof CadreAppointed e) {
            access.check(Action.DIRECTORY_CADRE, Subject.adminClass(e.classId()));
        } else if (event instanceof CadreRelieved e) {
            access.check(Action.DIRECTORY_CADRE, Subject.adminClass(e.classId()));
        } else if (event instanceof ParentLinked e) {
            access.check(Action.DIRECTORY_PARENT, Subject.student(e.student()));
        } else {
            throw new IllegalStateException("no access rule for directory record " + event); // fails closed
        }
    }

    /**
     * How {@code personId} stands to {@code subject}: as the student themself, a linked parent, the class's counsellor, a
     * student of the class, staff of the subject's college, or school-level staff (leaders, and staff with no college).
     */
    private Set<Relation> relationsTo(PersonId personId, Subject subject) {
        Person person = people.get(personId);
        if (person == null) {
            return Set.of();
        }
        EnumSet<Relation> relations = EnumSet.noneOf(Relation.class);
        boolean schoolDepartment = person.college().isEmpty() && (person.has(Role.STAFF) || person.has(Role.DEPARTMENT_HEAD));
        if (person.has(Role.SCHOOL_LEADER) || schoolDepartment) {
            relations.add(Relation.SCHOOL);
        }
        boolean staff = person.roles().stream().anyMatch(Role::isStaff);
        Optional<CollegeId> college = Optional.empty();
        switch (subject.kind()) {
            case COLLEGE -> college = Optional.of(CollegeId.of(subject.id()));
            case CLASS -> {
                ClassId classId = ClassId.of(subject.id());
                college = Optional.ofNullable(classes.get(classId)).map(AdminClass::college);
                classRelations(personId, classId, relations);
            }
            case STUDENT -> {
                Student student = students.get(StudentNo.of(subject.id()));
                if (student != null) {
                    if (student.person().equals(personId)) {
                        relations.add(Relation.SELF);
                    }
                    if (parents.getOrDefault(student.studentNo(), Set.of()).contains(personId)) {
                        relations.add(Relation.PARENT);
                    }
                    classRelations(personId, student.classId(), relations);
                    college = Optional.ofNullable(classes.get(student.classId())).map(AdminClass::college);
                }
            }
            case PERSON -> {
                PersonId other = PersonId.of(subject.id());
                if (other.equals(personId)) {
                    relations.add(Relation.SELF);
                }
                college = Optional.ofNullable(people.get(other)).flatMap(Person::college);
            }
            default -> {
            }
        }
        if (staff && college.isPresent() && person.college().equals(college)) {
            relations.add(Relation.COLLEGE);
        }
        return relations;
    }

    private void classRelations(PersonId personId, ClassId classId, Set<Relation> relations) {
        if (personId.equals(counsellors.get(classId))) {
            relations.add(Relation.COUNSELLOR);
        }
        StudentNo own = studentByPerson.get(personId);
        if (own != null && members.getOrDefault(classId, Set.of()).contains(own)) {
            relations.add(Relation.CLASS_MEMBER);
        }
    }

    // ---------------------------------------------------------------- the projection

    private void apply(StoredRecord stored, DirectoryEvent event) {
        if (event instanceof CollegeAdded e) {
            colleges.put(e.college().id(), e.college());
        } else if (event instanceof MajorAdded e) {
            majors.put(e.major().id(), e.major());
        } else if (event instanceof TermDeclared e) {
            terms.put(e.term().id(), e.term());
        } else if (event instanceof ClassAdded e) {
            classes.put(e.adminClass().id(), e.adminClass());
        } else if (event instanceof PersonRegistered e) {
            people.put(e.person().id(), e.person());
            e.person().staffNo().ifPresent(no -> staffNumbers.put(no, e.person().id()));
        } else if (event instanceof RoleGranted e) {
            updateRoles(e.person(), roles -> roles.add(e.role()));
        } else if (event instanceof RoleRevoked e) {
            updateRoles(e.person(), roles -> roles.remove(e.role()));
        } else if (event instanceof StudentEnrolled e) {
            applyEnrolment(e.enrolment());
        } else if (event instanceof StatusChanged e) {
            students.computeIfPresent(e.student(), (no, s) -> s.with(e.change()));
        } else if (event instanceof StudentTransferred e) {
            Student before = Objects.requireNonNull(students.get(e.student()), "a transfer names an enrolled student");
            members.getOrDefault(before.classId(), new TreeSet<>()).remove(e.student());
            dropCadrePosts(before.classId(), e.student());
            students.put(e.student(), before.with(new Placement(e.to(), e.date())));
            members.computeIfAbsent(e.to(), c -> new TreeSet<>()).add(e.student());
        } else if (event instanceof CounsellorAssigned e) {
            counsellors.put(e.classId(), e.counsellor());
        } else if (event instanceof CadreAppointed e) {
            cadres.computeIfAbsent(e.classId(), c -> new TreeMap<>())
                    .put(e.post(), new Cadre(e.classId(), e.post(), e.student(), e.date()));
        } else if (event instanceof CadreRelieved e) {
            cadres.getOrDefault(e.classId(), new TreeMap<>()).remove(e.post());
        } else if (event instanceof ParentLinked e) {
            parents.computeIfAbsent(e.student(), s -> new TreeSet<>()).add(e.parent());
        } else {
            throw new IllegalStateException("unhandled directory record " + event);
        }
    }

    private void applyEnrolment(Enrolment en) {
        if (people.containsKey(en.person())) {
            updateRoles(en.person(), roles -> roles.add(Role.STUDENT));
        } else {
            people.put(en.person(), new Person(en.person(), en.name(), EnumSet.of(Role.STUDENT), Optional.empty(), Optional.empty()));
        }
        students.put(en.studentNo(), new Student(en.person(), en.studentNo(), en.name(),
                List.of(new Placement(en.classId(), en.date())),
                List.of(new StatusChange(StudentStatus.STUDYING, en.date(), ""))));
        studentByPerson.put(en.person(), en.studentNo());
        members.computeIfAbsent(en.classId(), c -> new TreeSet<>()).add(en.studentNo());
    }

    private void updateRoles(PersonId id, Consumer<Set<Role>> change) {
        Person person = Objects.requireNonNull(people.get(id), "a role change names a registered person");
        Set<Role> roles = EnumSet.copyOf(person.roles());
        change.accept(roles);
        people.put(id, person.withRoles(roles));
    }

    private void dropCadrePosts(ClassId classId, StudentNo student) {
        Map<CadrePost, Cadre> posts = cadres.get(classId);
        if (posts != null) {
            posts.values().removeIf(c -> c.student().equals(student));
        }
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<College> colleges() {
        return read(() -> List.copyOf(colleges.values()));
    }

    @Override
    public Optional<College> college(CollegeId id) {
        return read(() -> Optional.ofNullable(colleges.get(id)));
    }

    @Override
    public List<Major> majors() {
        return read(() -> List.copyOf(majors.values()));
    }

    @Override
    public Optional<Major> major(MajorId id) {
        return read(() -> Optional.ofNullable(majors.get(id)));
    }

    @Override
    public List<Term> terms() {
        return read(() -> List.copyOf(terms.values()));
    }

    @Override
    public Optional<Term> term(TermId id) {
        return read(() -> Optional.ofNullable(terms.get(id)));
    }

    @Override
    public Optional<Term> termOn(LocalDate date) {
        return read(() -> terms.values().stream().filter(t -> t.contains(date)).findFirst());
    }

    @Override
    public List<AdminClass> classes() {
        return read(() -> List.copyOf(classes.values()));
    }

    @Override
    public List<AdminClass> classesOf(CollegeId college) {
        return read(() -> classes.values().stream().filter(c -> c.college().equals(college)).toList());
    }

    @Override
    public Optional<AdminClass> adminClass(ClassId id) {
        return read(() -> Optional.ofNullable(classes.get(id)));
    }

    @Override
    public Optional<Person> person(PersonId id) {
        return read(() -> Optional.ofNullable(people.get(id)));
    }

    @Override
    public List<Person> people() {
        return read(() -> List.copyOf(people.values()));
    }

    @Override
    public Optional<Student> student(StudentNo student) {
        return read(() -> Optional.ofNullable(students.get(student)));
    }

    @Override
    public Optional<Student> studentOf(PersonId person) {
        return read(() -> Optional.ofNullable(studentByPerson.get(person)).map(students::get));
    }

    @Override
    public List<Student> students() {
        return read(() -> List.copyOf(students.values()));
    }

    @Override
    public List<Student> studentsOf(ClassId classId) {
        return read(() -> members.getOrDefault(classId, Set.of()).stream().map(students::get).toList());
    }

    @Override
    public Optional<PersonId> counsellorOf(ClassId classId) {
        return read(() -> Optional.ofNullable(counsellors.get(classId)));
    }

    @Override
    public List<Cadre> cadresOf(ClassId classId) {
        return read(() -> List.copyOf(cadres.getOrDefault(classId, Map.of()).values()));
    }

    @Override
    public Set<PersonId> parentsOf(StudentNo student) {
        return read(() -> Collections.unmodifiableSet(new TreeSet<>(parents.getOrDefault(student, Set.of()))));
    }

    @Override
    public Set<Audience> relations(Viewer viewer, StudentNo studentNo) {
        return read(() -> {
            EnumSet<Audience> relations = EnumSet.of(Audience.PUBLIC);
            Student student = students.get(studentNo);
            Person person = viewer.person().map(people::get).orElse(null);
            if (student == null || person == null) {
                return Collections.unmodifiableSet(relations);
            }
            if (student.person().equals(person.id())) {
                relations.add(Audience.STUDENT);
            }
            if (person.has(Role.PARENT) && parents.getOrDefault(studentNo, Set.of()).contains(person.id())) {
                relations.add(Audience.PARENT);
            }
            if (person.has(Role.COUNSELLOR) && person.id().equals(counsellors.get(student.classId()))) {
                relations.add(Audience.COUNSELLOR);
            }
            boolean staff = person.roles().stream().anyMatch(Role::isStaff);
            CollegeId college = Objects.requireNonNull(classes.get(student.classId()), "a student's class is registered").college();
            if (staff && person.college().filter(college::equals).isPresent()) {
                relations.add(Audience.COLLEGE);
            }
            boolean schoolDepartment = person.college().isEmpty()
                    && (person.has(Role.STAFF) || person.has(Role.DEPARTMENT_HEAD));
            if (person.has(Role.SCHOOL_LEADER) || schoolDepartment) {
                relations.add(Audience.SCHOOL);
            }
            return Collections.unmodifiableSet(relations);
        });
    }

    @Override
    public long version() {
        return read(stream::version);
    }

    private <T> T read(Supplier<T> query) {
        return lock.read(query);
    }

    // ---------------------------------------------------------------- checks

    private College requireCollege(CollegeId id) {
        College c = id == null ? null : colleges.get(id);
        if (c == null) {
            throw notFound("college.unknown", id);
        }
        return c;
    }

    private Major requireMajor(MajorId id) {
        Major m = id == null ? null : majors.get(id);
        if (m == null) {
            throw notFound("major.unknown", id);
        }
        return m;
    }

    private AdminClass requireClass(ClassId id) {
        AdminClass c = id == null ? null : classes.get(id);
        if (c == null) {
            throw notFound("class.unknown", id);
        }
        return c;
    }

    private Person requirePerson(PersonId id) {
        Person p = id == null ? null : people.get(id);
        if (p == null) {
            throw notFound("person.unknown", id);
        }
        return p;
    }

    private Student requireStudent(StudentNo no) {
        Student s = no == null ? null : students.get(no);
        if (s == null) {
            throw notFound("student.unknown", no);
        }
        return s;
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw InvalidInputException.of("date", BUNDLE.text("check.required", BUNDLE.text("field.date")));
        }
    }

    private static ConflictException conflict(String key, Object... args) {
        return new ConflictException(BUNDLE.text(key, strings(args)));
    }

    private static NotFoundException notFound(String key, Object id) {
        return new NotFoundException(BUNDLE.text(key, String.valueOf(id)));
    }

    /** Identifiers and dates as plain text (a number-like 学号 must not be grouped as 2,022,030,117). */
    private static Object[] strings(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof Text ? args[i] : String.valueOf(args[i]);
        }
        return out;
    }
}

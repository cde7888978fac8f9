package edu.yiban.core.access;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.EDU;
import static edu.yiban.core.fixtures.Campus.EDU2201;
import static edu.yiban.core.fixtures.Campus.LEADER;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.MATH;
import static edu.yiban.core.fixtures.Campus.MATH2201;
import static edu.yiban.core.fixtures.Campus.PARENT;
import static edu.yiban.core.fixtures.Campus.PRIMARY;
import static edu.yiban.core.fixtures.Campus.SCHOOL_STAFF;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.TEACHER;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.space.Notice;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Space;
import edu.yiban.core.visibility.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The seed policy, enforced: over random campuses (who counsels the maths class, which role the teacher also holds,
 * who belongs to the class space), random actors (the app, each campus system, people in person or through a system)
 * and random commands of every module of the core, a command succeeds exactly when the policy allows it. The
 * expected answer comes from this test's own model of the campus — roles, classes, counsellors, parents, space
 * members — and the grants of {@link AccessPolicy#seed()}, not from the runtime's lookups. A refused command writes
 * nothing, and every record in the ledger names its actor, the one that wrote it.
 */
class PolicyProperties {
    private static final PersonId MATH_COUNSELLOR = PersonId.of("T2002");
    private static final PersonId EDU_STAFF = PersonId.of("E3001");
    private static final PersonId DEPARTMENT_HEAD = PersonId.of("D3001");
    private static final PersonId LI_MING_PERSON = PersonId.of(LI_MING.value());
    private static final PersonId ZHAO_LEI_PERSON = PersonId.of(ZHAO_LEI.value());
    private static final AccessPolicy SEED = AccessPolicy.seed();

    /** What varies between campuses. */
    record Twist(boolean mathCounselled, Optional<Role> teacherAlso, boolean liMingInSpace) {
    }

    /** A command: what the policy is asked, and what running it does. */
    record Command(String name, Action action, List<Subject> subjects, List<Optional<Category>> categories,
                   Optional<PersonId> doer, boolean domainAllows, Consumer<YibanCore> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Provide
    Arbitrary<Twist> twists() {
        return Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.of(Optional.<Role>empty(), Optional.of(Role.COUNSELLOR), Optional.of(Role.STAFF)),
                Arbitraries.of(true, false)).as(Twist::new);
    }

    @Provide
    Arbitrary<Actor> actors() {
        List<PersonId> people = List.of(COUNSELLOR, TEACHER, MATH_COUNSELLOR, EDU_STAFF, SCHOOL_STAFF, DEPARTMENT_HEAD, LEADER, PARENT,
                LI_MING_PERSON, ZHAO_LEI_PERSON, PersonId.of("X9999"));
        List<SourceSystem> systems = List.of(SourceSystem.ACADEMIC_AFFAIRS, SourceSystem.YOUTH_LEAGUE, SourceSystem.STUDENT_AFFAIRS,
                SourceSystem.YIBAN, SourceSystem.MANUAL);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Actor.app())),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(systems).map(Actor::system)),
                net.jqwik.api.Tuple.of(6, Arbitraries.of(people).map(Actor::of)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(people), Arbitraries.of(systems)).as((p, s) -> Actor.of(p).via(s))));
    }

    @Provide
    Arbitrary<Integer> commands() {
        return Arbitraries.integers().between(0, COMMANDS - 1);
    }

    /** One command of a run: who does it, which command, and its choices. */
    record Step(Actor actor, int command, Category category, StudentNo student) {
    }

    @Provide
    Arbitrary<List<Step>> runs() {
        return Combinators.combine(actors(), commands(), categories(), studentsOfTheCampus()).as(Step::new).list().ofSize(8);
    }

    @Property(tries = 400)
    void aCommandSucceedsExactlyWhenThePolicyAllowsIt(@ForAll("twists") Twist twist, @ForAll("runs") List<Step> run) {
        try (YibanCore core = Campus.open()) {
            EntryRef award = setUp(core, twist);
            for (Step step : run) {
                Model model = model(core, award);
                Actor actor = step.actor();
                Command command = command(step.command(), model, actor, step.category(), step.student());
                boolean policyAllows = model.allows(actor, command);
                boolean allowed = policyAllows && command.domainAllows();
                Statistics.label("decision").collect(!command.domainAllows() ? "invalid" : policyAllows ? "allowed" : "refused");
                Statistics.label("action").collect(command.action().code());
                long before = core.ledger().streams().stream().mapToLong(core.ledger()::version).sum();

                try (Acting acting = core.access().acting(actor)) {
                    if (allowed) {
                        command.run().accept(core);
                    } else if (!command.domainAllows()) {
                        // refused for what it asks (an unknown recorder, a second link): by its module's rules or the policy
                        assertThatThrownBy(() -> command.run().accept(core)).as(command + " by " + actor)
                                .isInstanceOf(edu.yiban.core.error.YibanException.class);
                    } else {
                        assertThatThrownBy(() -> command.run().accept(core)).as(command + " by " + actor)
                                .isInstanceOf(AccessDeniedException.class)
                                .satisfies(e -> assertThat(((AccessDeniedException) e).request().actor()).isEqualTo(actor));
                    }
                }

                long after = core.ledger().streams().stream().mapToLong(core.ledger()::version).sum();
                if (!allowed) {
                    assertThat(after).as("a refused command writes nothing: " + command + " by " + actor).isEqualTo(before);
                } else if (command.action() != Action.SPACE_READ) {
                    List<StoredRecord> all = new ArrayList<>();
                    core.ledger().replayAll(0, all::add);
                    assertThat(after).as("an allowed command writes: " + command + " by " + actor).isGreaterThan(before);
                    assertThat(all.subList(all.size() - (int) (after - before), all.size()))
                            .allSatisfy(r -> assertThat(RecordCodec.actorOf(r)).contains(actor));
                }
            }
            List<StoredRecord> all = new ArrayList<>();
            core.ledger().replayAll(0, all::add);
            assertThat(all).allSatisfy(r -> assertThat(RecordCodec.actorOf(r)).as(r.stream() + "#" + r.sequence()).isPresent());
        }
    }

    @Provide
    Arbitrary<Category> categories() {
        return Arbitraries.of(Category.ACADEMIC, Category.AWARD, Category.VOLUNTEER, Category.ACTIVITY, Category.DISCIPLINE,
                Category.POST, Category.EVALUATION);
    }

    @Provide
    Arbitrary<StudentNo> studentsOfTheCampus() {
        return Arbitraries.of(LI_MING, WANG_FANG, ZHAO_LEI);
    }

    // ------------------------------------------------------------------------------------------ the campus

    /** The campus as this test knows it, apart from the runtime. */
    static final class Model {
        final Map<PersonId, Set<Role>> roles = new HashMap<>();
        final Map<PersonId, CollegeId> colleges = new HashMap<>();
        final Map<StudentNo, ClassId> classes = new HashMap<>();
        final Map<ClassId, CollegeId> classColleges = new HashMap<>();
        final Map<ClassId, PersonId> counsellors = new HashMap<>();
        final Map<StudentNo, Set<PersonId>> parents = new HashMap<>();
        final Set<PersonId> spaceMembers = new HashSet<>();
        final Set<PersonId> spaceAdmins = new HashSet<>();
        EntryRef liMingsAward;
        boolean awardEnded;
        boolean newStudentEnrolled;
        boolean newClassAdded;
        boolean newTeacherRegistered;
        boolean mathSpaceOpen;
        final Set<ClassId> monitors = new HashSet<>();
        final Map<StudentNo, StudentStatus> statuses = new HashMap<>();

        boolean allows(Actor actor, Command command) {
            if (actor.person().isPresent() && command.doer().isPresent() && !command.doer().equals(actor.person())) {
                return false; // a person acts only in their own name
            }
            for (int i = 0; i < command.subjects().size(); i++) { // each subject the command is about must be allowed
                Subject subject = command.subjects().get(i);
                Set<Role> held = actor.person().map(p -> roles.getOrDefault(p, Set.of())).orElse(Set.of());
                Set<Relation> relations = actor.person().map(p -> relations(p, subject)).orElse(Set.of());
                AccessRequest request = AccessRequest.of(actor, command.action(), subject, command.categories().get(i), held, relations);
                if (SEED.grants().stream().noneMatch(g -> g.allows(request))) {
                    return false;
                }
            }
            return true;
        }

        Set<Relation> relations(PersonId person, Subject subject) {
            Set<Role> held = roles.get(person);
            if (held == null) {
                return Set.of();
            }
            EnumSet<Relation> out = EnumSet.noneOf(Relation.class);
            Optional<CollegeId> own = Optional.ofNullable(colleges.get(person));
            boolean staff = held.stream().anyMatch(Role::isStaff);
            if (held.contains(Role.SCHOOL_LEADER) || (own.isEmpty() && (held.contains(Role.STAFF) || held.contains(Role.DEPARTMENT_HEAD)))) {
                out.add(Relation.SCHOOL);
            }
            Optional<CollegeId> college = Optional.empty();
            ClassId classId = null;
            switch (subject.kind()) {
                case COLLEGE -> college = Optional.of(CollegeId.of(subject.id()));
                case CLASS -> classId = ClassId.of(subject.id());
                case STUDENT -> {
                    StudentNo no = StudentNo.of(subject.id());
                    classId = classes.get(no);
                    if (person.value().equals(no.value())) {
                        out.add(Relation.SELF);
                    }
                    if (parents.getOrDefault(no, Set.of()).contains(person)) {
                        out.add(Relation.PARENT);
                    }
                }
                case SPACE -> {
                    classId = EDU2201; // the one space of these commands
                    if (spaceMembers.contains(person)) {
                        out.add(Relation.SPACE_MEMBER);
                    }
                    if (spaceAdmins.contains(person)) {
                        out.add(Relation.SPACE_ADMIN);
                    }
                }
                case PERSON -> {
                    if (person.value().equals(subject.id())) {
                        out.add(Relation.SELF);
                    }
                    college = Optional.ofNullable(colleges.get(PersonId.of(subject.id())));
                }
                default -> {
                }
            }
            if (classId != null) {
                college = Optional.ofNullable(classColleges.get(classId));
                if (person.equals(counsellors.get(classId))) {
                    out.add(Relation.COUNSELLOR);
                }
                if (classId.equals(classes.get(StudentNo.of(person.value())))) {
                    out.add(Relation.CLASS_MEMBER);
                }
            }
            if (staff && college.isPresent() && own.equals(college)) {
                out.add(Relation.COLLEGE);
            }
            return out;
        }
    }

    /** The campus of {@link Campus#fill} with the twist, written by the app; gives Li Ming's award. */
    private static EntryRef setUp(YibanCore core, Twist twist) {
        var d = core.directory();
        d.register(new Person(MATH_COUNSELLOR, "钱老师", EnumSet.of(Role.COUNSELLOR), Optional.of(StaffNo.of("T2002")), Optional.of(MATH)));
        d.register(new Person(EDU_STAFF, "冯老师", EnumSet.of(Role.STAFF), Optional.of(StaffNo.of("E3001")), Optional.of(EDU)));
        d.register(new Person(DEPARTMENT_HEAD, "许处长", EnumSet.of(Role.DEPARTMENT_HEAD), Optional.of(StaffNo.of("D3001")), Optional.empty()));
        LocalDate day = LocalDate.of(2022, 9, 2);
        if (twist.mathCounselled()) {
            d.assignCounsellor(MATH2201, MATH_COUNSELLOR, day);
        }
        twist.teacherAlso().ifPresent(role -> d.grantRole(TEACHER, role, day));
        Space space = core.spaces().openForClass(EDU2201);
        if (twist.liMingInSpace()) {
            space.join(LI_MING_PERSON);
        }
        return core.archives().of(LI_MING).record(entry(Category.AWARD, COUNSELLOR));
    }

    /** The campus as it stands, read by the app: the test's model, apart from the runtime's lookups. */
    private static Model model(YibanCore core, EntryRef award) {
        Model m = new Model();
        var d = core.directory();
        Space space = core.spaces().ofClass(EDU2201);
        m.liMingsAward = award;
        m.awardEnded = core.archives().of(LI_MING).history(edu.yiban.core.visibility.Viewer.anonymous()).stream()
                .anyMatch(r -> r.ref().equals(award) && r.endedBy().isPresent());
        m.awardEnded |= !core.archives().of(LI_MING).revocations(edu.yiban.core.visibility.Viewer.anonymous()).isEmpty();
        d.students().forEach(s -> m.statuses.put(s.studentNo(), s.status()));
        m.newStudentEnrolled = d.student(StudentNo.of("2022029999")).isPresent();
        m.newClassAdded = d.adminClass(ClassId.of("EDU2202")).isPresent();
        m.newTeacherRegistered = d.person(PersonId.of("T2999")).isPresent();
        m.mathSpaceOpen = core.spaces().find(edu.yiban.core.space.SpaceId.ofClass(MATH2201)).isPresent();
        d.classes().forEach(c -> d.cadresOf(c.id()).forEach(cadre -> m.monitors.add(c.id())));
        for (Person p : d.people()) {
            m.roles.put(p.id(), Set.copyOf(p.roles()));
            p.college().ifPresent(c -> m.colleges.put(p.id(), c));
        }
        d.students().forEach(s -> m.classes.put(s.studentNo(), s.classId()));
        d.classes().forEach(c -> m.classColleges.put(c.id(), c.college()));
        d.classes().forEach(c -> d.counsellorOf(c.id()).ifPresent(k -> m.counsellors.put(c.id(), k)));
        d.students().forEach(s -> m.parents.put(s.studentNo(), d.parentsOf(s.studentNo())));
        space.members().forEach(member -> {
            m.spaceMembers.add(member.person());
            if (member.admin()) {
                m.spaceAdmins.add(member.person());
            }
        });
        return m;
    }

    private static ArchiveEntry entry(Category category, PersonId by) {
        return ArchiveEntry.builder().date(LocalDate.of(2022, 10, 1)).term(T2022_1).category(category)
                .points(Dimension.MORAL, Points.of("1")).title("条目").source(SourceSystem.MANUAL).recordedBy(by)
                .visibility(Visibility.PUBLIC).build();
    }

    // ------------------------------------------------------------------------------------------ the commands

    private static final int COMMANDS = 17;

    private static Command command(int which, Model m, Actor actor, Category category, StudentNo student) {
        PersonId doer = actor.person().orElse(COUNSELLOR);
        boolean doerKnown = m.roles.containsKey(doer);
        Subject ofStudent = Subject.student(student);
        LocalDate day = LocalDate.of(2022, 10, 8);
        Optional<Category> none = Optional.empty();
        return switch (which) {
            case 0 -> new Command("record " + category.code() + " for " + student, Action.ARCHIVE_RECORD, List.of(ofStudent),
                    List.of(Optional.of(category)), Optional.of(doer), doerKnown,
                    core -> core.archives().of(student).record(entry(category, doer)));
            case 1 -> new Command("revoke Li Ming's award", Action.ARCHIVE_REVOKE, List.of(Subject.student(LI_MING)),
                    List.of(Optional.of(Category.AWARD)), Optional.of(doer), doerKnown && !m.awardEnded,
                    core -> core.archives().of(LI_MING).revoke(m.liMingsAward, "录入有误", doer));
            case 2 -> new Command("correct Li Ming's award into " + category.code(), Action.ARCHIVE_CORRECT,
                    List.of(Subject.student(LI_MING), Subject.student(LI_MING)), List.of(Optional.of(Category.AWARD), Optional.of(category)),
                    Optional.of(doer), doerKnown && !m.awardEnded,
                    core -> core.archives().of(LI_MING).correct(m.liMingsAward, entry(category, doer), "类别有误"));
            case 3 -> new Command("enrol a student into MATH2201", Action.DIRECTORY_ENROLMENT, List.of(Subject.adminClass(MATH2201)),
                    List.of(none), Optional.empty(), !m.newStudentEnrolled,
                    core -> core.directory().enrol(Enrolment.of(StudentNo.of("2022029999"), "新同学", MATH2201, day)));
            case 4 -> new Command("suspend " + student, Action.DIRECTORY_ENROLMENT, List.of(ofStudent), List.of(none), Optional.empty(),
                    m.statuses.get(student).next().contains(StudentStatus.SUSPENDED),
                    core -> core.directory().changeStatus(student, new StatusChange(StudentStatus.SUSPENDED, day, "病休")));
            case 5 -> {
                ClassId to = m.classes.get(student).equals(EDU2201) ? MATH2201 : EDU2201;
                yield new Command("transfer " + student + " to " + to, Action.DIRECTORY_ENROLMENT,
                        List.of(ofStudent, Subject.adminClass(to)), List.of(none, none), Optional.empty(), m.statuses.get(student).isStudying(),
                        core -> core.directory().transfer(student, to, day));
            }
            case 6 -> new Command("assign T2002 to MATH2201", Action.DIRECTORY_COUNSELLOR, List.of(Subject.adminClass(MATH2201)),
                    List.of(none), Optional.empty(), true, core -> core.directory().assignCounsellor(MATH2201, MATH_COUNSELLOR, day));
            case 7 -> {
                ClassId own = m.classes.get(student);
                yield new Command("appoint " + student + " monitor of " + own, Action.DIRECTORY_CADRE, List.of(Subject.adminClass(own)),
                        List.of(none), Optional.empty(), !m.monitors.contains(own) && m.statuses.get(student).isStudying(), core -> core.directory().appointCadre(own, CadrePost.MONITOR, student, day));
            }
            case 8 -> new Command("link the parent to " + student, Action.DIRECTORY_PARENT, List.of(ofStudent), List.of(none),
                    Optional.empty(), !m.parents.getOrDefault(student, Set.of()).contains(PARENT),
                    core -> core.directory().linkParent(PARENT, student));
            case 9 -> new Command("add a class to EDU", Action.DIRECTORY_STRUCTURE, List.of(Subject.college(EDU)), List.of(none),
                    Optional.empty(), !m.newClassAdded,
                    core -> core.directory().addClass(new AdminClass(ClassId.of("EDU2202"), "2022级小学教育2班", EDU, PRIMARY, Cohort.of(2022))));
            case 10 -> new Command("register a teacher of MATH", Action.DIRECTORY_PEOPLE, List.of(Subject.college(MATH)), List.of(none),
                    Optional.empty(), !m.newTeacherRegistered,
                    core -> core.directory().register(new Person(PersonId.of("T2999"), "新老师", EnumSet.of(Role.TEACHER),
                            Optional.empty(), Optional.of(MATH))));
            case 11 -> new Command("make the teacher a parent", Action.DIRECTORY_PEOPLE, List.of(Subject.person(TEACHER)), List.of(none),
                    Optional.empty(), !m.roles.get(TEACHER).contains(Role.PARENT), core -> core.directory().grantRole(TEACHER, Role.PARENT, day));
            case 12 -> new Command("open MATH2201's space", Action.SPACE_OPEN, List.of(Subject.adminClass(MATH2201)), List.of(none),
                    Optional.empty(), !m.mathSpaceOpen, core -> core.spaces().openForClass(MATH2201));
            case 13 -> new Command("post in EDU2201's space", Action.SPACE_POST, List.of(Subject.space(edu2201())), List.of(none),
                    Optional.of(postAuthor(actor)), m.spaceMembers.contains(postAuthor(actor)),
                    core -> core.spaces().ofClass(EDU2201).post(postAuthor(actor), Post.of("周五班会")));
            case 14 -> new Command("read EDU2201's posts", Action.SPACE_READ, List.of(Subject.space(edu2201())), List.of(none),
                    Optional.empty(), true, core -> core.spaces().ofClass(EDU2201).posts());
            case 15 -> new Command("publish a notice in EDU2201's space", Action.SPACE_MODERATE, List.of(Subject.space(edu2201())),
                    List.of(none), Optional.of(postAuthor(actor)), m.spaceAdmins.contains(postAuthor(actor)),
                    core -> core.spaces().ofClass(EDU2201).publishNotice(postAuthor(actor), new Notice("通知", "周五班会")));
            case 16 -> new Command("join EDU2201's space", Action.SPACE_JOIN, List.of(Subject.space(edu2201())), List.of(none),
                    Optional.of(doer), doerKnown && !m.spaceMembers.contains(doer),
                    core -> core.spaces().ofClass(EDU2201).join(doer));
            default -> throw new IllegalArgumentException("no command " + which);
        };
    }

    private static edu.yiban.core.space.SpaceId edu2201() {
        return edu.yiban.core.space.SpaceId.ofClass(EDU2201);
    }

    /** Who posts: the acting person; for a system or the app, the counsellor (a member, the space's administrator). */
    private static PersonId postAuthor(Actor actor) {
        return actor.person().orElse(COUNSELLOR);
    }
}

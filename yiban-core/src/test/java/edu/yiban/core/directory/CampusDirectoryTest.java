package edu.yiban.core.directory;

import static edu.yiban.core.fixtures.Campus.COUNSELLOR;
import static edu.yiban.core.fixtures.Campus.EDU;
import static edu.yiban.core.fixtures.Campus.EDU2201;
import static edu.yiban.core.fixtures.Campus.LEADER;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.MATH2201;
import static edu.yiban.core.fixtures.Campus.MATH_TEACHER;
import static edu.yiban.core.fixtures.Campus.PARENT;
import static edu.yiban.core.fixtures.Campus.SCHOOL_STAFF;
import static edu.yiban.core.fixtures.Campus.TEACHER;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.YibanCore;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Viewer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CampusDirectoryTest {
    private final YibanCore core = Campus.open();
    private final CampusDirectory campus = core.directory();

    @Test
    void anEnrolledStudentIsStudyingInTheirClassFromTheEnrolmentDay() {
        Student li = campus.student(LI_MING).orElseThrow();

        assertThat(li.status()).isEqualTo(StudentStatus.STUDYING);
        assertThat(li.classId()).isEqualTo(EDU2201);
        assertThat(li.enrolledOn()).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(li.statusOn(LocalDate.of(2022, 8, 31))).isEmpty();
        assertThat(campus.person(li.person()).orElseThrow().roles()).containsExactly(Role.STUDENT);
        assertThat(campus.studentsOf(EDU2201)).extracting(Student::studentNo).containsExactly(LI_MING, WANG_FANG);
    }

    @Test
    void aStudentNumberIsEnrolledOnlyOnceAndTheSecondAttemptWritesNothing() {
        long before = campus.version();

        assertThatThrownBy(() -> campus.enrol(Enrolment.of(LI_MING, "李明", EDU2201, LocalDate.of(2022, 9, 2))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reason()).isEqualTo("student.exists");
                    assertThat(e.message(MessageBundle.ZH)).isEqualTo("学号 2022010101 已入学");
                    assertThat(e.message(MessageBundle.EN)).isEqualTo("student number 2022010101 is already enrolled");
                });
        assertThat(campus.version()).isEqualTo(before);
    }

    @Test
    void suspensionResumptionAndGraduationFollowEachOtherWithTheirDates() {
        campus.changeStatus(LI_MING, new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2023, 3, 1), "病休"));
        campus.changeStatus(LI_MING, new StatusChange(StudentStatus.RESUMED, LocalDate.of(2023, 9, 1)));
        Student li = campus.changeStatus(LI_MING, new StatusChange(StudentStatus.GRADUATED, LocalDate.of(2026, 6, 30)));

        assertThat(li.statuses()).extracting(StatusChange::status).containsExactly(
                StudentStatus.STUDYING, StudentStatus.SUSPENDED, StudentStatus.RESUMED, StudentStatus.GRADUATED);
        assertThat(li.statusOn(LocalDate.of(2023, 5, 1))).hasValue(StudentStatus.SUSPENDED);
        assertThat(li.leftOn()).hasValue(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aGraduateCannotBeSuspended() {
        campus.changeStatus(LI_MING, new StatusChange(StudentStatus.GRADUATED, LocalDate.of(2026, 6, 30)));

        assertThatThrownBy(() -> campus.changeStatus(LI_MING, new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2026, 7, 1))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message(MessageBundle.ZH)).isEqualTo("学生 2022010101 当前为毕业，不能变为休学");
                    assertThat(e.message(MessageBundle.EN)).isEqualTo("student 2022010101 is graduated and cannot become suspended");
                });
    }

    @Test
    void aStatusChangeCannotGoBackInTime() {
        campus.changeStatus(LI_MING, new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2023, 3, 1)));

        assertThatThrownBy(() -> campus.changeStatus(LI_MING, new StatusChange(StudentStatus.RESUMED, LocalDate.of(2023, 2, 1))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("2023-02-01");
    }

    @Test
    void aTransferMovesTheStudentAndEndsTheirCadrePostsInTheOldClass() {
        campus.appointCadre(EDU2201, CadrePost.MONITOR, LI_MING, LocalDate.of(2022, 9, 10));

        Student moved = campus.transfer(LI_MING, MATH2201, LocalDate.of(2023, 2, 20));

        assertThat(moved.classId()).isEqualTo(MATH2201);
        assertThat(moved.classOn(LocalDate.of(2022, 12, 1))).isEqualTo(EDU2201);
        assertThat(campus.studentsOf(EDU2201)).extracting(Student::studentNo).containsExactly(WANG_FANG);
        assertThat(campus.cadresOf(EDU2201)).isEmpty();
    }

    @Test
    void aCadrePostIsHeldByOneStudyingMemberOfTheClassAtATime() {
        campus.appointCadre(EDU2201, CadrePost.MONITOR, LI_MING, LocalDate.of(2022, 9, 10));

        assertThatThrownBy(() -> campus.appointCadre(EDU2201, CadrePost.MONITOR, WANG_FANG, LocalDate.of(2022, 9, 11)))
                .isInstanceOfSatisfying(ConflictException.class, e ->
                        assertThat(e.message(MessageBundle.ZH)).isEqualTo("班级 EDU2201 的班长由学生 2022010101 担任；请先免去其职务"));
        assertThatThrownBy(() -> campus.appointCadre(EDU2201, CadrePost.STUDY, ZHAO_LEI, LocalDate.of(2022, 9, 11)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is not a studying member of class EDU2201");

        campus.relieveCadre(EDU2201, CadrePost.MONITOR, LocalDate.of(2023, 2, 20));
        campus.appointCadre(EDU2201, CadrePost.MONITOR, WANG_FANG, LocalDate.of(2023, 2, 20));
        campus.appointCadre(EDU2201, CadrePost.YIBAN, WANG_FANG, LocalDate.of(2023, 2, 20));

        assertThat(campus.cadresOf(EDU2201)).extracting(Cadre::post, Cadre::student)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CadrePost.MONITOR, WANG_FANG),
                        org.assertj.core.groups.Tuple.tuple(CadrePost.YIBAN, WANG_FANG));
    }

    @Test
    void onlyACounsellorCanBeAssignedToAClass() {
        assertThatThrownBy(() -> campus.assignCounsellor(MATH2201, MATH_TEACHER, LocalDate.of(2022, 9, 1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("counsellor.role"));

        campus.grantRole(MATH_TEACHER, Role.COUNSELLOR, LocalDate.of(2022, 9, 1));
        campus.assignCounsellor(MATH2201, MATH_TEACHER, LocalDate.of(2022, 9, 1));

        assertThat(campus.counsellorOf(MATH2201)).hasValue(MATH_TEACHER);
        assertThat(campus.person(MATH_TEACHER).orElseThrow().roles()).containsExactly(Role.TEACHER, Role.COUNSELLOR);
    }

    @Test
    void unknownNamesAreNamedInTheRefusal() {
        assertThatThrownBy(() -> campus.enrol(Enrolment.of(StudentNo.of("2022099999"), "新生", ClassId.of("NOPE1"), LocalDate.of(2022, 9, 1))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.message(MessageBundle.ZH)).isEqualTo("不存在班级 NOPE1");
                    assertThat(e.message(MessageBundle.EN)).isEqualTo("there is no class NOPE1");
                });
        assertThatThrownBy(() -> campus.linkParent(PersonId.of("nobody"), LI_MING)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aClassMustTakeAMajorOfItsOwnCollege() {
        assertThatThrownBy(() -> campus.addClass(new AdminClass(ClassId.of("X1"), "错班", EDU, edu.yiban.core.fixtures.Campus.STATS, edu.yiban.core.id.Cohort.of(2022))))
                .isInstanceOfSatisfying(ConflictException.class, e ->
                        assertThat(e.message(MessageBundle.EN)).isEqualTo("class X1 cannot take major MATH-STA: that major belongs to college MATH, not EDU"));
    }

    @Test
    void termsMayNotOverlapAndLieInTheirAcademicYear() {
        TermId summer = TermId.parse("2022-2023-3");
        assertThatThrownBy(() -> campus.declareTerm(new Term(summer, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31))))
                .isInstanceOfSatisfying(ConflictException.class, e ->
                        assertThat(e.message(MessageBundle.ZH)).isEqualTo("学期 2022-2023-3 与学期 2022-2023-2 时间重叠"));
        assertThatThrownBy(() -> campus.declareTerm(new Term(TermId.parse("2030-2031-1"), LocalDate.of(2033, 9, 1), LocalDate.of(2034, 1, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("start")));

        campus.declareTerm(new Term(summer, LocalDate.of(2023, 7, 11), LocalDate.of(2023, 8, 10)));
        assertThat(campus.termOn(LocalDate.of(2023, 7, 20))).map(Term::id).hasValue(summer);
    }

    @Test
    void enrolAllIsAllOrNothingAndNamesTheRowsItRefused() {
        long before = campus.version();
        List<Enrolment> rows = List.of(
                Enrolment.of(StudentNo.of("2022010103"), "钱一", EDU2201, LocalDate.of(2022, 9, 1)),
                Enrolment.of(LI_MING, "李明", EDU2201, LocalDate.of(2022, 9, 1)),
                Enrolment.of(StudentNo.of("2022010104"), "孙二", ClassId.of("NOPE1"), LocalDate.of(2022, 9, 1)),
                Enrolment.of(StudentNo.of("2022010103"), "钱一again", EDU2201, LocalDate.of(2022, 9, 1)));

        assertThatThrownBy(() -> campus.enrolAll(rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.path() + " " + v.en()).containsExactly(
                                "enrolments[1] student number 2022010101 is already enrolled",
                                "enrolments[2] there is no class NOPE1",
                                "enrolments[3] student number 2022010103 is already enrolled"));
        assertThat(campus.version()).isEqualTo(before);
        assertThat(campus.student(StudentNo.of("2022010103"))).isEmpty();

        List<Student> enrolled = campus.enrolAll(List.of(rows.get(0)));
        assertThat(enrolled).extracting(Student::name).containsExactly("钱一");
    }

    @Test
    void relationsFollowRolesCollegesLinksAndClasses() {
        assertThat(campus.relations(Viewer.of(PersonId.of(LI_MING.value())), LI_MING)).containsExactlyInAnyOrder(Audience.STUDENT, Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(PARENT), LI_MING)).containsExactlyInAnyOrder(Audience.PARENT, Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(PARENT), WANG_FANG)).containsExactly(Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(COUNSELLOR), LI_MING)).containsExactlyInAnyOrder(Audience.COUNSELLOR, Audience.COLLEGE, Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(COUNSELLOR), ZHAO_LEI)).containsExactly(Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(TEACHER), LI_MING)).containsExactlyInAnyOrder(Audience.COLLEGE, Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(MATH_TEACHER), LI_MING)).containsExactly(Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(SCHOOL_STAFF), LI_MING)).containsExactlyInAnyOrder(Audience.SCHOOL, Audience.PUBLIC);
        assertThat(campus.relations(Viewer.of(LEADER), ZHAO_LEI)).containsExactlyInAnyOrder(Audience.SCHOOL, Audience.PUBLIC);
        assertThat(campus.relations(Viewer.anonymous(), LI_MING)).containsExactly(Audience.PUBLIC);
    }

    @Test
    void theStudentRoleComesOnlyWithEnrolment() {
        assertThatThrownBy(() -> campus.register(new Person(PersonId.of("X9"), "某人", EnumSet.of(Role.STUDENT), Optional.empty(), Optional.empty())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("roles"));
        assertThatThrownBy(() -> campus.grantRole(TEACHER, Role.STUDENT, LocalDate.of(2022, 9, 1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDirectoryRebuiltFromItsStoreEqualsTheLiveOne() {
        LedgerStore store = LedgerStore.inMemory();
        try (YibanCore live = Campus.open(store)) {
            live.directory().changeStatus(LI_MING, new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2023, 3, 1)));
            live.directory().appointCadre(EDU2201, CadrePost.LEAGUE_SECRETARY, WANG_FANG, LocalDate.of(2022, 9, 5));
            YibanCore reopened = YibanCore.builder().store(store).clock(Campus.clock()).build();
            CampusDirectory a = live.directory();
            CampusDirectory b = reopened.directory();

            assertThat(b.version()).isEqualTo(a.version());
            assertThat(b.colleges()).isEqualTo(a.colleges());
            assertThat(b.majors()).isEqualTo(a.majors());
            assertThat(b.terms()).isEqualTo(a.terms());
            assertThat(b.classes()).isEqualTo(a.classes());
            assertThat(b.people()).isEqualTo(a.people());
            assertThat(b.students()).isEqualTo(a.students());
            assertThat(b.cadresOf(EDU2201)).isEqualTo(a.cadresOf(EDU2201));
            assertThat(b.counsellorOf(EDU2201)).isEqualTo(a.counsellorOf(EDU2201));
            assertThat(b.parentsOf(LI_MING)).isEqualTo(a.parentsOf(LI_MING));
            assertThat(reopened.verify().ok()).isTrue();
        }
    }
}

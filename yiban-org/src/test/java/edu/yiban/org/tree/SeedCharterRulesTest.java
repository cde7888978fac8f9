package edu.yiban.org.tree;

import static edu.yiban.org.SeedCampus.CENTRE;
import static edu.yiban.org.SeedCampus.COLLEGES;
import static edu.yiban.org.SeedCampus.DAY;
import static edu.yiban.org.SeedCampus.FULL_TIME_DEPUTY;
import static edu.yiban.org.SeedCampus.SCHOOL_GROUP;
import static edu.yiban.org.SeedCampus.SECRETARY;
import static edu.yiban.org.SeedCampus.STATION;
import static edu.yiban.org.SeedCampus.collegeGroup;
import static edu.yiban.org.SeedCampus.collegeStaff;
import static edu.yiban.org.SeedCampus.counsellor;
import static edu.yiban.org.SeedCampus.head;
import static edu.yiban.org.SeedCampus.leaderInCharge;
import static edu.yiban.org.SeedCampus.staff;
import static edu.yiban.org.SeedCampus.student;
import static edu.yiban.org.SeedCampus.subStation;
import static edu.yiban.org.SeedCampus.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.org.SeedCampus;
import edu.yiban.org.tree.CharterViolation.Problem;
import edu.yiban.org.tree.OrgSnapshot.Appointed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the seed's charter, broken on purpose in the whole seed organisation, yields exactly its
 * violation. A slot rule is broken twice: its holder leaves (validate reports the slot short), and
 * someone unqualified is appointed in their place (the appointment is refused).
 */
class SeedCharterRulesTest {
    private static final LocalDate LAST_DAY = DAY.plusDays(9);
    private static final LocalDate LATER = DAY.plusDays(10);
    private static final CollegeId EDU = CollegeId.of("EDU");
    private static final CollegeId MATH = CollegeId.of("MATH");

    private SeedCampus seed;

    @BeforeEach
    void buildTheSeedOrganisation() {
        seed = SeedCampus.build();
        assertThat(seed.tree.validate(DAY)).isEmpty();
    }

    /** Every slot rule with at least one required holder: the rule, the node, the holder, someone unqualified. */
    static Stream<Arguments> requiredSlots() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("school-group.leader", SCHOOL_GROUP, SECRETARY, Position.LEADER, head(Department.FINANCE), false));
        for (Department area : List.of(Department.STUDENT_AFFAIRS, Department.ACADEMIC_AFFAIRS, Department.NETWORK_CENTRE)) {
            all.add(Arguments.of("school-group.deputy." + area.code(), SCHOOL_GROUP, leaderInCharge(area), Position.DEPUTY_LEADER,
                    head(Department.LOGISTICS), false));
        }
        for (Department d : SeedCampus.departments()) {
            all.add(Arguments.of("school-group.member." + d.code(), SCHOOL_GROUP, head(d), Position.MEMBER, staff(d), false));
        }
        all.add(Arguments.of("centre.director", CENTRE, head(Department.STUDENT_AFFAIRS), Position.DIRECTOR, head(Department.PUBLICITY), true));
        all.add(Arguments.of("centre.full-time-deputy", CENTRE, FULL_TIME_DEPUTY, Position.DEPUTY_DIRECTOR, null, false));
        for (Department d : List.of(Department.ACADEMIC_AFFAIRS, Department.PUBLICITY, Department.YOUTH_LEAGUE, Department.NETWORK_CENTRE)) {
            all.add(Arguments.of("centre.member." + d.code(), CENTRE, staff(d), Position.MEMBER, staff(Department.FINANCE), true));
        }
        all.add(Arguments.of("college-group.leader", collegeGroup(EDU), collegeStaff(EDU, "secretary"), Position.LEADER,
                collegeStaff(MATH, "secretary"), true));
        all.add(Arguments.of("college-group.deputy", collegeGroup(EDU), collegeStaff(EDU, "director"), Position.DEPUTY_LEADER,
                collegeStaff(MATH, "director"), true));
        all.add(Arguments.of("college-group.member.league-secretary", collegeGroup(EDU), collegeStaff(EDU, "league"), Position.MEMBER,
                null, true));
        all.add(Arguments.of("college-group.member.counsellors", collegeGroup(EDU), counsellor(EDU), Position.MEMBER, null, true));
        all.add(Arguments.of("competition-group.administrator", SeedCampus.COMPETITION, teacher(MATH), Position.ADMINISTRATOR,
                student(MATH, 5), true));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: a vacant slot is reported, an unqualified holder refused")
    @MethodSource("requiredSlots")
    void eachRequiredSlotReportsItsVacancyAndRefusesTheUnqualified(String rule, OrgId node, PersonId holder, Position position,
                                                                  PersonId unqualified, boolean concurrent) {
        end(node, holder, position);

        List<CharterViolation> found = seed.tree.validate(LATER);

        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(rule);
            assertThat(v.problem()).isEqualTo(Problem.TOO_FEW);
            assertThat(v.node()).hasValue(node);
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
        });
        if (unqualified != null) {
            Appointment wrong = new Appointment(node, unqualified, position, LATER, java.util.Optional.empty(), concurrent);
            long version = seed.tree.version();
            assertThatThrownBy(() -> seed.tree.appoint(wrong))
                    .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.rule()).isEqualTo(rule);
                        assertThat(v.problem()).isEqualTo(Problem.NOT_QUALIFIED);
                        assertThat(v.person()).hasValue(unqualified);
                    }));
            assertThat(seed.tree.version()).isEqualTo(version);
        }
    }

    @Test
    void theCentreDirectorHoldsThePostConcurrently() {
        end(CENTRE, head(Department.STUDENT_AFFAIRS), Position.DIRECTOR);

        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(CENTRE, head(Department.STUDENT_AFFAIRS), Position.DIRECTOR, LATER)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("centre.director");
                    assertThat(v.problem()).isEqualTo(Problem.CONCURRENCY);
                    assertThat(v.zh()).isEqualTo("易班发展中心 (centre)：student-affairs负责人 (H-student-affairs) 须以兼任方式任职："
                            + "党委学工部负责人兼任易班发展中心主任");
                    assertThat(v.en()).isEqualTo("易班发展中心 (centre): student-affairs负责人 (H-student-affairs) must hold the post concurrently: "
                            + "the head of the student affairs department is the director, concurrently (兼任)");
                }));
    }

    @Test
    void theCentreHasExactlyOneFullTimeDeputyDirector() {
        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(CENTRE, staff(Department.FINANCE), Position.DEPUTY_DIRECTOR, LATER)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("centre.full-time-deputy");
                    assertThat(v.problem()).isEqualTo(Problem.TOO_MANY);
                }));
        end(CENTRE, FULL_TIME_DEPUTY, Position.DEPUTY_DIRECTOR);
        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(CENTRE, FULL_TIME_DEPUTY, Position.DEPUTY_DIRECTOR, LATER).concurrently()))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("centre.full-time-deputy");
                    assertThat(v.problem()).isEqualTo(Problem.CONCURRENCY);
                }));
    }

    @Test
    void theStationKeepsAtLeastTwentyStudents() {
        List<Appointed> members = seed.tree.at(DAY).appointments(STATION);
        for (Appointed member : members.subList(members.size() - 5, members.size())) {
            seed.tree.endAppointment(member.ref(), LAST_DAY);
        }

        assertThat(seed.tree.validate(LATER)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("station.students");
            assertThat(v.problem()).isEqualTo(Problem.TOO_FEW);
            assertThat(v.message(MessageBundle.ZH)).isEqualTo(
                    "易班学生工作总站 (station)：工作站由20-30名优秀学生（各学院择优推荐）组成——现任 19 人，章程要求 20–30 人");
        });
    }

    @Test
    void theStationTakesAtMostThirtyStudents() {
        int appointed = SeedCampus.STATION_STUDENTS;
        for (CollegeId college : COLLEGES) {
            for (int i = 9; i <= 10 && appointed < 30; i++) {
                seed.tree.appoint(Appointment.of(STATION, student(college, i), Position.MEMBER, LATER));
                appointed++;
            }
        }
        assertThat(seed.tree.at(LATER).appointments(STATION)).hasSize(30);
        PersonId thirtyFirst = student(CollegeId.of("FL"), 11);
        seed.tree.recommend(new edu.yiban.org.tree.Recommendation(STATION, CollegeId.of("FL"), thirtyFirst, 11, LATER));

        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(STATION, thirtyFirst, Position.MEMBER, LATER)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("station.students");
                    assertThat(v.problem()).isEqualTo(Problem.TOO_MANY);
                    assertThat(v.person()).hasValue(thirtyFirst);
                    assertThat(v.en()).contains("it would have 31, the charter allows 20–30");
                }));
    }

    @Test
    void theStationTakesOnlyStudentsACollegeRecommended() {
        PersonId notRecommended = student(EDU, 11);

        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(STATION, notRecommended, Position.MEMBER, LATER)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("station.students");
                    assertThat(v.problem()).isEqualTo(Problem.NOT_QUALIFIED);
                }));
    }

    @Test
    void theSchoolHasOneLeadingGroupOneCentreAndOneStation() {
        for (OrgKind kind : List.of(OrgKind.SCHOOL_LEADING_GROUP, OrgKind.DEVELOPMENT_CENTRE, OrgKind.WORK_STATION)) {
            OrgId parent = kind.equals(OrgKind.SCHOOL_LEADING_GROUP) ? null : kind.equals(OrgKind.DEVELOPMENT_CENTRE) ? SCHOOL_GROUP : CENTRE;
            assertThatThrownBy(() -> seed.tree.found(OrgUnit.of(OrgId.of("second-" + kind.code()), kind, "第二个", parent, null, LATER), SECRETARY))
                    .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.rule()).isEqualTo("kind." + kind.code());
                        assertThat(v.problem()).isEqualTo(Problem.EXTRA_NODE);
                    }));
        }
    }

    @Test
    void eachCollegeHasExactlyOneLeadingGroupAndOneSubStation() {
        assertThatThrownBy(() -> seed.tree.found(OrgUnit.of(OrgId.of("EDU-group-2"), OrgKind.COLLEGE_LEADING_GROUP, "第二个领导小组",
                SCHOOL_GROUP, EDU, LATER), collegeStaff(EDU, "secretary")))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("kind.college-leading-group.per-college");
                    assertThat(v.problem()).isEqualTo(Problem.EXTRA_NODE);
                    assertThat(v.college()).hasValue(EDU);
                }));
        assertThatThrownBy(() -> seed.tree.found(OrgUnit.of(OrgId.of("EDU-substation-2"), OrgKind.SUB_STATION, "第二个分站",
                collegeGroup(EDU), EDU, LATER), collegeStaff(EDU, "director")))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("kind.sub-station.per-college");
                    assertThat(v.problem()).isEqualTo(Problem.EXTRA_NODE);
                }));
    }

    @Test
    void aCollegeWhoseSubStationIsDissolvedLacksIt() {
        seed.tree.dissolve(subStation(MATH), LAST_DAY);

        assertThat(seed.tree.validate(LATER)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("kind.sub-station.per-college");
            assertThat(v.problem()).isEqualTo(Problem.MISSING_NODE);
            assertThat(v.college()).hasValue(MATH);
            assertThat(v.en()).isEqualTo("college MATH学院 (MATH) has 0 college YiBan student work sub-station, the charter asks for 1");
        });
    }

    @Test
    void aSubStationSitsUnderTheLeadingGroupOfItsOwnCollege() {
        seed.tree.dissolve(subStation(MATH), LAST_DAY);

        assertThatThrownBy(() -> seed.tree.found(OrgUnit.of(OrgId.of("MATH-substation-2"), OrgKind.SUB_STATION, "数学分站",
                collegeGroup(EDU), MATH, LATER), collegeStaff(MATH, "director")))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("kind.sub-station.place");
                    assertThat(v.problem()).isEqualTo(Problem.WRONG_COLLEGE);
                }));
    }

    @Test
    void aCultureStudioSitsUnderTheWorkStation() {
        assertThatThrownBy(() -> seed.tree.found(OrgUnit.of(OrgId.of("studio-2"), OrgKind.CULTURE_STUDIO, "工作室", CENTRE, null, LATER),
                student(EDU, 2)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("kind.culture-studio.place");
                    assertThat(v.problem()).isEqualTo(Problem.WRONG_PARENT);
                }));
    }

    @Test
    void theRoleModelWorkshopTakesTeachersCounsellorsAndStudentLeadersOnly() {
        PersonId plainStudent = student(MATH, 12);
        seed.campus.appointCadre(edu.yiban.core.id.ClassId.of("MATH2201"), edu.yiban.core.directory.CadrePost.MONITOR,
                edu.yiban.core.id.StudentNo.of(student(MATH, 7).value()), LATER);

        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(SeedCampus.WORKSHOP, plainStudent, Position.MEMBER, LATER)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("workshop.members");
                    assertThat(v.problem()).isEqualTo(Problem.NOT_QUALIFIED);
                }));
        seed.tree.appoint(Appointment.of(SeedCampus.WORKSHOP, student(MATH, 7), Position.MEMBER, LATER));
        assertThat(seed.tree.validate(LATER)).isEmpty();
    }

    @Test
    void aPositionTheCharterDoesNotListIsRefused() {
        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(SCHOOL_GROUP, staff(Department.FINANCE), Position.DEPUTY_DIRECTOR, LATER)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.rule()).isEqualTo("kind.school-leading-group.positions");
                    assertThat(v.problem()).isEqualTo(Problem.NO_SLOT);
                }));
    }

    @Test
    void aTeacherRunGroupWithoutItsTeacherAdministratorIsIncomplete() {
        seed.tree.found(OrgUnit.of(OrgId.of("edu-interest"), OrgKind.INTEREST_GROUP, "儿童文学兴趣小组", collegeGroup(EDU), EDU, LATER), teacher(EDU));

        assertThat(seed.tree.validate(LATER)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("interest-group.administrator");
            assertThat(v.problem()).isEqualTo(Problem.TOO_FEW);
        });
    }

    private void end(OrgId node, PersonId holder, Position position) {
        Appointed held = seed.tree.at(DAY).appointments(node).stream()
                .filter(a -> a.appointment().person().equals(holder) && a.appointment().position().equals(position))
                .findFirst().orElseThrow();
        seed.tree.endAppointment(held.ref(), LAST_DAY);
    }
}

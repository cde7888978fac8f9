package edu.yiban.org;

import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.Department;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.OrganisationTree;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.Recommendation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import java.util.Optional;

/**
 * The seed's organisation (琼台师范学院, 2022) built from the default charter with named people: the
 * school leading group, the development centre, the student work station of 24 recommended students,
 * and for each of three colleges a leading group and a sub-station; a teacher's competition group, the
 * role model workshop and a culture studio. {@link #build()} gives it whole; tests break one rule each.
 */
public final class SeedCampus {
    public static final LocalDate DAY = LocalDate.of(2022, 9, 1);
    public static final OrgId SCHOOL_GROUP = OrgId.of("school-group");
    public static final OrgId CENTRE = OrgId.of("centre");
    public static final OrgId STATION = OrgId.of("station");
    public static final OrgId WORKSHOP = OrgId.of("workshop");
    public static final OrgId STUDIO = OrgId.of("studio-1");
    public static final OrgId COMPETITION = OrgId.of("math-modelling");
    public static final List<CollegeId> COLLEGES = List.of(CollegeId.of("EDU"), CollegeId.of("MATH"), CollegeId.of("FL"));
    public static final PersonId SECRETARY = PersonId.of("L0001");
    public static final PersonId FULL_TIME_DEPUTY = PersonId.of("S0100");
    public static final int STATION_STUDENTS = 24;

    public final YibanCore core;
    public final YibanOrganisation organisation;
    public final OrganisationTree tree;
    public final CampusDirectory campus;

    private SeedCampus(LedgerStore store, Charter charter, Clock clock) {
        this.core = YibanCore.builder().store(store).clock(clock).build();
        this.organisation = YibanOrganisation.builder(core).charter(charter).build();
        this.tree = organisation.tree();
        this.campus = core.directory();
    }

    /** Opens another view of the same store (a reopened campus), with the seed charter. */
    public static SeedCampus reopen(LedgerStore store, Clock clock) {
        return new SeedCampus(store, Charter.seed(), clock);
    }

    /** The directory and people only, with the seed charter; no node founded. */
    public static SeedCampus people() {
        return people(LedgerStore.inMemory(), Charter.seed());
    }

    /** The directory and people only, over {@code store}, checked against {@code charter}. */
    public static SeedCampus people(LedgerStore store, Charter charter) {
        return people(store, charter, Clock.fixed(Instant.parse("2022-09-01T02:00:00Z"), ZoneOffset.UTC));
    }

    /** The directory and people only, over {@code store}, timed by {@code clock}. */
    public static SeedCampus people(LedgerStore store, Charter charter, Clock clock) {
        SeedCampus seed = new SeedCampus(store, charter, clock);
        seed.fillDirectory();
        seed.takeOffices();
        return seed;
    }

    /** The whole seed organisation, which validates clean. */
    public static SeedCampus build() {
        return build(people());
    }

    /** The whole seed organisation on {@code seed}'s people. */
    public static SeedCampus build(SeedCampus seed) {
        seed.foundSchoolLevel();
        seed.appointSchoolLevel();
        seed.buildStation(STATION_STUDENTS);
        for (CollegeId college : COLLEGES) {
            seed.foundCollege(college);
            seed.appointCollege(college);
        }
        seed.foundGroups();
        return seed;
    }

    // ------------------------------------------------------------------ people

    public static PersonId leaderInCharge(Department area) {
        return PersonId.of("L-" + area.code());
    }

    public static PersonId head(Department department) {
        return PersonId.of("H-" + department.code());
    }

    public static PersonId staff(Department department) {
        return PersonId.of("F-" + department.code());
    }

    public static PersonId collegeStaff(CollegeId college, String office) {
        return PersonId.of(college.value() + "-" + office);
    }

    public static PersonId counsellor(CollegeId college) {
        return PersonId.of(college.value() + "-counsellor");
    }

    public static PersonId teacher(CollegeId college) {
        return PersonId.of(college.value() + "-teacher");
    }

    /** The {@code i}-th student (from 1) of {@code college}. */
    public static PersonId student(CollegeId college, int i) {
        return PersonId.of(studentNo(college, i).value());
    }

    public static StudentNo studentNo(CollegeId college, int i) {
        return StudentNo.of("2022" + String.format("%02d", COLLEGES.indexOf(college) + 1) + String.format("%04d", i));
    }

    private void fillDirectory() {
        campus.declareTerm(new Term(AcademicYear.of(2022).term(1), LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 15)));
        campus.declareTerm(new Term(AcademicYear.of(2022).term(2), LocalDate.of(2023, 2, 20), LocalDate.of(2023, 7, 10)));
        register(SECRETARY, "孙书记", Role.SCHOOL_LEADER, null);
        for (Department area : List.of(Department.STUDENT_AFFAIRS, Department.ACADEMIC_AFFAIRS, Department.NETWORK_CENTRE)) {
            register(leaderInCharge(area), "分管" + area.code() + "校领导", Role.SCHOOL_LEADER, null);
        }
        for (Department d : departments()) {
            register(head(d), d.code() + "负责人", Role.DEPARTMENT_HEAD, null);
            register(staff(d), d.code() + "干事", Role.STAFF, null);
        }
        register(FULL_TIME_DEPUTY, "易班中心专职副主任", Role.STAFF, null);
        int collegeNo = 0;
        for (CollegeId college : COLLEGES) {
            collegeNo++;
            campus.addCollege(new College(college, college.value() + "学院"));
            MajorId major = MajorId.of(college.value() + "-01");
            campus.addMajor(new Major(major, college, college.value() + "专业"));
            ClassId classId = ClassId.of(college.value() + "2201");
            campus.addClass(new AdminClass(classId, "2022级" + college.value() + "1班", college, major, Cohort.of(2022)));
            for (String office : List.of("secretary", "director", "league")) {
                register(collegeStaff(college, office), college.value() + office, Role.STAFF, college);
            }
            register(counsellor(college), college.value() + "辅导员", Role.COUNSELLOR, college);
            register(teacher(college), college.value() + "教师", Role.TEACHER, college);
            List<Enrolment> students = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                students.add(Enrolment.of(studentNo(college, i), "学生" + collegeNo + "-" + i, classId, DAY));
            }
            campus.enrolAll(students);
            campus.assignCounsellor(classId, counsellor(college), DAY);
        }
    }

    private void register(PersonId id, String name, Role role, CollegeId college) {
        campus.register(new Person(id, name, EnumSet.of(role), Optional.of(StaffNo.of(id.value().replaceAll("[^A-Za-z0-9]", "") + "0")),
                Optional.ofNullable(college)));
    }

    public static List<Department> departments() {
        return List.of(Department.PUBLICITY, Department.STUDENT_AFFAIRS, Department.ACADEMIC_AFFAIRS, Department.FINANCE,
                Department.LOGISTICS, Department.YOUTH_LEAGUE, Department.NETWORK_CENTRE);
    }

    private void takeOffices() {
        tree.takeOffice(OfficeHolding.of(SECRETARY, Office.partySecretary(), DAY.minusYears(1)));
        for (Department area : List.of(Department.STUDENT_AFFAIRS, Department.ACADEMIC_AFFAIRS, Department.NETWORK_CENTRE)) {
            tree.takeOffice(OfficeHolding.of(leaderInCharge(area), Office.leaderInCharge(area), DAY.minusYears(1)));
        }
        for (Department d : departments()) {
            tree.takeOffice(OfficeHolding.of(head(d), Office.head(d), DAY.minusYears(1)));
            tree.takeOffice(OfficeHolding.of(staff(d), Office.staff(d), DAY.minusYears(1)));
        }
        for (CollegeId college : COLLEGES) {
            tree.takeOffice(OfficeHolding.of(collegeStaff(college, "secretary"), Office.collegePartySecretary(college), DAY.minusYears(1)));
            tree.takeOffice(OfficeHolding.of(collegeStaff(college, "director"), Office.studentAffairsDirector(college), DAY.minusYears(1)));
            tree.takeOffice(OfficeHolding.of(collegeStaff(college, "league"), Office.leagueSecretary(college), DAY.minusYears(1)));
            tree.takeOffice(OfficeHolding.of(student(college, 12), Office.partyMember(college), DAY.minusYears(1).plusDays(300)));
        }
    }

    // ------------------------------------------------------------------ nodes

    public void foundSchoolLevel() {
        tree.found(OrgUnit.of(SCHOOL_GROUP, OrgKind.SCHOOL_LEADING_GROUP, "校易班建设领导小组", null, null, DAY), SECRETARY);
        tree.found(OrgUnit.of(CENTRE, OrgKind.DEVELOPMENT_CENTRE, "易班发展中心", SCHOOL_GROUP, null, DAY), head(Department.STUDENT_AFFAIRS));
        tree.found(OrgUnit.of(STATION, OrgKind.WORK_STATION, "易班学生工作总站", CENTRE, null, DAY), FULL_TIME_DEPUTY);
    }

    public void appointSchoolLevel() {
        tree.appoint(Appointment.of(SCHOOL_GROUP, SECRETARY, Position.LEADER, DAY));
        for (Department area : List.of(Department.STUDENT_AFFAIRS, Department.ACADEMIC_AFFAIRS, Department.NETWORK_CENTRE)) {
            tree.appoint(Appointment.of(SCHOOL_GROUP, leaderInCharge(area), Position.DEPUTY_LEADER, DAY));
        }
        for (Department d : departments()) {
            tree.appoint(Appointment.of(SCHOOL_GROUP, head(d), Position.MEMBER, DAY));
        }
        tree.appoint(Appointment.of(CENTRE, head(Department.STUDENT_AFFAIRS), Position.DIRECTOR, DAY).concurrently());
        tree.appoint(Appointment.of(CENTRE, FULL_TIME_DEPUTY, Position.DEPUTY_DIRECTOR, DAY));
        for (Department d : List.of(Department.ACADEMIC_AFFAIRS, Department.PUBLICITY, Department.YOUTH_LEAGUE, Department.NETWORK_CENTRE)) {
            tree.appoint(Appointment.of(CENTRE, staff(d), Position.MEMBER, DAY).concurrently());
        }
    }

    /** Recommends students 1..8 of each college to the station and appoints the first {@code count} in college order. */
    public void buildStation(int count) {
        for (CollegeId college : COLLEGES) {
            for (int i = 1; i <= 10; i++) {
                tree.recommend(new Recommendation(STATION, college, student(college, i), i, DAY));
            }
        }
        int appointed = 0;
        for (int i = 1; i <= 10 && appointed < count; i++) {
            for (CollegeId college : COLLEGES) {
                if (appointed < count) {
                    tree.appoint(Appointment.of(STATION, student(college, i), Position.MEMBER, DAY));
                    appointed++;
                }
            }
        }
    }

    public static OrgId collegeGroup(CollegeId college) {
        return OrgId.of(college.value() + "-group");
    }

    public static OrgId subStation(CollegeId college) {
        return OrgId.of(college.value() + "-substation");
    }

    public void foundCollege(CollegeId college) {
        tree.found(OrgUnit.of(collegeGroup(college), OrgKind.COLLEGE_LEADING_GROUP, college.value() + "学院易班建设领导小组",
                SCHOOL_GROUP, college, DAY), collegeStaff(college, "secretary"));
        tree.found(OrgUnit.of(subStation(college), OrgKind.SUB_STATION, college.value() + "学院易班学生工作分站",
                collegeGroup(college), college, DAY), collegeStaff(college, "director"));
    }

    public void appointCollege(CollegeId college) {
        OrgId group = collegeGroup(college);
        tree.appoint(Appointment.of(group, collegeStaff(college, "secretary"), Position.LEADER, DAY).concurrently());
        tree.appoint(Appointment.of(group, collegeStaff(college, "director"), Position.DEPUTY_LEADER, DAY).concurrently());
        tree.appoint(Appointment.of(group, collegeStaff(college, "league"), Position.MEMBER, DAY).concurrently());
        tree.appoint(Appointment.of(group, counsellor(college), Position.MEMBER, DAY).concurrently());
        tree.appoint(Appointment.of(group, student(college, 12), Position.MEMBER, DAY));
        tree.appoint(Appointment.of(subStation(college), student(college, 11), Position.STATION_HEAD, DAY));
        tree.appoint(Appointment.of(subStation(college), student(college, 10), Position.MEMBER, DAY));
    }

    public void foundGroups() {
        CollegeId math = CollegeId.of("MATH");
        tree.found(OrgUnit.of(COMPETITION, OrgKind.COMPETITION_GROUP, "数学建模竞赛小组", collegeGroup(math), math, DAY), teacher(math));
        tree.appoint(Appointment.of(COMPETITION, teacher(math), Position.ADMINISTRATOR, DAY).concurrently());
        tree.found(OrgUnit.of(WORKSHOP, OrgKind.ROLE_MODEL_WORKSHOP, "琼台易班榜样坊", CENTRE, null, DAY), FULL_TIME_DEPUTY);
        tree.appoint(Appointment.of(WORKSHOP, teacher(CollegeId.of("EDU")), Position.MEMBER, DAY).concurrently());
        tree.appoint(Appointment.of(WORKSHOP, counsellor(CollegeId.of("FL")), Position.MEMBER, DAY).concurrently());
        tree.appoint(Appointment.of(WORKSHOP, student(CollegeId.of("EDU"), 1), Position.MEMBER, DAY));
        tree.found(OrgUnit.of(STUDIO, OrgKind.CULTURE_STUDIO, "易起拍网络文化工作室", STATION, null, DAY), student(CollegeId.of("FL"), 3));
        tree.appoint(Appointment.of(STUDIO, student(CollegeId.of("FL"), 3), Position.MEMBER, DAY));
    }

}

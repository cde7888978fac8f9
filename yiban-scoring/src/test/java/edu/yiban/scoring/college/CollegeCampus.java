package edu.yiban.scoring.college;

import edu.yiban.core.fixtures.SettableClock;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.space.Activity;
import edu.yiban.core.space.ActivityMode;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Reply;
import edu.yiban.core.space.SignInChannel;
import edu.yiban.core.space.Space;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.OrganisationTree;
import edu.yiban.org.tree.Position;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;

/**
 * A small campus for the colleges' evaluation, built from the real parts on a hand-moved clock in Hainan's
 * time zone (UTC+8). The period is the three ISO weeks 2022-W41 to W43, Monday 10 to Sunday 30 October 2022.
 *
 * <pre>
 * EDU  教育学院  EDU2201: E1–E5, counsellor C1      EDU2202: E6–E9, counsellor C2 (E9 suspended 20 Oct)
 *                leading group complete (leader, deputy, league secretary, counsellor C1); sub-station E4 (head), E5
 * MATH 数学学院  MATH2201: M1–M4, counsellor C3     leading group with leader and deputy only; no sub-station
 * FL   外语学院  FL2201: F1–F3, no class space opened; no organisation
 *
 * members (joined 1 Oct): EDU2201 C1 E1 E2 E3 E4 (verified E1 E2 E3) · EDU2202 C2 E6 E7 E9 (verified E6)
 *                         MATH2201 C3 M1 M2 M3 M4 (verified M1–M4)
 * W41  A1 (EDU2201, on site, 12 Oct 19:00): E1 E2 E3 sign in     EDU2202: E6 posts      MATH: M1 M2 post
 * W42  EDU2201: E1 posts, E2 posts    A2 (EDU2202, online, 20 Oct 19:00): E6 E7 sign in     MATH: M1 M2 post
 * W43  EDU2201: E1 replies to E2     EDU2202: C2 posts                                    MATH: M1 M2 post
 * </pre>
 */
final class CollegeCampus {
    static final ZoneId HAINAN = ZoneId.of("Asia/Shanghai");
    static final LocalDate FROM = LocalDate.of(2022, 10, 10);
    static final LocalDate TO = LocalDate.of(2022, 10, 30);
    static final LocalDate START = LocalDate.of(2022, 9, 1);
    static final CollegeId EDU = CollegeId.of("EDU");
    static final CollegeId MATH = CollegeId.of("MATH");
    static final CollegeId FL = CollegeId.of("FL");
    static final ClassId EDU2201 = ClassId.of("EDU2201");
    static final ClassId EDU2202 = ClassId.of("EDU2202");
    static final ClassId MATH2201 = ClassId.of("MATH2201");
    static final ClassId FL2201 = ClassId.of("FL2201");
    static final PersonId C1 = PersonId.of("C1");
    static final PersonId C2 = PersonId.of("C2");
    static final PersonId C3 = PersonId.of("C3");
    static final OrgId SCHOOL_GROUP = OrgId.of("school-group");

    final SettableClock clock = new SettableClock(HAINAN, "1970-01-01T08:00");
    final YibanCore core = YibanCore.builder().clock(clock).build();
    final YibanOrganisation organisation = YibanOrganisation.builder(core).build();
    final CampusDirectory campus = core.directory();
    final OrganisationTree tree = organisation.tree();

    /** The campus with the people, classes and organisation, and the activity of the three weeks. */
    static CollegeCampus build() {
        CollegeCampus c = new CollegeCampus();
        c.people();
        c.organisation();
        c.activity();
        return c;
    }

    static PersonId e(int i) {
        return PersonId.of("E000" + i);
    }

    static PersonId m(int i) {
        return PersonId.of("M000" + i);
    }

    static PersonId f(int i) {
        return PersonId.of("F000" + i);
    }

    static PersonId staff(CollegeId college, String office) {
        return PersonId.of(college.value() + "-" + office);
    }

    Space space(ClassId id) {
        return core.spaces().ofClass(id);
    }

    /** Sets the clock to the local time {@code local} (e.g. {@code 2022-10-12T18:45}) and returns this. */
    CollegeCampus at(String local) {
        clock.set(local);
        return this;
    }

    private void people() {
        at("2022-09-01T08:00");
        campus.declareTerm(new Term(AcademicYear.of(2022).term(1), START, LocalDate.of(2023, 1, 15)));
        college(EDU, "教育学院");
        college(MATH, "数学学院");
        college(FL, "外语学院");
        register(PersonId.of("L0001"), "孙书记", Role.SCHOOL_LEADER, null);
        register(C1, "王芳", Role.COUNSELLOR, EDU);
        register(C2, "林静", Role.COUNSELLOR, EDU);
        register(C3, "陈强", Role.COUNSELLOR, MATH);
        addClass(EDU2201, EDU, 1, 5, "E", C1);
        addClass(EDU2202, EDU, 6, 9, "E", C2);
        addClass(MATH2201, MATH, 1, 4, "M", C3);
        addClass(FL2201, FL, 1, 3, "F", null);
        for (CollegeId college : new CollegeId[] {EDU, MATH, FL}) {
            for (String office : new String[] {"secretary", "director", "league"}) {
                register(staff(college, office), college.value() + office, Role.STAFF, college);
            }
            tree.takeOffice(OfficeHolding.of(staff(college, "secretary"), Office.collegePartySecretary(college), START));
            tree.takeOffice(OfficeHolding.of(staff(college, "director"), Office.studentAffairsDirector(college), START));
            tree.takeOffice(OfficeHolding.of(staff(college, "league"), Office.leagueSecretary(college), START));
        }
    }

    private void college(CollegeId id, String name) {
        campus.addCollege(new College(id, name));
        campus.addMajor(new Major(MajorId.of(id.value() + "-01"), id, name + "专业"));
    }

    private void addClass(ClassId id, CollegeId college, int first, int last, String prefix, PersonId counsellor) {
        campus.addClass(new AdminClass(id, "2022级" + id.value() + "班", college, MajorId.of(college.value() + "-01"), Cohort.of(2022)));
        for (int i = first; i <= last; i++) {
            String no = prefix + "000" + i;
            campus.enrol(Enrolment.of(StudentNo.of(no), "学生" + no, id, START));
        }
        if (counsellor != null) {
            campus.assignCounsellor(id, counsellor, START);
        }
    }

    private void register(PersonId id, String name, Role role, CollegeId college) {
        campus.register(new Person(id, name, EnumSet.of(role), Optional.of(StaffNo.of("T" + id.value().replace("-", "") + "00")), Optional.ofNullable(college)));
    }

    private void organisation() {
        tree.found(OrgUnit.of(SCHOOL_GROUP, OrgKind.SCHOOL_LEADING_GROUP, "校易班建设领导小组", null, null, START), PersonId.of("L0001"));
        for (CollegeId college : new CollegeId[] {EDU, MATH}) {
            OrgId group = OrgId.of(college.value() + "-group");
            tree.found(OrgUnit.of(group, OrgKind.COLLEGE_LEADING_GROUP, college.value() + "易班建设领导小组", SCHOOL_GROUP, college, START),
                    staff(college, "secretary"));
            tree.appoint(Appointment.of(group, staff(college, "secretary"), Position.LEADER, START).concurrently());
            tree.appoint(Appointment.of(group, staff(college, "director"), Position.DEPUTY_LEADER, START).concurrently());
        }
        OrgId eduGroup = OrgId.of("EDU-group");
        tree.appoint(Appointment.of(eduGroup, staff(EDU, "league"), Position.MEMBER, START).concurrently());
        tree.appoint(Appointment.of(eduGroup, C1, Position.MEMBER, START).concurrently());
        OrgId subStation = OrgId.of("EDU-substation");
        tree.found(OrgUnit.of(subStation, OrgKind.SUB_STATION, "教育学院易班学生工作分站", eduGroup, EDU, START), staff(EDU, "director"));
        tree.appoint(Appointment.of(subStation, e(4), Position.STATION_HEAD, START));
        tree.appoint(Appointment.of(subStation, e(5), Position.MEMBER, START));
    }

    private void activity() {
        at("2022-10-01T09:00");
        Space edu1 = core.spaces().openForClass(EDU2201);
        Space edu2 = core.spaces().openForClass(EDU2202);
        Space math = core.spaces().openForClass(MATH2201);
        for (int i = 1; i <= 4; i++) {
            edu1.join(e(i));
        }
        for (int i : new int[] {6, 7, 9}) {
            edu2.join(e(i));
        }
        for (int i = 1; i <= 4; i++) {
            math.join(m(i));
        }
        at("2022-10-02T09:00");
        for (int i = 1; i <= 3; i++) {
            edu1.verifyRealName(e(i));
        }
        edu2.verifyRealName(e(6));
        for (int i = 1; i <= 4; i++) {
            math.verifyRealName(m(i));
        }
        // W41
        at("2022-10-11T13:00");
        ContentId a1 = edu1.planActivity(C1, Activity.builder().title("主题班会：网络素养").mode(ActivityMode.OFFLINE)
                .startsAt(local("2022-10-12T19:00")).endsAt(local("2022-10-12T20:30")).location("11 号楼 201").build());
        at("2022-10-12T18:45");
        for (int i = 1; i <= 3; i++) {
            edu1.signIn(e(i), a1, SignInChannel.OFFLINE);
        }
        at("2022-10-13T10:00");
        edu2.post(e(6), Post.of("周五班会改到晚上八点"));
        mathWeek("2022-10-14T10:00");
        // W42
        at("2022-10-18T10:00");
        edu1.post(e(1), Post.of("下周要交实践报告"));
        at("2022-10-19T10:00");
        ContentId p2 = edu1.post(e(2), Post.of("报告模板在网盘里"));
        at("2022-10-19T12:00");
        ContentId a2 = edu2.planActivity(C2, Activity.builder().title("易班线上答疑").mode(ActivityMode.ONLINE)
                .startsAt(local("2022-10-20T19:00")).endsAt(local("2022-10-20T20:00")).url("https://www.yiban.cn/live/2202").build());
        at("2022-10-20T09:00");
        campus.changeStatus(StudentNo.of("E0009"), new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2022, 10, 20), "病休"));
        at("2022-10-20T18:50");
        edu2.signIn(e(6), a2, SignInChannel.ONLINE);
        edu2.signIn(e(7), a2, SignInChannel.ONLINE);
        mathWeek("2022-10-21T10:00");
        // W43
        at("2022-10-25T10:00");
        edu1.reply(e(1), new Reply(p2, "收到，谢谢"));
        at("2022-10-26T10:00");
        edu2.post(C2, Post.of("本周五交报告"));
        mathWeek("2022-10-27T10:00");
        at("2022-11-01T09:00");
    }

    private void mathWeek(String local) {
        at(local);
        space(MATH2201).post(m(1), Post.of("数学建模组队"));
        space(MATH2201).post(m(2), Post.of("报名"));
    }

    Instant local(String local) {
        return LocalDateTime.parse(local).atZone(HAINAN).toInstant();
    }
}

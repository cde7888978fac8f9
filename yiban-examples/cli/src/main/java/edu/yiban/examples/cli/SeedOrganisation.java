package edu.yiban.examples.cli;

import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.recruitment.Selection;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Department;
import edu.yiban.org.tree.Office;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.OrganisationTree;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.Recommendation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The seed's YiBan organisation (seed §1, figure 1) on the synthetic campus, built from the charter
 * preset with named people so that it validates clean: the school leading group, the development
 * centre with its one full-time deputy director, the student work station recruited from the colleges'
 * recommendations, each college's leading group and student work sub-station, teacher-run groups, the
 * role model workshop and a network culture studio.
 */
final class SeedOrganisation {
    static final OrgId SCHOOL_GROUP = OrgId.of("school-group");
    static final OrgId CENTRE = OrgId.of("centre");
    static final OrgId STATION = OrgId.of("station");
    static final OrgId WORKSHOP = OrgId.of("workshop");
    static final OrgId STUDIO = OrgId.of("studio");
    /** The day the organisation is founded: the first day of the autumn term. */
    static final LocalDate FOUNDED = SyntheticCampus.TERM_START;
    /** The day the colleges recommend students to the station, and the day it recruits. */
    static final LocalDate RECOMMENDED = FOUNDED.plusDays(3);
    static final LocalDate RECRUITED = FOUNDED.plusDays(7);

    /** The station's students, its head, and every sub-station's people (its head first), for the archive's posts. */
    final List<PersonId> stationStudents = new ArrayList<>();
    PersonId stationHead;
    final Map<CollegeId, List<PersonId>> subStations = new LinkedHashMap<>();

    private final SyntheticCampus campus;
    private final YibanOrganisation organisation;
    private final OrganisationTree tree;
    private final Dice dice;

    private SeedOrganisation(SyntheticCampus campus, YibanOrganisation organisation, Dice dice) {
        this.campus = campus;
        this.organisation = organisation;
        this.tree = organisation.tree();
        this.dice = dice;
    }

    /** Builds the organisation of {@code campus} into {@code organisation}. */
    static SeedOrganisation build(SyntheticCampus campus, YibanOrganisation organisation, CampusSpec spec) {
        SeedOrganisation seed = new SeedOrganisation(campus, organisation, new Dice(spec.seed()).derive("organisation"));
        seed.takeOffices();
        seed.foundSchoolLevel();
        for (SyntheticCampus.CollegePlan college : campus.colleges) {
            seed.foundCollege(college);
        }
        seed.recruitStation();
        seed.foundGroups();
        return seed;
    }

    static OrgId collegeGroup(CollegeId college) {
        return OrgId.of(college.value() + "-group");
    }

    static OrgId subStation(CollegeId college) {
        return OrgId.of(college.value() + "-substation");
    }

    private void takeOffices() {
        LocalDate day = SyntheticCampus.OFFICE_DAY;
        tree.takeOffice(OfficeHolding.of(campus.partySecretary, Office.partySecretary(), day));
        campus.leadersInCharge.forEach((area, person) -> tree.takeOffice(OfficeHolding.of(person, Office.leaderInCharge(area), day)));
        campus.heads.forEach((department, person) -> tree.takeOffice(OfficeHolding.of(person, Office.head(department), day)));
        campus.staff.forEach((department, person) -> tree.takeOffice(OfficeHolding.of(person, Office.staff(department), day)));
        for (SyntheticCampus.CollegePlan college : campus.colleges) {
            tree.takeOffice(OfficeHolding.of(college.secretary(), Office.collegePartySecretary(college.id()), day));
            tree.takeOffice(OfficeHolding.of(college.director(), Office.studentAffairsDirector(college.id()), day));
            tree.takeOffice(OfficeHolding.of(college.league(), Office.leagueSecretary(college.id()), day));
        }
    }

    private void foundSchoolLevel() {
        PersonId studentAffairs = campus.heads.get(Department.STUDENT_AFFAIRS);
        tree.found(OrgUnit.of(SCHOOL_GROUP, OrgKind.SCHOOL_LEADING_GROUP, "校易班建设领导小组", null, null, FOUNDED), campus.partySecretary);
        tree.found(OrgUnit.of(CENTRE, OrgKind.DEVELOPMENT_CENTRE, "易班发展中心", SCHOOL_GROUP, null, FOUNDED), studentAffairs);
        tree.found(OrgUnit.of(STATION, OrgKind.WORK_STATION, "易班学生工作总站", CENTRE, null, FOUNDED), campus.fullTimeDeputy);
        tree.appoint(Appointment.of(SCHOOL_GROUP, campus.partySecretary, Position.LEADER, FOUNDED).concurrently());
        campus.leadersInCharge.values().forEach(p -> tree.appoint(Appointment.of(SCHOOL_GROUP, p, Position.DEPUTY_LEADER, FOUNDED).concurrently()));
        campus.heads.values().forEach(p -> tree.appoint(Appointment.of(SCHOOL_GROUP, p, Position.MEMBER, FOUNDED).concurrently()));
        tree.appoint(Appointment.of(CENTRE, studentAffairs, Position.DIRECTOR, FOUNDED).concurrently());
        tree.appoint(Appointment.of(CENTRE, campus.fullTimeDeputy, Position.DEPUTY_DIRECTOR, FOUNDED));
        for (Department d : List.of(Department.ACADEMIC_AFFAIRS, Department.PUBLICITY, Department.YOUTH_LEAGUE, Department.NETWORK_CENTRE)) {
            tree.appoint(Appointment.of(CENTRE, campus.staff.get(d), Position.MEMBER, FOUNDED).concurrently());
        }
    }

    private void foundCollege(SyntheticCampus.CollegePlan college) {
        CollegeId id = college.id();
        OrgId group = collegeGroup(id);
        OrgId sub = subStation(id);
        tree.found(OrgUnit.of(group, OrgKind.COLLEGE_LEADING_GROUP, college.row().name() + "易班建设领导小组", SCHOOL_GROUP, id, FOUNDED),
                college.secretary());
        tree.found(OrgUnit.of(sub, OrgKind.SUB_STATION, college.row().name() + "易班学生工作分站", group, id, FOUNDED), college.director());
        tree.appoint(Appointment.of(group, college.secretary(), Position.LEADER, FOUNDED).concurrently());
        tree.appoint(Appointment.of(group, college.director(), Position.DEPUTY_LEADER, FOUNDED).concurrently());
        tree.appoint(Appointment.of(group, college.league(), Position.MEMBER, FOUNDED).concurrently());
        college.counsellors().forEach(c -> tree.appoint(Appointment.of(group, c, Position.MEMBER, FOUNDED).concurrently()));

        List<StudentNo> students = college.students();
        List<PersonId> shuffled = shuffled(students);
        PersonId orgHead = shuffled.get(0);
        tree.takeOffice(OfficeHolding.of(orgHead, Office.studentOrgHead(id), FOUNDED));
        tree.appoint(Appointment.of(group, orgHead, Position.MEMBER, FOUNDED));
        PersonId partyMember = shuffled.get(1);
        tree.takeOffice(OfficeHolding.of(partyMember, Office.partyMember(id), FOUNDED));
        tree.appoint(Appointment.of(group, partyMember, Position.MEMBER, FOUNDED));

        int size = Math.max(1, (int) Math.round(students.size() * college.engagement().subStationPer100() / 100));
        size = Math.min(size, shuffled.size() - 2);
        List<PersonId> people = new ArrayList<>(shuffled.subList(2, 2 + Math.max(1, size)));
        PersonId head = people.get(0);
        tree.appoint(Appointment.of(sub, head, Position.STATION_HEAD, FOUNDED));
        for (PersonId member : people.subList(1, people.size())) {
            tree.appoint(Appointment.of(sub, member, Position.MEMBER, FOUNDED));
        }
        subStations.put(id, List.copyOf(people));
    }

    /**
     * Each college recommends its best students (择优推荐) in rank order, enough for the station to fill
     * to the charter's most; the recruitment preset then chooses, every college sure of one seat.
     */
    private void recruitStation() {
        int colleges = campus.colleges.size();
        int perCollege = Math.max(3, (30 + colleges - 1) / colleges + 1);
        Set<PersonId> taken = takenByColleges();
        for (SyntheticCampus.CollegePlan college : campus.colleges) {
            int rank = 0;
            for (PersonId student : shuffled(college.students())) {
                if (rank == perCollege) {
                    break;
                }
                if (!taken.contains(student)) {
                    rank++;
                    tree.recommend(new Recommendation(STATION, college.id(), student, rank, RECOMMENDED));
                }
            }
        }
        Selection selection = organisation.recruitment().select(STATION, RECRUITED);
        stationStudents.addAll(selection.chosenStudents());
        stationHead = stationStudents.get(0);
        tree.appoint(Appointment.of(STATION, stationHead, Position.STATION_HEAD, RECRUITED));
    }

    private Set<PersonId> takenByColleges() {
        Set<PersonId> taken = new LinkedHashSet<>();
        subStations.values().forEach(taken::addAll);
        return taken;
    }

    /** Teacher-run groups in the first colleges, the role model workshop and a culture studio under the station. */
    private void foundGroups() {
        List<SyntheticCampus.CollegePlan> colleges = campus.colleges;
        List<OrgKind> kinds = List.of(OrgKind.COMPETITION_GROUP, OrgKind.RESEARCH_GROUP, OrgKind.INTEREST_GROUP);
        List<String> names = List.of("学科竞赛小组", "科研项目小组", "专业兴趣小组");
        List<String> codes = List.of("competition", "research", "interest");
        for (int i = 0; i < kinds.size(); i++) {
            SyntheticCampus.CollegePlan college = colleges.get(i % colleges.size());
            OrgId group = OrgId.of(college.id().value() + "-" + codes.get(i));
            PersonId admin = college.teachers().get(0);
            tree.found(OrgUnit.of(group, kinds.get(i), college.row().name() + names.get(i), collegeGroup(college.id()), college.id(), FOUNDED),
                    admin);
            tree.appoint(Appointment.of(group, admin, Position.ADMINISTRATOR, FOUNDED).concurrently());
            tree.appoint(Appointment.of(group, college.teachers().get(1), Position.ADVISOR, FOUNDED).concurrently());
        }
        OrgId teachers = OrgId.of("teacher-network");
        PersonId founder = colleges.get(0).teachers().get(1);
        tree.found(OrgUnit.of(teachers, OrgKind.TEACHER_ORGANISATION, "青年教师易班联盟", CENTRE, null, FOUNDED), founder);
        tree.appoint(Appointment.of(teachers, founder, Position.ADMINISTRATOR, FOUNDED).concurrently());

        tree.found(OrgUnit.of(WORKSHOP, OrgKind.ROLE_MODEL_WORKSHOP, "易班榜样坊", CENTRE, null, FOUNDED), campus.fullTimeDeputy);
        for (SyntheticCampus.CollegePlan college : colleges.subList(0, Math.min(3, colleges.size()))) {
            tree.appoint(Appointment.of(WORKSHOP, college.teachers().get(0), Position.MEMBER, FOUNDED).concurrently());
            tree.appoint(Appointment.of(WORKSHOP, college.counsellors().get(0), Position.MEMBER, FOUNDED).concurrently());
            StudentNo monitor = campus.cadres.get(college.classes().get(0).id()).get(CadrePost.MONITOR);
            if (monitor != null) {
                tree.appoint(Appointment.of(WORKSHOP, PersonId.of(monitor.value()), Position.MEMBER, FOUNDED));
            }
        }

        tree.found(OrgUnit.of(STUDIO, OrgKind.CULTURE_STUDIO, "易班网络文化工作室", STATION, null, RECRUITED), stationHead);
        for (PersonId student : stationStudents.subList(0, Math.min(5, stationStudents.size()))) {
            tree.appoint(Appointment.of(STUDIO, student, Position.MEMBER, RECRUITED));
        }
        tree.appoint(Appointment.of(STUDIO, colleges.get(0).teachers().get(0), Position.ADVISOR, RECRUITED).concurrently());
    }

    private List<PersonId> shuffled(List<StudentNo> students) {
        List<PersonId> out = new ArrayList<>(students.size());
        students.forEach(s -> out.add(PersonId.of(s.value())));
        for (int i = out.size() - 1; i > 0; i--) {
            int j = dice.nextInt(i + 1);
            PersonId t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}

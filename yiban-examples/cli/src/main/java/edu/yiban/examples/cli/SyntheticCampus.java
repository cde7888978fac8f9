package edu.yiban.examples.cli;

import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CadrePost;
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
import edu.yiban.core.id.TermId;
import edu.yiban.org.tree.Department;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The synthetic campus's directory (校园名录): its colleges, majors, the autumn and spring terms of
 * 2022-2023, classes of four cohorts, every student, the school's and the colleges' staff, and each
 * class's cadres (班委). Each college gets an {@link Engagement}: how keenly its students use YiBan,
 * which the term's simulation follows. One or two colleges are flagships that use it best.
 */
final class SyntheticCampus {
    /** The autumn term the demo simulates. */
    static final TermId TERM = AcademicYear.of(2022).term(1);
    /** Its first day (a Monday) and last day (a Sunday): 19 teaching weeks. */
    static final LocalDate TERM_START = LocalDate.of(2022, 9, 5);
    static final LocalDate TERM_END = LocalDate.of(2023, 1, 15);
    /** The spring term, declared so that the calendar goes on. */
    static final TermId SPRING = AcademicYear.of(2022).term(2);
    static final LocalDate SPRING_START = LocalDate.of(2023, 2, 20);
    static final LocalDate SPRING_END = LocalDate.of(2023, 7, 9);
    /** The cohorts studying in 2022-2023. */
    static final List<Integer> COHORTS = List.of(2019, 2020, 2021, 2022);
    /** The most students in one class. */
    static final int CLASS_SIZE = 40;
    /** The day offices on campus were taken (the year before). */
    static final LocalDate OFFICE_DAY = LocalDate.of(2021, 9, 1);
    /** The school's departments, in the order the charter lists them. */
    static final List<Department> DEPARTMENTS = List.of(Department.PUBLICITY, Department.STUDENT_AFFAIRS,
            Department.ACADEMIC_AFFAIRS, Department.FINANCE, Department.LOGISTICS, Department.YOUTH_LEAGUE,
            Department.NETWORK_CENTRE);
    /** The areas a school leader is in charge of, as the seed's leading group needs them. */
    static final List<Department> AREAS = List.of(Department.STUDENT_AFFAIRS, Department.ACADEMIC_AFFAIRS,
            Department.NETWORK_CENTRE);

    /**
     * How keenly a college's students use YiBan: the chance that a student joins the class space, that a
     * member verifies their real name, that an average member is active in a week, that a member signs
     * in to an activity, and the sub-station's size per 100 students.
     */
    record Engagement(boolean flagship, double join, double verify, double active, double signIn, double subStationPer100) {
    }

    /** A class with its counsellor and students (学号 order). */
    record ClassPlan(ClassId id, CollegeId college, MajorId major, Cohort cohort, PersonId counsellor, List<StudentNo> students) {
    }

    /** A college with its staff, engagement and classes. */
    record CollegePlan(CampusData.CollegeRow row, CollegeId id, Engagement engagement, PersonId secretary, PersonId director,
                       PersonId league, List<PersonId> counsellors, List<PersonId> teachers, List<ClassPlan> classes) {
        List<StudentNo> students() {
            List<StudentNo> all = new ArrayList<>();
            classes.forEach(c -> all.addAll(c.students()));
            return all;
        }
    }

    final PersonId partySecretary;
    final Map<Department, PersonId> leadersInCharge = new LinkedHashMap<>();
    final Map<Department, PersonId> heads = new LinkedHashMap<>();
    final Map<Department, PersonId> staff = new LinkedHashMap<>();
    final PersonId fullTimeDeputy;
    final List<CollegePlan> colleges = new ArrayList<>();
    final Map<ClassId, Map<CadrePost, StudentNo>> cadres = new LinkedHashMap<>();

    private final CampusDirectory directory;
    private final Dice dice;
    private int staffNumbers;

    private SyntheticCampus(CampusDirectory directory, Dice dice) {
        this.directory = directory;
        this.dice = dice;
        this.partySecretary = nextStaff();
        this.fullTimeDeputy = nextStaff();
    }

    /** Builds the directory of the campus {@code spec} describes into {@code directory}. */
    static SyntheticCampus build(CampusDirectory directory, CampusSpec spec) {
        SyntheticCampus campus = new SyntheticCampus(directory, new Dice(spec.seed()).derive("campus"));
        campus.declareTerms();
        campus.registerSchoolStaff();
        campus.planColleges(spec);
        campus.appointCadres();
        return campus;
    }

    /** Every class, college by college. */
    List<ClassPlan> classes() {
        List<ClassPlan> all = new ArrayList<>();
        colleges.forEach(c -> all.addAll(c.classes()));
        return all;
    }

    /** The college plan of {@code college}. */
    CollegePlan college(CollegeId college) {
        return colleges.stream().filter(c -> c.id().equals(college)).findFirst().orElseThrow();
    }

    private void declareTerms() {
        directory.declareTerm(new Term(TERM, TERM_START, TERM_END));
        directory.declareTerm(new Term(SPRING, SPRING_START, SPRING_END));
    }

    private void registerSchoolStaff() {
        register(partySecretary, Role.SCHOOL_LEADER, null);
        for (Department area : AREAS) {
            PersonId leader = nextStaff();
            leadersInCharge.put(area, leader);
            register(leader, Role.SCHOOL_LEADER, null);
        }
        for (Department department : DEPARTMENTS) {
            PersonId head = nextStaff();
            heads.put(department, head);
            register(head, Role.DEPARTMENT_HEAD, null);
            PersonId clerk = nextStaff();
            staff.put(department, clerk);
            register(clerk, Role.STAFF, null);
        }
        register(fullTimeDeputy, Role.STAFF, null);
    }

    private void planColleges(CampusSpec spec) {
        int n = spec.colleges();
        List<Engagement> engagements = engagements(n);
        double[] weights = new double[n];
        for (int c = 0; c < n; c++) {
            weights[c] = dice.uniform(0.7, 1.3);
        }
        int[] sizes = split(spec.students(), weights);
        for (int c = 0; c < n; c++) {
            CampusData.CollegeRow row = c < CampusData.COLLEGES.size() ? CampusData.COLLEGES.get(c) : CampusData.generated(c + 1);
            colleges.add(buildCollege(c, row, engagements.get(c), sizes[c]));
        }
    }

    /** One or two flagships; the others spread evenly below them, in an order the seed shuffles. */
    private List<Engagement> engagements(int n) {
        int flagships = n == 1 ? 1 : 1 + dice.nextInt(2);
        List<Engagement> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i < flagships) {
                all.add(new Engagement(true, dice.uniform(0.92, 0.99), dice.uniform(0.80, 0.95), dice.uniform(0.55, 0.72),
                        dice.uniform(0.72, 0.92), dice.uniform(1.0, 2.2)));
            } else {
                double q = n == flagships + 1 ? 0.5 : (double) (i - flagships) / (n - flagships - 1);
                all.add(new Engagement(false, 0.55 + 0.28 * q + dice.uniform(0, 0.04), 0.45 + 0.33 * q + dice.uniform(0, 0.04),
                        0.15 + 0.16 * q + dice.uniform(0, 0.02), 0.35 + 0.28 * q + dice.uniform(0, 0.04), 0.4 + 0.6 * q));
            }
        }
        Collections.shuffle(all, new java.util.Random(dice.nextInt(Integer.MAX_VALUE)));
        return all;
    }

    /** Splits {@code total} in proportion to {@code weights} by largest remainders, ties to the earlier. */
    static int[] split(int total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    private CollegePlan buildCollege(int index, CampusData.CollegeRow row, Engagement engagement, int size) {
        CollegeId college = CollegeId.of(row.code());
        directory.addCollege(new College(college, row.name(), Optional.of(row.nameEn())));
        List<MajorId> majors = new ArrayList<>();
        for (int m = 0; m < row.majors().size(); m++) {
            MajorId major = MajorId.of(row.code() + "-" + (m + 1));
            directory.addMajor(new Major(major, college, row.majors().get(m)));
            majors.add(major);
        }
        PersonId secretary = nextStaff();
        PersonId director = nextStaff();
        PersonId league = nextStaff();
        register(secretary, Role.STAFF, college);
        register(director, Role.STAFF, college);
        register(league, Role.TEACHER, college);
        List<PersonId> teachers = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            PersonId teacher = nextStaff();
            register(teacher, Role.TEACHER, college);
            teachers.add(teacher);
        }
        int[] cohortSizes = split(size, new double[] {1, 1, 1, 1});
        List<PersonId> counsellors = new ArrayList<>();
        List<ClassPlan> classes = new ArrayList<>();
        List<Enrolment> enrolments = new ArrayList<>();
        for (int k = 0; k < COHORTS.size(); k++) {
            if (cohortSizes[k] == 0) {
                continue;
            }
            int year = COHORTS.get(k);
            PersonId counsellor = nextStaff();
            directory.register(new Person(counsellor, dice.name(), EnumSet.of(Role.COUNSELLOR, Role.TEACHER),
                    Optional.of(StaffNo.of(counsellor.value())), Optional.of(college)));
            counsellors.add(counsellor);
            double[] majorWeights = new double[majors.size()];
            java.util.Arrays.fill(majorWeights, 1);
            int[] majorSizes = split(cohortSizes[k], majorWeights);
            int serial = 0;
            int classNo = 0;
            for (int m = 0; m < majors.size(); m++) {
                if (majorSizes[m] == 0) {
                    continue;
                }
                int classCount = (majorSizes[m] + CLASS_SIZE - 1) / CLASS_SIZE;
                double[] even = new double[classCount];
                java.util.Arrays.fill(even, 1);
                int[] classSizes = split(majorSizes[m], even);
                for (int c = 0; c < classCount; c++) {
                    classNo++;
                    ClassId classId = ClassId.of(row.code() + (year % 100) + String.format("%02d", classNo));
                    directory.addClass(new AdminClass(classId, year + "级" + row.majors().get(m) + (c + 1) + "班", college, majors.get(m),
                            Cohort.of(year)));
                    List<StudentNo> members = new ArrayList<>();
                    for (int s = 0; s < classSizes[c]; s++) {
                        serial++;
                        StudentNo no = StudentNo.of(year + String.format("%02d%05d", index + 1, serial));
                        enrolments.add(Enrolment.of(no, dice.name(), classId, LocalDate.of(year, 9, 1)));
                        members.add(no);
                    }
                    classes.add(new ClassPlan(classId, college, majors.get(m), Cohort.of(year), counsellor, List.copyOf(members)));
                }
            }
        }
        directory.enrolAll(enrolments);
        for (ClassPlan plan : classes) {
            directory.assignCounsellor(plan.id(), plan.counsellor(), LocalDate.of(plan.cohort().entryYear(), 9, 1));
        }
        return new CollegePlan(row, college, engagement, secretary, director, league, List.copyOf(counsellors), List.copyOf(teachers),
                List.copyOf(classes));
    }

    /** A monitor, a league branch secretary, a study committee member and a YiBan committee member in every class of four or more. */
    private void appointCadres() {
        List<CadrePost> posts = List.of(CadrePost.MONITOR, CadrePost.LEAGUE_SECRETARY, CadrePost.STUDY, CadrePost.YIBAN);
        for (ClassPlan plan : classes()) {
            Map<CadrePost, StudentNo> held = new LinkedHashMap<>();
            if (plan.students().size() >= posts.size()) {
                for (int i = 0; i < posts.size(); i++) {
                    StudentNo student = plan.students().get(i);
                    directory.appointCadre(plan.id(), posts.get(i), student, TERM_START);
                    held.put(posts.get(i), student);
                }
            }
            cadres.put(plan.id(), held);
        }
    }

    private PersonId nextStaff() {
        staffNumbers++;
        return PersonId.of("T" + String.format("%05d", staffNumbers));
    }

    private void register(PersonId id, Role role, CollegeId college) {
        directory.register(new Person(id, dice.name(), EnumSet.of(role), Optional.of(StaffNo.of(id.value())), Optional.ofNullable(college)));
    }
}

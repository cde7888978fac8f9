package edu.yiban.core;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
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
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.LedgerStore;
import edu.yiban.core.visibility.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;

/**
 * A small campus for tests: two colleges (EDU, MATH), one major and one class each, two academic
 * years of terms, a counsellor, a teacher, school staff, a school leader, a parent and three students.
 */
public final class Campus {
    public static final CollegeId EDU = CollegeId.of("EDU");
    public static final CollegeId MATH = CollegeId.of("MATH");
    public static final MajorId PRIMARY = MajorId.of("EDU-PRI");
    public static final MajorId STATS = MajorId.of("MATH-STA");
    public static final ClassId EDU2201 = ClassId.of("EDU2201");
    public static final ClassId MATH2201 = ClassId.of("MATH2201");
    public static final TermId T2022_1 = TermId.parse("2022-2023-1");
    public static final TermId T2022_2 = TermId.parse("2022-2023-2");
    public static final TermId T2023_1 = TermId.parse("2023-2024-1");
    public static final TermId T2023_2 = TermId.parse("2023-2024-2");
    public static final PersonId COUNSELLOR = PersonId.of("T1001");
    public static final PersonId TEACHER = PersonId.of("T1002");
    public static final PersonId MATH_TEACHER = PersonId.of("T2001");
    public static final PersonId SCHOOL_STAFF = PersonId.of("S3001");
    public static final PersonId LEADER = PersonId.of("L0001");
    public static final PersonId PARENT = PersonId.of("P0001");
    public static final StudentNo LI_MING = StudentNo.of("2022010101");
    public static final StudentNo WANG_FANG = StudentNo.of("2022010102");
    public static final StudentNo ZHAO_LEI = StudentNo.of("2022020101");
    public static final Instant START = Instant.parse("2022-09-01T00:00:00Z");

    private Campus() {
    }

    /** A fixed clock at the start of the 2022 autumn term. */
    public static Clock clock() {
        return Clock.fixed(START, ZoneOffset.UTC);
    }

    /** A new in-memory core holding the campus. */
    public static YibanCore open() {
        return open(LedgerStore.inMemory());
    }

    /** A new core over {@code store}, filled with the campus. */
    public static YibanCore open(LedgerStore store) {
        YibanCore core = YibanCore.builder().store(store).clock(clock()).build();
        fill(core.directory());
        return core;
    }

    public static void fill(CampusDirectory d) {
        d.addCollege(new College(EDU, "教育学院", Optional.of("School of Education")));
        d.addCollege(new College(MATH, "数学与统计学院"));
        d.addMajor(new Major(PRIMARY, EDU, "小学教育"));
        d.addMajor(new Major(STATS, MATH, "统计学"));
        for (int year = 2022; year <= 2023; year++) {
            AcademicYear ay = AcademicYear.of(year);
            d.declareTerm(new Term(ay.term(1), LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 20)));
            d.declareTerm(new Term(ay.term(2), LocalDate.of(year + 1, 2, 20), LocalDate.of(year + 1, 7, 10)));
        }
        d.addClass(new AdminClass(EDU2201, "2022级小学教育1班", EDU, PRIMARY, Cohort.of(2022)));
        d.addClass(new AdminClass(MATH2201, "2022级统计学1班", MATH, STATS, Cohort.of(2022)));
        d.register(new Person(COUNSELLOR, "陈老师", EnumSet.of(Role.COUNSELLOR, Role.TEACHER), Optional.of(StaffNo.of("T1001")), Optional.of(EDU)));
        d.register(new Person(TEACHER, "周老师", EnumSet.of(Role.TEACHER), Optional.of(StaffNo.of("T1002")), Optional.of(EDU)));
        d.register(new Person(MATH_TEACHER, "吴老师", EnumSet.of(Role.TEACHER), Optional.of(StaffNo.of("T2001")), Optional.of(MATH)));
        d.register(new Person(SCHOOL_STAFF, "郑老师", EnumSet.of(Role.STAFF), Optional.of(StaffNo.of("S3001")), Optional.empty()));
        d.register(new Person(LEADER, "孙书记", EnumSet.of(Role.SCHOOL_LEADER), Optional.of(StaffNo.of("L0001")), Optional.empty()));
        d.register(new Person(PARENT, "李爸爸", EnumSet.of(Role.PARENT), Optional.empty(), Optional.empty()));
        LocalDate enrolled = LocalDate.of(2022, 9, 1);
        d.enrol(Enrolment.of(LI_MING, "李明", EDU2201, enrolled));
        d.enrol(Enrolment.of(WANG_FANG, "王芳", EDU2201, enrolled));
        d.enrol(Enrolment.of(ZHAO_LEI, "赵磊", MATH2201, enrolled));
        d.assignCounsellor(EDU2201, COUNSELLOR, enrolled);
        d.linkParent(PARENT, LI_MING);
    }

    /** An award entry worth {@code points} in the moral dimension, visible as given. */
    public static ArchiveEntry entry(TermId term, LocalDate date, String points, Visibility visibility) {
        return ArchiveEntry.builder()
                .date(date).term(term).category(Category.VOLUNTEER)
                .points(Dimension.MORAL, Points.of(points))
                .title("志愿服务 " + points + " 分")
                .attribute("hours", "8")
                .source(SourceSystem.YOUTH_LEAGUE).recordedBy(COUNSELLOR)
                .visibility(visibility)
                .build();
    }
}

package edu.yiban.scoring.student;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
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
import edu.yiban.core.visibility.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A campus for the students' evaluation tests: two colleges, three majors, four classes over two cohorts,
 * two academic years of terms (2022-2023-1 runs 2022-09-01 to 2023-01-15: 137 days), a counsellor who
 * records entries, and helpers that enrol students and record entries of every kind the rules read.
 */
final class StudentCampus implements AutoCloseable {
    static final CollegeId EDU = CollegeId.of("EDU");
    static final CollegeId MATH = CollegeId.of("MATH");
    static final MajorId PRIMARY = MajorId.of("EDU-PRI");
    static final MajorId ENGLISH = MajorId.of("EDU-ENG");
    static final MajorId STATS = MajorId.of("MATH-STA");
    static final ClassId EDU2201 = ClassId.of("EDU2201");
    static final ClassId EDU2202 = ClassId.of("EDU2202");
    static final ClassId ENG2201 = ClassId.of("ENG2201");
    static final ClassId STA2101 = ClassId.of("STA2101");
    static final TermId T2022_1 = TermId.parse("2022-2023-1");
    static final TermId T2022_2 = TermId.parse("2022-2023-2");
    static final TermId T2023_1 = TermId.parse("2023-2024-1");
    static final TermId T2023_2 = TermId.parse("2023-2024-2");
    static final AcademicYear Y2022 = AcademicYear.of(2022);
    static final AcademicYear Y2023 = AcademicYear.of(2023);
    static final PersonId COUNSELLOR = PersonId.of("T1001");
    static final Category PEER_RATING = Category.of("peer-rating");

    final YibanCore core;
    private int day;

    StudentCampus() {
        core = YibanCore.builder().clock(Clock.fixed(Instant.parse("2022-08-25T00:00:00Z"), ZoneOffset.UTC)).build();
        CampusDirectory d = core.directory();
        d.addCollege(new College(EDU, "教育学院"));
        d.addCollege(new College(MATH, "数学与统计学院"));
        d.addMajor(new Major(PRIMARY, EDU, "小学教育"));
        d.addMajor(new Major(ENGLISH, EDU, "英语"));
        d.addMajor(new Major(STATS, MATH, "统计学"));
        d.declareTerm(new Term(T2022_1, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 15)));
        d.declareTerm(new Term(T2022_2, LocalDate.of(2023, 2, 20), LocalDate.of(2023, 7, 10)));
        d.declareTerm(new Term(T2023_1, LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 15)));
        d.declareTerm(new Term(T2023_2, LocalDate.of(2024, 2, 20), LocalDate.of(2024, 7, 10)));
        d.addClass(new AdminClass(EDU2201, "2022级小学教育1班", EDU, PRIMARY, Cohort.of(2022)));
        d.addClass(new AdminClass(EDU2202, "2022级小学教育2班", EDU, PRIMARY, Cohort.of(2022)));
        d.addClass(new AdminClass(ENG2201, "2022级英语1班", EDU, ENGLISH, Cohort.of(2022)));
        d.addClass(new AdminClass(STA2101, "2021级统计学1班", MATH, STATS, Cohort.of(2021)));
        d.register(new Person(COUNSELLOR, "陈老师", EnumSet.of(Role.COUNSELLOR, Role.TEACHER), Optional.of(StaffNo.of("T1001")), Optional.of(EDU)));
    }

    /** Enrols {@code no} in {@code classId} on 2022-09-01. */
    StudentNo enrol(String no, String name, ClassId classId) {
        StudentNo student = StudentNo.of(no);
        core.directory().enrol(Enrolment.of(student, name, classId, LocalDate.of(2022, 9, 1)));
        return student;
    }

    /** Records {@code entry} in {@code student}'s archive. */
    EntryRef record(StudentNo student, ArchiveEntry entry) {
        return core.archives().of(student).record(entry);
    }

    /** An entry of {@code category} in {@code term} with attributes given as key, value, key, value … */
    ArchiveEntry entry(TermId term, Category category, String... attributes) {
        ArchiveEntry.Builder b = ArchiveEntry.builder()
                .date(dateIn(term)).term(term).category(category)
                .title(category.code() + " " + String.join(" ", attributes))
                .source(SourceSystem.STUDENT_AFFAIRS).recordedBy(COUNSELLOR).visibility(Visibility.CAMPUS);
        for (Map.Entry<String, String> a : pairs(attributes).entrySet()) {
            b.attribute(a.getKey(), a.getValue());
        }
        return b.build();
    }

    /** A course grade by score. */
    ArchiveEntry grade(TermId term, String course, String credits, String score) {
        return entry(term, Category.ACADEMIC, "course", course, "credits", credits, "score", score);
    }

    /** A course grade in words. */
    ArchiveEntry gradeWord(TermId term, String course, String credits, String word) {
        return entry(term, Category.ACADEMIC, "course", course, "credits", credits, "grade", word);
    }

    /** An entry with its own points in {@code dimension}. */
    ArchiveEntry recorded(TermId term, Category category, Dimension dimension, String points, String... attributes) {
        return entry(term, category, attributes).toBuilder().points(dimension, Points.of(points)).build();
    }

    private LocalDate dateIn(TermId term) {
        Term t = core.directory().term(term).orElseThrow();
        day = (day + 1) % 60;
        return t.start().plusDays(10 + day);
    }

    private static Map<String, String> pairs(String... attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return map;
    }

    /** The evaluation with the example rules of 2022-2023 and the defaults. */
    StudentEvaluation evaluation() {
        return StudentEvaluation.builder(core).rules(RuleSets.of(RuleSet.example2022())).build();
    }

    @Override
    public void close() {
        core.close();
    }
}

package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.GrowthArchives;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * A deterministic synthetic campus for the benchmarks: colleges of 40-student classes, one counsellor per
 * college, terms of consecutive academic years, and archive entries drawn from a seeded {@link Random}, so
 * every run measures the same data.
 */
final class SyntheticCampus {
    private static final LocalDate ENROLMENT_DAY = LocalDate.of(2022, 9, 1);
    private static final int COLLEGES = 6;
    private static final int CLASS_SIZE = 40;
    private static final int RECORD_BATCH = 500;
    /** The seed of a campus's first term in {@link #recordRealisticTerms}. */
    static final long FIRST_SEED = 20220609L;
    private static final String[] COURSES = {"高等数学", "大学英语", "思想道德与法治", "教育学原理", "心理学", "计算机基础", "大学体育", "中国近现代史纲要"};
    private static final String[] CREDITS = {"4", "3", "3", "2.5", "2", "2", "1", "1.5"};

    private final CampusDirectory campus;
    private final GrowthArchives archives;
    private final List<StudentNo> students = new ArrayList<>();
    private final Map<StudentNo, PersonId> counsellorOf = new LinkedHashMap<>();
    private final Map<StudentNo, ClassId> classOf = new LinkedHashMap<>();
    private final List<TermId> terms = new ArrayList<>();

    private SyntheticCampus(CampusDirectory campus, GrowthArchives archives) {
        this.campus = campus;
        this.archives = archives;
    }

    /** Declares {@code years} academic years of two terms each from 2022 and enrols {@code count} students of the 2022 cohort. */
    static SyntheticCampus enrol(CampusDirectory campus, GrowthArchives archives, int count, int years) {
        SyntheticCampus built = new SyntheticCampus(campus, archives);
        built.declareTerms(years);
        built.enrolStudents(count);
        return built;
    }

    private void declareTerms(int years) {
        for (int y = 0; y < years; y++) {
            AcademicYear year = AcademicYear.of(2022 + y);
            TermId autumn = year.term(1);
            TermId spring = year.term(2);
            campus.declareTerm(new Term(autumn, LocalDate.of(2022 + y, 9, 1), LocalDate.of(2023 + y, 1, 15)));
            campus.declareTerm(new Term(spring, LocalDate.of(2023 + y, 2, 20), LocalDate.of(2023 + y, 7, 10)));
            terms.add(autumn);
            terms.add(spring);
        }
    }

    private void enrolStudents(int count) {
        List<Enrolment> intake = new ArrayList<>(count);
        int perCollege = (count + COLLEGES - 1) / COLLEGES;
        for (int c = 0; c < COLLEGES; c++) {
            CollegeId college = CollegeId.of("C" + (c + 1));
            MajorId major = MajorId.of("C" + (c + 1) + "-01");
            PersonId counsellor = PersonId.of("T" + (1001 + c));
            campus.addCollege(new College(college, "学院" + (c + 1)));
            campus.addMajor(new Major(major, college, "专业" + (c + 1)));
            campus.register(new Person(counsellor, "辅导员" + (c + 1), EnumSet.of(Role.COUNSELLOR, Role.TEACHER),
                    Optional.of(StaffNo.of("T" + (1001 + c))), Optional.of(college)));
            int inCollege = Math.min(perCollege, count - intake.size());
            for (int k = 0; k < inCollege; k++) {
                ClassId classId = ClassId.of(String.format("C%d22%03d", c + 1, k / CLASS_SIZE + 1));
                if (k % CLASS_SIZE == 0) {
                    campus.addClass(new AdminClass(classId, "2022级" + classId.value() + "班", college, major, Cohort.of(2022)));
                    campus.assignCounsellor(classId, counsellor, ENROLMENT_DAY);
                }
                StudentNo no = StudentNo.of(String.format("2022%02d%05d", c + 1, k + 1));
                intake.add(Enrolment.of(no, "学生" + no.value(), classId, ENROLMENT_DAY));
                students.add(no);
                counsellorOf.put(no, counsellor);
                classOf.put(no, classId);
            }
        }
        campus.enrolAll(intake);
    }

    /** The students enrolled, in the order of their 学号. */
    List<StudentNo> students() {
        return List.copyOf(students);
    }

    /** The class {@code student} was enrolled in. */
    ClassId classOf(StudentNo student) {
        return classOf.get(student);
    }

    /** The terms declared, in calendar order (two a year: autumn, then spring). */
    List<TermId> terms() {
        return List.copyOf(terms);
    }

    /** The academic years a campus studies through to have {@code terms} terms (two a year). */
    static int yearsFor(int terms) {
        return Math.max(1, (terms + 1) / 2);
    }

    /**
     * Records a realistic term for every student in each of the first {@code count} terms, a seed per term (the first
     * {@link #FIRST_SEED}, the one-term benchmarks' own, so that 2022-2023-1 is the same campus in every benchmark).
     * Returns the entries recorded.
     */
    long recordRealisticTerms(int count) {
        long entries = 0;
        for (int t = 0; t < count; t++) {
            entries += recordRealisticTerm(terms.get(t), FIRST_SEED + t * 0x9E3779B97F4A7C15L);
        }
        return entries;
    }

    /**
     * A term's worth of realistic entries for every student, about 17.4 each on average: course grades, volunteer hours,
     * a fitness test, peer ratings, arts and labour activities, and now and then a competition prize, an
     * honour, a post or a sanction — the categories the example rules read. Returns the number recorded.
     * Entries are dated inside the term: from 1 October for an autumn term, from 1 March for a spring term.
     */
    long recordRealisticTerm(TermId term, long seed) {
        return recordForEach(realisticEntries(term, seed));
    }

    /**
     * The entries {@link #recordRealisticTerm} records for {@code term} with {@code seed}, built but not recorded: every
     * student's list, in the order of their 学号 (the same entries, drawn from the same seeded sequence). For benchmarks
     * that time the recording itself.
     */
    Map<StudentNo, List<ArchiveEntry>> realisticTerm(TermId term, long seed) {
        BiFunction<Integer, StudentNo, List<ArchiveEntry>> entriesOf = realisticEntries(term, seed);
        Map<StudentNo, List<ArchiveEntry>> all = new LinkedHashMap<>();
        for (int s = 0; s < students.size(); s++) {
            all.put(students.get(s), List.copyOf(entriesOf.apply(s, students.get(s))));
        }
        return all;
    }

    /** A realistic term's entries of each student in turn, drawn from one {@link Random} seeded with {@code seed}. */
    private BiFunction<Integer, StudentNo, List<ArchiveEntry>> realisticEntries(TermId term, long seed) {
        Random random = new Random(seed);
        LocalDate day = term.number() == 1 ? LocalDate.of(term.year().startYear(), 10, 1) : LocalDate.of(term.year().startYear() + 1, 3, 1);
        return (s, student) -> {
            PersonId by = counsellorOf.get(student);
            List<ArchiveEntry> entries = new ArrayList<>();
            for (int c = 0; c < 6; c++) {
                int score = 55 + random.nextInt(46);
                entries.add(entry(term, day.plusDays(100), Category.ACADEMIC, "课程成绩", by, SourceSystem.ACADEMIC_AFFAIRS)
                        .attribute("course", COURSES[c]).attribute("credits", CREDITS[c]).attribute("score", Integer.toString(score))
                        .build());
            }
            for (int v = random.nextInt(4); v > 0; v--) {
                entries.add(entry(term, day.plusDays(random.nextInt(90)), Category.VOLUNTEER, "志愿服务", by, SourceSystem.YOUTH_LEAGUE)
                        .attribute("hours", Integer.toString(2 + random.nextInt(10))).build());
            }
            entries.add(entry(term, day.plusDays(30), Category.PHYSICAL_TEST, "体质测试", by, SourceSystem.MANUAL)
                    .attribute("result", new String[] {"excellent", "good", "pass", "fail"}[random.nextInt(4)]).build());
            for (int r = 0; r < 7; r++) {
                entries.add(entry(term, day.plusDays(95), Category.of("peer-rating"), "民主评议", by, SourceSystem.YIBAN)
                        .attribute("rating", Integer.toString(60 + random.nextInt(41))).build());
            }
            for (int a = random.nextInt(4); a > 0; a--) {
                boolean arts = random.nextBoolean();
                entries.add(entry(term, day.plusDays(random.nextInt(90)), Category.ACTIVITY, arts ? "文艺活动" : "劳动实践", by, SourceSystem.YIBAN)
                        .attribute("kind", arts ? "arts" : "labour")
                        .attribute("level", new String[] {"school", "provincial", "national"}[random.nextInt(3)]).build());
            }
            if (random.nextInt(5) == 0) {
                entries.add(entry(term, day.plusDays(random.nextInt(90)), Category.COMPETITION, "学科竞赛获奖", by, SourceSystem.STUDENT_AFFAIRS)
                        .attribute("level", random.nextBoolean() ? "provincial" : "school")
                        .attribute("prize", new String[] {"first", "second", "third"}[random.nextInt(3)])
                        .attribute("project", "P" + random.nextInt(50))
                        .attribute("place", Integer.toString(1 + random.nextInt(3))).attribute("teamSize", "3").build());
            }
            if (random.nextInt(8) == 0) {
                entries.add(entry(term, day.plusDays(60), Category.AWARD, "荣誉称号", by, SourceSystem.STUDENT_AFFAIRS)
                        .attribute("level", random.nextBoolean() ? "school" : "college").build());
            }
            if (random.nextInt(10) == 0) {
                entries.add(entry(term, day, Category.POST, "学生干部", by, SourceSystem.STUDENT_AFFAIRS)
                        .attribute("post", random.nextBoolean() ? "monitor" : "committee").build());
            }
            if (random.nextInt(100) == 0) {
                entries.add(entry(term, day.plusDays(40), Category.DISCIPLINE, "违纪处分", by, SourceSystem.STUDENT_AFFAIRS)
                        .attribute("level", random.nextBoolean() ? "warning" : "demerit").build());
            }
            return entries;
        };
    }

    /**
     * {@code total} small entries with points in one of the five dimensions, spread evenly over the
     * students and the terms (each student gets the same number per term, ±1), on a few attribute sets.
     * This is the shape of a campus's four years of archives as the compact columns hold them.
     */
    void recordPoints(long total, long seed) {
        Random random = new Random(seed);
        Dimension[] dimensions = Dimension.values();
        int n = students.size();
        long perStudent = total / n;
        long remainder = total % n;
        recordForEach((s, student) -> {
            PersonId by = counsellorOf.get(student);
            long count = perStudent + (s < remainder ? 1 : 0);
            List<ArchiveEntry> entries = new ArrayList<>((int) count);
            for (long i = 0; i < count; i++) {
                TermId term = terms.get((int) (i * terms.size() / count));
                LocalDate day = LocalDate.of(term.year().startYear() + (term.number() == 1 ? 0 : 1), term.number() == 1 ? 10 : 3, 1)
                        .plusDays(random.nextInt(60));
                Dimension dimension = dimensions[random.nextInt(dimensions.length)];
                entries.add(entry(term, day, Category.ACTIVITY, "活动", by, SourceSystem.YIBAN)
                        .points(dimension, Points.ofHundredths(25L * (1 + random.nextInt(8))))
                        .attribute("kind", "k" + random.nextInt(4)).build());
            }
            return entries;
        });
    }

    /**
     * Records {@code entriesOf} each student, in order, {@value #RECORD_BATCH} students' entries to one
     * {@link GrowthArchives#recordAll} call. Returns the number of entries recorded.
     */
    private long recordForEach(BiFunction<Integer, StudentNo, List<ArchiveEntry>> entriesOf) {
        Map<StudentNo, List<ArchiveEntry>> batch = new LinkedHashMap<>();
        long recorded = 0;
        for (int s = 0; s < students.size(); s++) {
            StudentNo student = students.get(s);
            List<ArchiveEntry> entries = entriesOf.apply(s, student);
            recorded += entries.size();
            batch.put(student, entries);
            if (batch.size() == RECORD_BATCH) {
                archives.recordAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            archives.recordAll(batch);
        }
        return recorded;
    }

    private static ArchiveEntry.Builder entry(TermId term, LocalDate date, Category category, String title, PersonId by, SourceSystem source) {
        return ArchiveEntry.builder().date(date).term(term).category(category).title(title)
                .source(source).recordedBy(by).visibility(Visibility.FAMILY);
    }
}

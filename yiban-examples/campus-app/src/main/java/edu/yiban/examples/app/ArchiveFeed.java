package edu.yiban.examples.app;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Feeds the growth archives (成长档案) from the campus systems that know what students did — the academic
 * affairs system (教务) sends grades, the youth league (团委) volunteer hours, the student affairs office
 * (学工) prizes, the PE department its fitness test — and reads an archive back as a given viewer sees it.
 *
 * <p>Each feed is one {@link GrowthArchives#recordAll} call: every entry is checked first, and a bad one
 * refuses the whole batch, naming the student and row.
 *
 * <pre>{@code
 * ArchiveFeed feed = injector.getInstance(ArchiveFeed.class);
 * feed.importGrades();
 * List<ArchiveRecord> seenByParent = feed.seenBy(CampusRegistry.LI_MING, Viewer.of(CampusRegistry.PARENT));
 * }</pre>
 */
public final class ArchiveFeed {
    /** The PE department's fitness test system: a source of the campus's own (the vocabulary is open). */
    public static final SourceSystem PE_DEPARTMENT = SourceSystem.of("pe-department");
    /** Counselling notes (谈心谈话记录): a category of the campus's own, which no evaluation rule reads. */
    public static final Category COUNSELLING = Category.of("counselling");

    private static final String[] COURSES = {"高等数学", "大学英语", "教育学原理"};
    private static final String[] CREDITS = {"4", "3", "2"};

    private final GrowthArchives archives;
    private final CampusRegistry registry;

    /** A feed into the runtime's archives. */
    @Inject
    public ArchiveFeed(GrowthArchives archives, CampusRegistry registry) {
        this.archives = archives;
        this.registry = registry;
    }

    /**
     * 教务: three course grades for every student. 李明's are fixed (92, 86, 79) so that his result can be
     * worked out by hand; the others' come from a seeded random source, the same on every run.
     */
    public int importGrades() {
        Random random = new Random(20220609);
        Map<StudentNo, List<ArchiveEntry>> batch = new LinkedHashMap<>();
        for (StudentNo student : registry.students()) {
            int[] scores = student.equals(CampusRegistry.LI_MING)
                    ? new int[] {92, 86, 79}
                    : new int[] {60 + random.nextInt(40), 60 + random.nextInt(40), 60 + random.nextInt(40)};
            List<ArchiveEntry> grades = new ArrayList<>();
            for (int c = 0; c < COURSES.length; c++) {
                grades.add(ArchiveEntry.builder()
                        .date(LocalDate.of(2023, 1, 12)).term(CampusRegistry.TERM).category(Category.ACADEMIC)
                        .title(COURSES[c] + " " + scores[c] + " 分")
                        .attribute("course", COURSES[c]).attribute("credits", CREDITS[c])
                        .attribute("score", Integer.toString(scores[c]))
                        .source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(CampusRegistry.COUNSELLOR)
                        .visibility(Visibility.FAMILY)
                        .build());
            }
            batch.put(student, grades);
        }
        return count(archives.recordAll(batch));
    }

    /** 团委: 李明's volunteer service, 12 and 9 hours, public so that the community can see it. */
    public int importVolunteerHours() {
        List<ArchiveEntry> service = List.of(
                volunteer(LocalDate.of(2022, 10, 15), "社区支教志愿服务", 12),
                volunteer(LocalDate.of(2022, 12, 3), "图书馆志愿服务", 9));
        return count(archives.recordAll(Map.of(CampusRegistry.LI_MING, service)));
    }

    /** 学工, the PE department and the counsellor: a prize, a fitness test and a counselling note for 李明. */
    public int recordOtherEvents() {
        List<ArchiveEntry> events = List.of(
                ArchiveEntry.builder()
                        .date(LocalDate.of(2022, 11, 20)).term(CampusRegistry.TERM).category(Category.COMPETITION)
                        .points(Dimension.INTELLECTUAL, Points.of(3))
                        .title("全国大学生数学建模竞赛 省级二等奖")
                        .attribute("level", "provincial").attribute("prize", "second")
                        .source(SourceSystem.STUDENT_AFFAIRS).recordedBy(CampusRegistry.COUNSELLOR)
                        .visibility(Visibility.PUBLIC)
                        .build(),
                ArchiveEntry.builder()
                        .date(LocalDate.of(2022, 11, 5)).term(CampusRegistry.TERM).category(Category.PHYSICAL_TEST)
                        .title("体质健康测试 良好").attribute("result", "good")
                        .source(PE_DEPARTMENT).recordedBy(CampusRegistry.COUNSELLOR)
                        .visibility(Visibility.FAMILY)
                        .build(),
                ArchiveEntry.builder()
                        .date(LocalDate.of(2022, 12, 20)).term(CampusRegistry.TERM).category(COUNSELLING)
                        .title("期末谈心谈话：学习计划与班级事务")
                        .source(SourceSystem.MANUAL).recordedBy(CampusRegistry.COUNSELLOR)
                        .visibility(Visibility.of(Audience.STUDENT, Audience.COUNSELLOR))
                        .build());
        return count(archives.recordAll(Map.of(CampusRegistry.LI_MING, events)));
    }

    /** The entries of {@code student}'s archive that {@code viewer} may see, by date. */
    public List<ArchiveRecord> seenBy(StudentNo student, Viewer viewer) {
        return archives.of(student).timeline(viewer);
    }

    /** The whole archive of {@code student}, as the student sees it. */
    public List<ArchiveRecord> ownArchive(StudentNo student) {
        return seenBy(student, Viewer.of(registry.personOf(student)));
    }

    private static ArchiveEntry volunteer(LocalDate date, String title, int hours) {
        return ArchiveEntry.builder()
                .date(date).term(CampusRegistry.TERM).category(Category.VOLUNTEER)
                .title(title + " " + hours + " 小时").attribute("hours", Integer.toString(hours))
                .source(SourceSystem.YOUTH_LEAGUE).recordedBy(CampusRegistry.COUNSELLOR)
                .visibility(Visibility.PUBLIC)
                .build();
    }

    private static int count(Map<StudentNo, ? extends List<?>> written) {
        return written.values().stream().mapToInt(List::size).sum();
    }
}

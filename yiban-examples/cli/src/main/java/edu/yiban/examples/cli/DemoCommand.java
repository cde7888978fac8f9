package edu.yiban.examples.cli;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveColumns;
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
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.directory.Student;
import edu.yiban.core.space.Activity;
import edu.yiban.core.space.ActivityMode;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.Notice;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Ratio;
import edu.yiban.core.space.SignInChannel;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.visibility.Visibility;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yiban demo}: builds a deterministic synthetic campus on the core (directory, class network
 * spaces, growth archives), verifies every hash chain and prints a summary. The full main job (organisation, evaluations,
 * report) grows here as the library does.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the main job on a synthetic campus / 在模拟校园上运行主流程.")
final class DemoCommand implements Callable<Integer> {
    private static final MessageBundle TEXT = new MessageBundle("edu.yiban.examples.cli.messages", DemoCommand.class);
    private static final String[][] COLLEGES = {
        {"EDU", "教育学院", "School of Education", "小学教育"},
        {"MATH", "数学与统计学院", "School of Mathematics and Statistics", "数学与应用数学"},
        {"FL", "外国语学院", "School of Foreign Languages", "英语"},
        {"IT", "信息科学技术学院", "School of Information Science and Technology", "计算机科学与技术"},
        {"ART", "美术学院", "School of Fine Arts", "美术学"},
        {"PE", "体育学院", "School of Physical Education", "体育教育"},
    };
    private static final int CLASS_SIZE = 30;

    @Option(names = "--students", defaultValue = "2000", description = "How many students (default ${DEFAULT-VALUE}).")
    int students;

    @Option(names = "--seed", defaultValue = "20220609", description = "Seed of the synthetic campus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--lang", description = "zh or en (default: the system's language).")
    String lang;

    @Override
    public Integer call() {
        Locale locale = lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang);
        PrintStream out = System.out;
        long started = System.nanoTime();
        Clock clock = Clock.fixed(Instant.parse("2023-01-20T10:00:00Z"), ZoneOffset.UTC);
        try (YibanCore core = YibanCore.builder().clock(clock).build()) {
            Random random = new Random(seed);
            List<StudentNo> enrolled = buildCampus(core.directory(), random);
            int entries = recordTerm(core, enrolled, random);
            Ratio signIns = runClassSpaces(core, random);
            VerificationReport report = core.verify();
            ArchiveColumns columns = core.archives().columns();
            long millis = (System.nanoTime() - started) / 1_000_000;

            out.println(TEXT.render(locale, "demo.title"));
            row(out, locale, "demo.colleges", core.directory().colleges().size());
            row(out, locale, "demo.classes", core.directory().classes().size());
            row(out, locale, "demo.students", enrolled.size());
            row(out, locale, "demo.entries", entries);
            row(out, locale, "demo.spaces", core.spaces().spaces(SpaceId.CLASS).size());
            out.println("  " + pad(TEXT.render(locale, "demo.signIns")) + String.format(Locale.ROOT, "%12s", signIns.scaled(4).movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
            row(out, locale, "demo.streams", report.streams().size());
            row(out, locale, "demo.records", report.records());
            row(out, locale, "demo.columnBytes", columns.rows() == 0 ? 0 : columns.bytes() / columns.rows());
            out.println(TEXT.render(locale, report.ok() ? "demo.verified" : "demo.broken", report.breaks().size()));
            out.println(TEXT.render(locale, "demo.took", Long.toString(millis)));
            return report.ok() ? 0 : 1;
        }
    }

    private static void row(PrintStream out, Locale locale, String key, long value) {
        out.println("  " + pad(TEXT.render(locale, key)) + String.format(Locale.ROOT, "%,12d", value));
    }

    private static String pad(String label) {
        return label + " ".repeat(Math.max(1, 30 - Terminal.width(label)));
    }

    /**
     * Opens every class's network space: students join (most verify their real name), the counsellor
     * posts a notice, students post, and a class meeting held online and offline at once takes sign-ins.
     * Returns the campus's sign-in rate.
     */
    private static Ratio runClassSpaces(YibanCore core, Random random) {
        Instant now = core.ledger().clock().instant();
        long signedIn = 0;
        long possible = 0;
        for (AdminClass adminClass : core.directory().classes()) {
            Space space = core.spaces().openForClass(adminClass.id());
            PersonId counsellor = core.directory().counsellorOf(adminClass.id()).orElseThrow();
            space.publishNotice(counsellor, new Notice("期末班会", "周五晚七点，线上线下同步召开期末班会。"));
            ContentId meeting = space.planActivity(counsellor, Activity.builder().title("期末班会").mode(ActivityMode.BLENDED)
                    .startsAt(now.plusSeconds(600)).endsAt(now.plusSeconds(4200))
                    .location("11栋一站式学生社区").url("https://www.yiban.cn/").build());
            for (Student student : core.directory().studentsOf(adminClass.id())) {
                PersonId person = student.person();
                space.join(person);
                if (random.nextInt(10) < 8) {
                    space.verifyRealName(person);
                }
                if (random.nextBoolean()) {
                    space.post(person, Post.of("期末复习资料已整理，欢迎交流。"));
                }
                if (random.nextInt(10) < 7) {
                    space.signIn(person, meeting, random.nextBoolean() ? SignInChannel.ONLINE : SignInChannel.OFFLINE);
                }
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Ratio rate = space.metrics(today, today).signInRate();
            signedIn += rate.numerator();
            possible += rate.denominator();
        }
        return new Ratio(signedIn, possible);
    }

    private List<StudentNo> buildCampus(CampusDirectory campus, Random random) {
        LocalDate enrolDay = LocalDate.of(2022, 9, 1);
        AcademicYear year = AcademicYear.of(2022);
        campus.declareTerm(new Term(year.term(1), enrolDay, LocalDate.of(2023, 1, 15)));
        campus.declareTerm(new Term(year.term(2), LocalDate.of(2023, 2, 20), LocalDate.of(2023, 7, 10)));
        int perCollege = Math.max(1, (students + COLLEGES.length - 1) / COLLEGES.length);
        List<Enrolment> enrolments = new ArrayList<>();
        Map<ClassId, PersonId> counsellors = new LinkedHashMap<>();
        for (int c = 0; c < COLLEGES.length && enrolments.size() < students; c++) {
            String[] row = COLLEGES[c];
            CollegeId college = CollegeId.of(row[0]);
            MajorId major = MajorId.of(row[0] + "-01");
            campus.addCollege(new College(college, row[1], Optional.of(row[2])));
            campus.addMajor(new Major(major, college, row[3]));
            PersonId counsellor = PersonId.of("T" + (1001 + c));
            campus.register(new Person(counsellor, "辅导员" + (c + 1), EnumSet.of(Role.COUNSELLOR, Role.TEACHER),
                    Optional.of(StaffNo.of("T" + (1001 + c))), Optional.of(college)));
            int inCollege = Math.min(perCollege, students - enrolments.size());
            for (int k = 0; k < inCollege; k++) {
                int classNo = k / CLASS_SIZE + 1;
                ClassId classId = ClassId.of(row[0] + "22" + String.format("%02d", classNo));
                if (!counsellors.containsKey(classId)) {
                    campus.addClass(new AdminClass(classId, "2022级" + row[3] + classNo + "班", college, major, Cohort.of(2022)));
                    counsellors.put(classId, counsellor);
                }
                StudentNo no = StudentNo.of(String.format("2022%02d%04d", c + 1, k + 1));
                enrolments.add(Enrolment.of(no, name(random), classId, enrolDay));
            }
        }
        campus.enrolAll(enrolments);
        counsellors.forEach((classId, counsellor) -> campus.assignCounsellor(classId, counsellor, enrolDay));
        return enrolments.stream().map(Enrolment::studentNo).toList();
    }

    private static int recordTerm(YibanCore core, List<StudentNo> enrolled, Random random) {
        TermId term = TermId.parse("2022-2023-1");
        Map<StudentNo, List<ArchiveEntry>> batch = new LinkedHashMap<>();
        int count = 0;
        for (StudentNo no : enrolled) {
            PersonId recorder = core.directory().counsellorOf(core.directory().student(no).orElseThrow().classId()).orElseThrow();
            List<ArchiveEntry> entries = new ArrayList<>();
            for (int course = 1; course <= 4; course++) {
                int score = 55 + random.nextInt(45);
                entries.add(ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(term).category(Category.ACADEMIC)
                        .title("课程 " + course + " 成绩 " + score).attribute("course", "C" + course).attribute("credits", "3")
                        .attribute("score", Integer.toString(score)).source(SourceSystem.ACADEMIC_AFFAIRS)
                        .recordedBy(recorder).visibility(Visibility.FAMILY).build());
            }
            int hours = random.nextInt(40);
            if (hours > 0) {
                entries.add(ArchiveEntry.builder().date(LocalDate.of(2022, 11, 1 + random.nextInt(28))).term(term)
                        .category(Category.VOLUNTEER).points(Dimension.MORAL, Points.ofHundredths(hours * 10L))
                        .title("志愿服务 " + hours + " 小时").attribute("hours", Integer.toString(hours))
                        .source(SourceSystem.YOUTH_LEAGUE).recordedBy(recorder).visibility(Visibility.PUBLIC).build());
            }
            if (random.nextInt(10) == 0) {
                entries.add(ArchiveEntry.builder().date(LocalDate.of(2022, 12, 5)).term(term).category(Category.COMPETITION)
                        .points(Dimension.INTELLECTUAL, Points.of(3)).title("学科竞赛 校级二等奖")
                        .attribute("level", "school").attribute("prize", "second")
                        .source(SourceSystem.STUDENT_AFFAIRS).recordedBy(recorder).visibility(Visibility.PUBLIC).build());
            }
            count += entries.size();
            batch.put(no, entries);
        }
        core.archives().recordAll(batch);
        return count;
    }

    private static String name(Random random) {
        String family = "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
        String given = "明芳伟娜磊静洋敏杰丽强军燕平刚桂英华玲";
        return "" + family.charAt(random.nextInt(family.length())) + given.charAt(random.nextInt(given.length()))
                + (random.nextBoolean() ? given.charAt(random.nextInt(given.length())) : "");
    }
}

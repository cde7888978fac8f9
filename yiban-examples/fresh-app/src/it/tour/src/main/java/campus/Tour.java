package campus;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.sdk.EvaluationReport;
import edu.yiban.sdk.Yiban;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class Tour {
    public static void main(String[] args) {
        try (Yiban yiban = Yiban.builder().build()) {   // in memory; .store(JdbcLedgerStore.h2File(path)) keeps it on disk
            CampusDirectory campus = yiban.campus();
            CollegeId edu = CollegeId.of("EDU");
            MajorId primary = MajorId.of("EDU-PRI");
            ClassId class1 = ClassId.of("EDU2201");
            TermId autumn = TermId.parse("2022-2023-1");
            PersonId counsellor = PersonId.of("T1001");
            StudentNo liMing = StudentNo.of("2022010101");
            LocalDate day1 = LocalDate.of(2022, 9, 1);

            // 1. the campus directory (校园名录): every call is one record on the hash-chained ledger
            campus.addCollege(new College(edu, "教育学院", Optional.of("School of Education")));
            campus.addMajor(new Major(primary, edu, "小学教育"));
            campus.declareTerm(new Term(autumn, day1, LocalDate.of(2023, 1, 15)));
            campus.addClass(new AdminClass(class1, "2022级小学教育1班", edu, primary, Cohort.of(2022)));
            campus.register(new Person(counsellor, "王老师", EnumSet.of(Role.COUNSELLOR), Optional.of(StaffNo.of("T1001")),
                    Optional.of(edu)));
            campus.assignCounsellor(class1, counsellor, day1);
            campus.enrolAll(List.of(Enrolment.of(liMing, "李明", class1, day1),
                    Enrolment.of(StudentNo.of("2022010102"), "王芳", class1, day1)));

            // 2. the growth archive (成长档案): entries from the campus's systems, each with who may see it
            for (String[] grade : new String[][] {{"高等数学", "4", "92"}, {"大学英语", "3", "86"}}) {
                yiban.archive(liMing).record(ArchiveEntry.builder()
                        .date(LocalDate.of(2023, 1, 12)).term(autumn).category(Category.ACADEMIC)
                        .title(grade[0] + " " + grade[2] + " 分")
                        .attribute("course", grade[0]).attribute("credits", grade[1]).attribute("score", grade[2])
                        .source(SourceSystem.ACADEMIC_AFFAIRS).recordedBy(counsellor).visibility(Visibility.FAMILY)
                        .build());
            }
            yiban.archive(liMing).record(ArchiveEntry.builder()
                    .date(LocalDate.of(2022, 10, 15)).term(autumn).category(Category.VOLUNTEER)
                    .title("社区支教志愿服务 12 小时").attribute("hours", "12")
                    .source(SourceSystem.YOUTH_LEAGUE).recordedBy(counsellor).visibility(Visibility.PUBLIC)
                    .build());
            System.out.println("the public sees " + yiban.archive(liMing).timeline(Viewer.anonymous()).size() + " of 3 entries");

            // 3. the comprehensive evaluation (综合测评) of the term, explained as a counsellor reads it out on appeal (申诉)
            EvaluationReport report = yiban.evaluateStudents(autumn);
            StudentResult result = report.results().result(liMing).orElseThrow();
            System.out.print(result.explain(Locale.ENGLISH));   // Locale.SIMPLIFIED_CHINESE for 中文

            // 4. every hash chain verifies (数据链校验)
            System.out.println("verified: " + yiban.verify().ok());
        }
    }
}

package edu.yiban.importers;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Major;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.importers.internal.Encodings;
import edu.yiban.sdk.Yiban;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvImporterTest {
    /** As a 学工 system exports it: a title row, the header, three students of two classes. */
    static final String ROSTER = """
            教育学院2022级学生花名册,,,,,,
            学号,姓名,学院,专业,年级,班级,辅导员 工号
            2022010101,李明,教育学院,小学教育,2022,2022级小学教育1班,
            2022010102,"王 小红",教育学院,小学教育,2022级,EDU2201,
            2022010201,"Zhang, Wei",教育学院,EDU-PRI,2022,2022级小学教育2班,
            """;

    final Yiban yiban = campus();
    final RosterCsvImporter importer = new RosterCsvImporter();

    static Yiban campus() {
        Yiban yiban = Yiban.builder().build();
        CampusDirectory d = yiban.campus();
        d.addCollege(new College(CollegeId.of("EDU"), "教育学院"));
        d.addMajor(new Major(MajorId.of("EDU-PRI"), CollegeId.of("EDU"), "小学教育"));
        d.addClass(new AdminClass(ClassId.of("EDU2201"), "2022级小学教育1班", CollegeId.of("EDU"), MajorId.of("EDU-PRI"), Cohort.of(2022)));
        d.addClass(new AdminClass(ClassId.of("EDU2202"), "2022级小学教育2班", CollegeId.of("EDU"), MajorId.of("EDU-PRI"), Cohort.of(2022)));
        return yiban;
    }

    ImportReport run(byte[] bytes, ImportOptions options) throws IOException {
        return importer.importRoster(new ByteArrayInputStream(bytes), yiban, options);
    }

    ImportReport run(String csv) throws IOException {
        return run(csv.getBytes(UTF_8), ImportOptions.of("花名册.csv"));
    }

    @Test
    void aRosterUnderItsTitleRowEnrolsEveryStudentInTheirClassOnTheFirstOfSeptember() throws IOException {
        ImportReport report = run(ROSTER);

        assertThat(report).isEqualTo(new ImportReport(3, 0, List.of(), false));
        assertThat(yiban.campus().studentsOf(ClassId.of("EDU2201"))).extracting(s -> s.name()).containsExactly("李明", "王 小红");
        // the quoted name keeps its comma
        assertThat(yiban.campus().student(StudentNo.of("2022010201")).orElseThrow().name()).isEqualTo("Zhang, Wei");
        assertThat(yiban.campus().student(StudentNo.of("2022010101")).orElseThrow().enrolledOn()).hasToString("2022-09-01");
    }

    @Test
    void aGbkFileIsDetectedAndReadAsAChineseExcelSavesIt() throws IOException {
        ImportReport report = run(ROSTER.getBytes(Encodings.GBK), ImportOptions.of("花名册-gbk.csv"));

        assertThat(report.written()).isEqualTo(3);
        assertThat(yiban.campus().student(StudentNo.of("2022010101")).orElseThrow().name()).isEqualTo("李明");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkReadsItsFirstHeader() throws IOException {
        String headerFirst = "\uFEFF学号,姓名,班级\r\n2022010101,李明,EDU2201\r\n";

        assertThat(run(headerFirst).written()).isEqualTo(1);
    }

    @Test
    void aDeclaredEncodingIsUsedAsDeclared() throws IOException {
        byte[] gbk = "学号,姓名,班级\n2022010101,李明,EDU2201\n".getBytes(Encodings.GBK);

        assertThatThrownBy(() -> run(gbk, ImportOptions.of("x.csv").charset(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.errors()).extracting(ImportError::code)
                        .containsExactly("ENCODING"));
    }

    @Test
    void quotedFieldsHoldCommasLineBreaksAndDoubledQuotes() throws IOException {
        run("学号,姓名,班级\n2022010101,\"李\"\"明\"\"\n二\",EDU2201\n");

        assertThat(yiban.campus().student(StudentNo.of("2022010101")).orElseThrow().name()).isEqualTo("李\"明\"\n二");
    }

    @Test
    void aFileWithBadRowsWritesNothingAndEachErrorNamesItsRowAndColumn() {
        long before = yiban.campus().version();
        String bad = """
                学号,姓名,班级
                2022010101,李明,EDU2201
                2022010102,王红,EDU2299
                2022010101,李明明,EDU2201
                2022010103,,EDU2201
                2022010104,赵六
                """;

        assertThatThrownBy(() -> run(bad)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.errors()).extracting(ImportError::row, ImportError::column, ImportError::value, ImportError::code)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(3, "班级", "EDU2299", "CLASS_UNKNOWN"),
                            org.assertj.core.groups.Tuple.tuple(4, "学号", "2022010101", "STUDENT_NO_TWICE"),
                            org.assertj.core.groups.Tuple.tuple(5, "姓名", "", "NAME_EMPTY"),
                            org.assertj.core.groups.Tuple.tuple(6, "班级", "", "ROW_TRUNCATED"));
            assertThat(e.errors().get(0).zh()).isEqualTo("花名册.csv 第 3 行 列「班级」值「EDU2299」：名录中没有班级 EDU2299（按代码或名称）；请先添加班级");
            assertThat(e.errors().get(0).en()).isEqualTo("花名册.csv row 3 column \"班级\" value \"EDU2299\": "
                    + "no class EDU2299 in the directory (by code or name); add the class first");
            assertThat(e.getMessage()).startsWith("[YB-IMPORT-INVALID] 花名册.csv 未导入，未写入任何数据：4 处问题：");
        });
        assertThat(yiban.campus().version()).isEqualTo(before);
    }

    @Test
    void aLenientImportWritesTheGoodRowsAndReportsTheRest() throws IOException {
        ImportReport report = run("学号,姓名,班级\n2022010101,李明,EDU2201\n2022010102,王红,EDU2299\n".getBytes(UTF_8),
                ImportOptions.of("花名册.csv").lenient(true));

        assertThat(report.written()).isEqualTo(1);
        assertThat(report.errors()).extracting(ImportError::row).containsExactly(3);
        assertThat(yiban.campus().students()).hasSize(1);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws IOException {
        run(ROSTER);
        long version = yiban.campus().version();

        ImportReport again = run(ROSTER);

        assertThat(again).isEqualTo(new ImportReport(0, 3, List.of(), false));
        assertThat(yiban.campus().version()).isEqualTo(version);
    }

    @Test
    void aDryRunReportsWhatWouldChangeAndWritesNothing() throws IOException {
        long before = yiban.campus().version();

        ImportReport report = run((ROSTER + "2022010301,钱七,,,,EDU2299,\n").getBytes(UTF_8), ImportOptions.of("花名册.csv").dryRun(true));

        assertThat(report.written()).isEqualTo(3);
        assertThat(report.dryRun()).isTrue();
        assertThat(report.errors()).extracting(ImportError::code).containsExactly("CLASS_UNKNOWN");
        assertThat(yiban.campus().version()).isEqualTo(before);
    }

    @Test
    void aCampusMapsItsOwnHeadersWithAJsonPreset() throws IOException {
        ColumnMapping own = ColumnMapping.fromJson(new ByteArrayInputStream(
                "{\"学生编号\":\"studentNo\",\"学生姓名\":\"name\",\"行政班\":\"class\"}".getBytes(UTF_8)));

        ImportReport report = new RosterCsvImporter(own).importRoster(new ByteArrayInputStream(
                "学生编号,学生姓名,行政班\n2022010101,李明,EDU2201\n".getBytes(UTF_8)), yiban, ImportOptions.of("教务.csv"));

        assertThat(report.written()).isEqualTo(1);
    }

    @Test
    void aPresetWithoutTheRequiredFieldsIsRefusedNamingThem() {
        assertThatThrownBy(() -> ColumnMapping.fromJson(new ByteArrayInputStream("{\"学号\":\"studentNo\"}".getBytes(UTF_8))))
                .isInstanceOf(edu.yiban.core.error.InvalidInputException.class).hasMessageContaining("name, class");
    }
}

package edu.yiban.core.validation;

import static edu.yiban.core.fixtures.Campus.EDU2201;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Points;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bad input is refused with a message naming the field, in Chinese and in English, and nothing is stored. */
class InvalidInputTest {
    private final YibanCore core = Campus.open();

    @Test
    void aMalformedStudentNumberIsRefusedNamingTheFieldInBothLanguages() {
        assertThatThrownBy(() -> StudentNo.of("2022-01 01"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo("YB-CORE-INVALID");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("studentNo");
                        assertThat(v.zh()).isEqualTo("学号“2022-01 01”格式不正确：应为 4 到 20 位字母或数字，例如 2022030117");
                        assertThat(v.en()).isEqualTo("student number \"2022-01 01\" is malformed: expected 4 to 20 letters or digits, e.g. 2022030117");
                    });
                    assertThat(e.getMessage()).startsWith("[YB-CORE-INVALID] 输入无效（1 处）：studentNo：学号")
                            .contains(" | invalid input (1): studentNo: student number");
                });
    }

    @Test
    void aMalformedStudentNumberInJsonIsNamedByItsJsonPath() {
        ObjectMapper json = YibanJson.newMapper();
        byte[] row = """
                {"person":"p1","studentNo":"学号12","name":"李明","classId":"EDU2201","date":"2022-09-01"}
                """.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> YibanJson.read(json, row, Enrolment.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("studentNo");
                    assertThat(v.zh()).startsWith("学号“学号12”格式不正确");
                }));
    }

    @Test
    void aTermNumberOutOfRangeIsRefused() {
        assertThatThrownBy(() -> TermId.parse("2022-2023-5"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("term");
                    assertThat(v.zh()).isEqualTo("学期序号 5 超出范围：应在 1 到 4 之间");
                    assertThat(v.en()).isEqualTo("term number 5 is out of range: it must lie between 1 and 4");
                }));
        assertThatThrownBy(() -> TermId.parse("2022-2024-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).en()).contains("two consecutive years"));
    }

    @Test
    void anEntryInATermTheCalendarDoesNotHaveIsRefusedAndNothingIsStored() {
        ArchiveEntry entry = entry(TermId.parse("2019-2020-1"), LocalDate.of(2019, 10, 1), "1", Visibility.CAMPUS);

        assertThatThrownBy(() -> core.archives().of(LI_MING).record(entry))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("term");
                    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("校历中未声明学期 2019-2020-1");
                    assertThat(v.message(Locale.ENGLISH)).isEqualTo("term 2019-2020-1 is not declared in the campus calendar");
                }));
        assertThat(core.archives().of(LI_MING).version()).isZero();
        assertThat(core.archives().columns().rows()).isZero();
    }

    @Test
    void missingFieldsAreAllNamedAtOnceInBothLanguagesAndNothingIsStored() {
        ArchiveEntry incomplete = ArchiveEntry.builder().date(LocalDate.of(2022, 10, 1)).term(T2022_1)
                .points(edu.yiban.core.archive.Dimension.MORAL, Points.of(1)).build();

        assertThatThrownBy(() -> core.archives().of(LI_MING).record(incomplete))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.path()).containsExactly(
                            "category", "recordedBy", "source", "title", "visibility");
                    assertThat(e.violations()).filteredOn(v -> v.path().equals("title")).singleElement().satisfies(v -> {
                        assertThat(v.zh()).isEqualTo("标题不能为空白");
                        assertThat(v.en()).isEqualTo("title must not be blank");
                        assertThat(v.code()).isEqualTo("NotBlank");
                    });
                    assertThat(e.violations()).filteredOn(v -> v.path().equals("source")).singleElement().satisfies(v -> {
                        assertThat(v.zh()).isEqualTo("来源系统不能为空");
                        assertThat(v.en()).isEqualTo("source system is required");
                    });
                });
        assertThat(core.archives().of(LI_MING).version()).isZero();
    }

    @Test
    void anEnrolmentWithAMissingClassIsNamedByTheField() {
        long before = core.directory().version();

        assertThatThrownBy(() -> core.directory().enrol(new Enrolment(null, StudentNo.of("2022010109"), "", EDU2201, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.path() + ": " + v.en()).containsExactly(
                                "date: date is required", "name: name must not be blank", "person: person is required"));
        assertThat(core.directory().version()).isEqualTo(before);
    }

    @Test
    void pointsWithMoreThanTwoDecimalsAreRefusedNotRounded() {
        assertThatThrownBy(() -> Points.of("1.005"))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.message(MessageBundle.ZH)).contains("分值 1.005 的小数超过两位"));
        assertThat(Points.of("1.50")).isEqualTo(Points.ofHundredths(150));
    }

    @Test
    void aVisibilityThatHidesAnEntryFromItsStudentIsRefused() {
        assertThatThrownBy(() -> Visibility.of(Audience.PARENT, Audience.COUNSELLOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).en()).isEqualTo("the visibility must include the student: every student sees their own archive"));
    }

    @Test
    void aNullAudienceInAVisibilityInJsonIsRefusedAsMissing() {
        byte[] json = "[\"STUDENT\",null]".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> YibanJson.read(YibanJson.newMapper(), json, Visibility.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.zh()).isEqualTo("缺少可见范围");
                            assertThat(v.en()).isEqualTo("visibility is required");
                        }));
    }
}

package edu.yiban.org.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.org.Refused;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed's plan, the date rule that turns its months into days, and plans other universities load. */
class PlanPresetTest {
    private final PlanPreset seed = PlanPreset.seed();

    @Test
    void theSeedPlanHasTheFourPhasesOfTheSeedWithTheirMonthsNamesAndTasks() {
        assertThat(seed.phases()).extracting(p -> p.id().value())
                .containsExactly("preparation", "promotion", "resource-integration", "substance-building");
        assertThat(seed.phases()).extracting(Phase::name).containsExactly("建设筹备", "推广实施", "资源整合", "内涵建设");
        assertThat(seed.phases()).extracting(p -> p.name(Locale.ENGLISH))
                .containsExactly("Preparation", "Promotion", "Resource integration", "Substance building");
        assertThat(seed.phases()).extracting(Phase::from, Phase::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2022, 5), YearMonth.of(2022, 8)),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2022, 8), YearMonth.of(2022, 12)),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2022, 12), YearMonth.of(2023, 9)),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2023, 9), YearMonth.of(2024, 8)));
        assertThat(seed.phase(PhaseId.of("promotion")).orElseThrow().tasks()).extracting(PhaseTask::text)
                .contains("建立网上班级", "指导辅导员注册、登录");
        assertThat(seed.phase(PhaseId.of("substance-building")).orElseThrow().tasks()).hasSize(8)
                .allSatisfy(t -> assertThat(t.textEn()).isPresent());
    }

    @Test
    void theSeedPlanWritesAndReadsBackEqual() {
        var json = edu.yiban.org.json.YibanOrgModule.newMapper();

        assertThat(edu.yiban.core.json.YibanJson.read(json, edu.yiban.core.json.YibanJson.write(json, seed), PlanPreset.class)).isEqualTo(seed);
    }

    @Test
    void aSharedBoundaryMonthBelongsToTheLaterPhase() {
        assertThat(seed.periods()).extracting(p -> p.id().value() + " " + p.start() + " " + p.end()).containsExactly(
                "preparation 2022-05-01 2022-07-31",
                "promotion 2022-08-01 2022-11-30",
                "resource-integration 2022-12-01 2023-08-31",
                "substance-building 2023-09-01 2024-08-31");
    }

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({
            "2022-05-01, preparation",
            "2022-07-31, preparation",
            "2022-08-01, promotion",
            "2022-08-15, promotion",
            "2022-12-01, resource-integration",
            "2023-08-31, resource-integration",
            "2023-09-01, substance-building",
            "2024-08-31, substance-building",
    })
    void everyDayOfThePlanLiesInExactlyOnePhase(LocalDate date, String phase) {
        assertThat(seed.periodOn(date)).map(p -> p.id().value()).contains(phase);
        assertThat(seed.periods()).filteredOn(p -> p.contains(date)).hasSize(1);
    }

    @Test
    void daysBeforeOrAfterThePlanLieInNoPhase() {
        assertThat(seed.periodOn(LocalDate.of(2022, 4, 30))).isEmpty();
        assertThat(seed.periodOn(LocalDate.of(2024, 9, 1))).isEmpty();
    }

    @Test
    void anotherUniversityLoadsItsOwnPlanAndItAnswers() {
        // three phases of its own, with a gap (2023-02 belongs to no phase) and no English names
        PlanPreset other = PlanPreset.fromJson(json("""
                {"name": "某大学易班建设规划",
                 "phases": [
                   {"id": "start", "name": "启动", "from": "2023-03", "to": "2023-06", "tasks": [{"text": "成立易班工作站"}]},
                   {"id": "roll-out", "name": "全面推广", "from": "2023-07", "to": "2024-01"},
                   {"id": "deepen", "name": "深化", "from": "2024-03", "to": "2025-07", "tasks": []}
                 ]}
                """));

        assertThat(other.periods()).extracting(p -> p.id() + " " + p.start() + " " + p.end()).containsExactly(
                "start 2023-03-01 2023-06-30", "roll-out 2023-07-01 2024-01-31", "deepen 2024-03-01 2025-07-31");
        assertThat(other.periodOn(LocalDate.of(2023, 7, 1))).map(PhasePeriod::id).contains(PhaseId.of("roll-out"));
        assertThat(other.periodOn(LocalDate.of(2024, 2, 14))).isEmpty();
        assertThat(other.phase(PhaseId.of("roll-out")).orElseThrow().name(Locale.ENGLISH)).isEqualTo("全面推广");
        assertThat(other.phase(PhaseId.of("roll-out")).orElseThrow().tasks()).isEmpty();
    }

    @Test
    void aPlanJsonWithoutAPhasesFirstMonthIsRefusedNamingTheFieldInChineseAndEnglish() {
        InputStream broken = json("""
                {"name": "某大学易班建设规划",
                 "phases": [
                   {"id": "start", "name": "启动", "from": "2023-03", "to": "2023-06"},
                   {"id": "roll-out", "name": "全面推广", "to": "2024-01"}
                 ]}
                """);

        Violation v = Refused.violation(() -> PlanPreset.fromJson(broken));
        assertThat(v.path()).isEqualTo("phases[1].from");
        assertThat(v.zh()).isEqualTo("缺少开始月份");
        assertThat(v.en()).isEqualTo("first month is required");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{'name': '规划', 'phases': [{'id': 'start', 'name': '启动', 'from': '2023-03', 'to': '2023-13'}]}  | phases[0].to",
            "{'name': '规划', 'phases': [{'id': 'start', 'name': ' ', 'from': '2023-03', 'to': '2023-06'}]}     | phases[0].name",
            "{'name': '规划', 'phases': [{'id': 'Start', 'name': '启动', 'from': '2023-03', 'to': '2023-06'}]}  | phases[0].id",
            "{'name': '规划', 'phases': [{'id': 'start', 'name': '启动', 'from': '2023-03', 'to': '2023-06', 'colour': 'red'}]} | phases[0].colour",
            "{'name': '规划', 'phases': [{'id': 'start', 'name': '启动', 'from': '2023-03', 'to': '2023-06', 'tasks': [null]}]} | phases[0].tasks[0]",
            "{'name': '规划', 'phases': []}                                                                 | phases",
    })
    void aMalformedPlanJsonIsRefusedNamingThePathOfTheFault(String json, String path) {
        InputStream broken = json(json.replace('\'', '"'));

        assertThat(Refused.violation(() -> PlanPreset.fromJson(broken)).path()).isEqualTo(path);
    }

    @Test
    void aBlankPhaseNameIsRefusedByValidationInChineseAndEnglish() {
        InputStream broken = json("""
                {"name": "某大学易班建设规划",
                 "phases": [{"id": "start", "name": " ", "from": "2023-03", "to": "2023-06"}]}
                """);

        Violation v = Refused.violation(() -> PlanPreset.fromJson(broken));
        assertThat(v.zh()).isEqualTo("名称不能为空白");
        assertThat(v.en()).isEqualTo("name must not be blank");
    }

    @Test
    void phasesOverlappingByMoreThanTheBoundaryMonthAreRefused() {
        InputStream overlapping = json("""
                {"name": "某大学易班建设规划",
                 "phases": [
                   {"id": "start", "name": "启动", "from": "2023-03", "to": "2023-08"},
                   {"id": "roll-out", "name": "全面推广", "from": "2023-07", "to": "2024-01"}
                 ]}
                """);

        Violation v = Refused.violation(() -> PlanPreset.fromJson(overlapping));
        assertThat(v.path()).isEqualTo("phases[1].from");
        assertThat(v.zh()).isEqualTo("阶段 roll-out 开始于 2023-07，早于阶段 start 结束的 2023-08：相邻阶段只能共用交界的一个月");
        assertThat(v.en()).isEqualTo("phase roll-out begins in 2023-07, before phase start ends in 2023-08: "
                + "neighbouring phases may share only the boundary month");
    }

    @Test
    void everyProblemOfAPlanIsReportedAtItsPathNotOnlyTheFirst() {
        InputStream broken = json("""
                {"name": "某大学易班建设规划",
                 "phases": [
                   {"id": "start", "name": "启动", "from": "2023-03", "to": "2023-08"},
                   {"id": "start", "name": "全面推广", "from": "2023-07", "to": "2024-01"},
                   {"id": "close", "name": "总结", "from": "2023-09", "to": "2024-06"}
                 ]}
                """);

        // phases[1] reuses the code start and begins before phases[0] ends; phases[2] begins before phases[1] ends
        assertThatThrownBy(() -> PlanPreset.fromJson(broken)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder("phases[1].id", "phases[1].from", "phases[2].from");
            assertThat(e.message(Locale.ENGLISH)).startsWith("invalid input (3): ");
        });
    }

    @Test
    void aOneMonthPhaseWhoseMonthTheNextPhaseSharesIsRefusedForItWouldHaveNoDay() {
        assertThatThrownBy(() -> new PlanPreset("规划", Optional.empty(), List.of(
                phase("a", YearMonth.of(2023, 3), YearMonth.of(2023, 3)),
                phase("b", YearMonth.of(2023, 3), YearMonth.of(2023, 6)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).path()).isEqualTo("phases[0].to"));
    }

    @Test
    void aPhaseCodeUsedTwiceAndAnEmptyPlanAreRefused() {
        assertThatThrownBy(() -> new PlanPreset("规划", Optional.empty(), List.of(
                phase("a", YearMonth.of(2023, 3), YearMonth.of(2023, 4)),
                phase("a", YearMonth.of(2023, 5), YearMonth.of(2023, 6)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).path()).isEqualTo("phases[1].id"));
        assertThatThrownBy(() -> new PlanPreset("规划", Optional.empty(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations().get(0).en()).isEqualTo("a plan needs at least one phase"));
    }

    @Test
    void aPhaseEndingBeforeItBeginsIsRefused() {
        Violation v = Refused.violation(() -> phase("a", YearMonth.of(2023, 6), YearMonth.of(2023, 3)));
        assertThat(v.path()).isEqualTo("to");
        assertThat(v.zh()).isEqualTo("阶段 a 的结束月份 2023-03 早于开始月份 2023-06");
    }

    private static Phase phase(String id, YearMonth from, YearMonth to) {
        return new Phase(PhaseId.of(id), id, Optional.empty(), from, to, List.of());
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

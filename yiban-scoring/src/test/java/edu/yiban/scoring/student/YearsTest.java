package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2023_1;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static edu.yiban.scoring.student.StudentCampus.Y2023;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.archive.Category;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule sets bound to years; who is evaluated in a period. */
class YearsTest extends OneStudentCampus {
    private final ObjectMapper json = YibanScoringModule.newMapper();

    @BeforeEach
    void record() {
        campus.record(li, campus.grade(T2022_1, "数学", "3", "88"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "provincial", "prize", "first"));
        campus.record(li, campus.entry(T2022_1, Category.VOLUNTEER, "hours", "25"));
        campus.record(li, campus.grade(T2023_1, "数学", "3", "90"));
        campus.record(li, campus.entry(T2023_1, Category.COMPETITION, "level", "provincial", "prize", "first"));
    }

    @Test
    void lastYearsRulesAndSystemRecomputeLastYearsResultsAfterThisYearsChanged() {
        RuleSet rules2022 = RuleSet.example2022();
        StudentEvaluation before = StudentEvaluation.builder(campus.core).rules(RuleSets.of(rules2022)).build();
        byte[] lastYear = YibanJson.write(json, before.evaluate(Y2022));

        // this year a provincial first prize is worth 7 instead of 5, and volunteering counts from 30 hours
        RuleSet rules2023 = Rules.set("2023-2024", "2023-2024.1", "{\"moral\": 60}", """
                {"code": "competition", "name": {"zh": "竞赛", "en": "competitions"}, "category": "competition", "part": "intellectual",
                 "method": {"type": "table", "rows": [{"when": {"level": "provincial", "prize": "first"}, "points": 7}]}},
                {"code": "discipline", "name": {"zh": "处分", "en": "sanctions"}, "category": "discipline", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {}, "points": -5, "severity": 3}]}, "severity": "sanction-level"}""", "");
        // … and this year's system weighs the five dimensions' points alike
        StudentEvaluation after = StudentEvaluation.builder(campus.core).rules(RuleSets.of(rules2022).with(rules2023))
                .system(Y2023, Rules.pointsOnly()).build();

        StudentResults again = after.evaluate(Y2022);
        StudentResults thisYear = after.evaluate(Y2023);

        assertThat(YibanJson.write(json, again)).as("2022-2023 recomputed byte for byte").isEqualTo(lastYear);
        assertThat(again.ruleSetVersion()).isEqualTo("2022-2023.1");
        assertThat(again.result(li).orElseThrow().points("intellectual")).isEqualByComparingTo("5");
        assertThat(thisYear.ruleSetVersion()).isEqualTo("2023-2024.1");
        assertThat(thisYear.result(li).orElseThrow().points("intellectual")).isEqualByComparingTo("7");
        assertThat(again.system()).as("the rule set's own parts scored 2022-2023").isEqualTo("example-rules");
        assertThat(thisYear.system()).isEqualTo("points-only");
    }

    @Test
    void aYearWithoutARuleSetIsRefusedNotEvaluatedWithAnotherYearsRules() {
        StudentEvaluation evaluation = StudentEvaluation.builder(campus.core).rules(RuleSets.of(RuleSet.example2022())).build();

        assertThatThrownBy(() -> evaluation.evaluate(T2023_1))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("2023-2024 学年没有测评细则；不能用其他学年的细则测评");
                    assertThat(e.message(java.util.Locale.ENGLISH)).startsWith("there is no rule set for the academic year 2023-2024");
                });
    }

    @Test
    void twoRuleSetsForOneYearAreRefused() {
        RuleSet example = RuleSet.example2022();

        assertThatThrownBy(() -> RuleSets.of(example, example.forYear(Y2022, "2022-2023.2")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.path()).isEqualTo("ruleSets[1].year")));
    }

    @Test
    void aSystemReadingAnIndicatorNothingProducesIsRefusedWhenTheEvaluationIsBuilt() {
        RuleSet withoutSanctions = Rules.set("{}", "", "");

        // the example system reads sanction-level, which no rule of this set feeds
        assertThatThrownBy(() -> StudentEvaluation.builder(campus.core).rules(RuleSets.of(withoutSanctions))
                .system(StudentEvaluation.defaultSystem()).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("system.indicators[8]");
                    assertThat(v.en()).isEqualTo("student-default reads the indicator sanction-level, which neither the rule set nor any plugin"
                            + " or source produces");
                }));
    }

    @Test
    void aRuleSetReadingAPluginsIndicatorThatNoPluginMeasuresIsRefusedNamingThePlugin() {
        RuleSet readsPlugin = Rules.set("{}", "", "").withIndicators(List.of(new edu.yiban.scoring.system.Indicator("library-hours",
                new edu.yiban.core.i18n.Bilingual("图书馆时长", "library hours"), "小时", edu.yiban.scoring.system.Direction.HIGHER_IS_BETTER,
                "plugin:library", java.util.Optional.empty())));

        assertThatThrownBy(() -> StudentEvaluation.builder(campus.core).rules(RuleSets.of(readsPlugin)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.en()).isEqualTo("test-rules reads the indicator library-hours, which nothing produces; the plugin library would"
                            + " produce it: is it installed and enabled?");
                    assertThat(v.zh()).contains("library-hours").contains("插件 library");
                }));
    }

    @Test
    void aStudentSuspendedForTheWholeTermIsNotEvaluatedButOneWhoLeftDuringItIs() {
        StudentNo wang = campus.enrol("2022010102", "王芳", EDU2201);
        StudentNo zhao = campus.enrol("2022010103", "赵磊", EDU2201);
        campus.core.directory().changeStatus(wang, new StatusChange(StudentStatus.SUSPENDED, LocalDate.of(2022, 9, 1)));
        campus.core.directory().changeStatus(zhao, new StatusChange(StudentStatus.WITHDRAWN, LocalDate.of(2022, 10, 1)));

        StudentResults results = Rules.evaluation(campus, Rules.set("{}", "", "")).evaluate(T2022_1);

        assertThat(results.results()).extracting(StudentResult::student).containsExactly(li, zhao);
    }

    @Test
    void aStudentIsGroupedByTheClassTheyAreInOnThePeriodsLastDay() {
        campus.core.directory().transfer(li, StudentCampus.ENG2201, LocalDate.of(2022, 12, 1));

        StudentResult term = Rules.evaluation(campus, Rules.set("{}", "", "")).evaluate(T2022_1).result(li).orElseThrow();

        assertThat(term.classId()).isEqualTo(StudentCampus.ENG2201);
        assertThat(term.major()).isEqualTo(StudentCampus.ENGLISH);
        assertThat(term.group(Grouping.COHORT)).isEqualTo("2022");
        assertThat(List.of(term.group(Grouping.CLASS), term.group(Grouping.MAJOR), term.group(Grouping.COLLEGE)))
                .containsExactly("ENG2201", "EDU-ENG", "EDU");
    }
}

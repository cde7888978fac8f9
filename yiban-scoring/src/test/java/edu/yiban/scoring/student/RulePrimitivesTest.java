package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2022_2;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.id.StudentNo;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each rule primitive of a rule table on its own, with the arithmetic by hand. */
class RulePrimitivesTest extends OneStudentCampus {
    private static final String NO_BASE = "{}";
    private static final String NO_LIMITS = "";
    private static final String COMPETITION = """
            {"code": "competition", "name": {"zh": "竞赛", "en": "competitions"}, "category": "competition", "part": "intellectual",
             "method": {"type": "table", "rows": [{"when": {"level": "national"}, "points": 4}, {"when": {"level": "provincial"}, "points": 3},
                                                  {"when": {"level": "school"}, "points": 1}]}}""";


    private StudentResult termResult(RuleSet rules) {
        return Rules.term(campus, T2022_1, rules).result(li).orElseThrow();
    }

    @Test
    void theBaseScoreCountsOncePerPeriodEvenOverTwoTerms() {
        RuleSet rules = Rules.set("{\"moral\": 60, \"labour\": 50}", "", NO_LIMITS);
        campus.record(li, campus.grade(T2022_1, "数学", "2", "90"));
        campus.record(li, campus.grade(T2022_2, "数学", "2", "90"));

        StudentResult year = Rules.evaluation(campus, rules).evaluate(Y2022).result(li).orElseThrow();

        assertThat(year.points("moral")).isEqualByComparingTo("60");
        assertThat(year.points("labour")).isEqualByComparingTo("50");
        assertThat(year.points("physical")).isEqualByComparingTo("0");
        assertThat(year.lines()).extracting(ItemLine::kind).containsOnly(ItemLine.Kind.BASE);
    }

    @Test
    void aPointsTableGivesTheFirstRowThatMatchesAndDeductionsTakePoints() {
        RuleSet rules = Rules.set("{\"moral\": 60}", """
                {"code": "honour", "name": {"zh": "荣誉", "en": "honours"}, "category": "award", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {"level": "national"}, "points": 5}, {"when": {}, "points": 1}]}},
                {"code": "sanction", "name": {"zh": "处分", "en": "sanctions"}, "category": "discipline", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {"level": "warning"}, "points": -3}]}}""", NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.AWARD, "level", "national"));
        campus.record(li, campus.entry(T2022_1, Category.AWARD, "level", "college"));
        campus.record(li, campus.entry(T2022_1, Category.DISCIPLINE, "level", "warning"));

        // 60 + 5 (national) + 1 (any other) − 3 (warning) = 63
        assertThat(termResult(rules).points("moral")).isEqualByComparingTo("63");
    }

    @Test
    void anEntryNoRowMatchesCountsZeroAndItsLineSaysSo() {
        RuleSet rules = Rules.set(NO_BASE, COMPETITION, NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "international"));

        ItemLine line = termResult(rules).lines("intellectual").get(0);

        assertThat(line.kind()).isEqualTo(ItemLine.Kind.NOT_COUNTED);
        assertThat(line.points()).isZero();
        assertThat(line.text().zh()).isEqualTo("竞赛（level=international）：细则中没有相符的分值，记 0 分");
    }

    @Test
    void aRuleTakesOnlyEntriesWithItsAttributeValuesAndTheFirstRuleThatMatchesWins() {
        RuleSet rules = Rules.set(NO_BASE, """
                {"code": "arts", "name": {"zh": "文艺", "en": "arts"}, "category": "activity", "when": {"kind": "arts"}, "part": "aesthetic",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 2}]}},
                {"code": "other", "name": {"zh": "其他", "en": "other"}, "category": "activity", "method": {"type": "recorded"}}""", NO_LIMITS);
        campus.record(li, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.AESTHETIC, "9", "kind", "arts"));
        campus.record(li, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.LABOUR, "1.25", "kind", "cleaning"));

        StudentResult result = termResult(rules);

        // the arts entry's own 9 points are not counted: the arts rule gives 2; the other entry counts its recorded 1.25 in 劳
        assertThat(result.points("aesthetic")).isEqualByComparingTo("2");
        assertThat(result.points("labour")).isEqualByComparingTo("1.25");
    }

    @Test
    void aCategoryCapPerTermHoldsEachTermOnItsOwnAndAPeriodCapTheYearsSum() {
        String perTerm = """
                {"code": "cap", "name": {"zh": "竞赛每学期不超过 5 分", "en": "at most 5 a term"}, "category": "competition", "per": "TERM", "cap": 5}""";
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "national"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "national"));
        campus.record(li, campus.entry(T2022_2, Category.COMPETITION, "level", "provincial"));

        // term 1: 4 + 4 = 8 → capped at 5; term 2: 3; the year: 5 + 3 = 8
        StudentResult byTerm = Rules.evaluation(campus, Rules.set(NO_BASE, COMPETITION, perTerm)).evaluate(Y2022).result(li).orElseThrow();
        assertThat(byTerm.points("intellectual")).isEqualByComparingTo("8");
        assertThat(byTerm.lines("intellectual")).filteredOn(l -> l.kind() == ItemLine.Kind.CAP).singleElement()
                .satisfies(l -> {
                    assertThat(l.points()).isEqualByComparingTo("-3");
                    assertThat(l.term()).contains(T2022_1);
                    assertThat(l.text().en()).isEqualTo("at most 5 a term: 8.00 in all, capped at 5.00");
                });
        // the same cap over the period: 4 + 4 + 3 = 11 → 5
        StudentResult byYear = Rules.evaluation(campus, Rules.set(NO_BASE, COMPETITION, perTerm.replace("TERM", "PERIOD")))
                .evaluate(Y2022).result(li).orElseThrow();
        assertThat(byYear.points("intellectual")).isEqualByComparingTo("5");
    }

    @Test
    void aDimensionFloorHoldsTheDimensionWithItsBaseAndACapTakesTheExcess() {
        RuleSet rules = Rules.set("{\"moral\": 10, \"aesthetic\": 95}", """
                {"code": "sanction", "name": {"zh": "处分", "en": "sanctions"}, "category": "discipline", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {}, "points": -20}]}},
                {"code": "arts", "name": {"zh": "文艺", "en": "arts"}, "category": "activity", "part": "aesthetic",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 8}]}}""", """
                {"code": "moral-range", "name": {"zh": "德育 0–100", "en": "moral 0–100"}, "part": "moral", "per": "PERIOD", "floor": 0, "cap": 100},
                {"code": "arts-range", "name": {"zh": "美育 0–100", "en": "aesthetic 0–100"}, "part": "aesthetic", "per": "PERIOD", "floor": 0, "cap": 100}""");
        campus.record(li, campus.entry(T2022_1, Category.DISCIPLINE, "level", "warning"));
        campus.record(li, campus.entry(T2022_1, Category.ACTIVITY, "kind", "choir"));

        StudentResult result = termResult(rules);

        // 德 10 − 20 = −10 → floor 0 (+10); 美 95 + 8 = 103 → cap 100 (−3)
        assertThat(result.points("moral")).isEqualByComparingTo("0");
        assertThat(result.lines("moral")).last().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(ItemLine.Kind.FLOOR);
            assertThat(l.points()).isEqualByComparingTo("10");
        });
        assertThat(result.points("aesthetic")).isEqualByComparingTo("100");
    }

    @Test
    void onlyTheHighestItemOfAGroupCountsWithinATermAndTiesKeepTheEarliest() {
        RuleSet rules = Rules.set(NO_BASE, COMPETITION.replace("]}}", "]}, \"highestOnly\": {\"by\": \"project\"}}"), NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "provincial", "project", "a"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "national", "project", "a"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "school", "project", "b"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "school", "project", "b"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "school"));

        StudentResult result = termResult(rules);

        // project a: national 4 (provincial 3 does not count); project b: two school prizes of 1, the first counts;
        // no project: counts on its own 1 → 4 + 1 + 1 = 6
        assertThat(result.points("intellectual")).isEqualByComparingTo("6");
        assertThat(result.lines("intellectual")).extracting(l -> l.entries().get(0).sequence(), ItemLine::kind).containsExactly(
                tuple(1L, ItemLine.Kind.NOT_COUNTED), tuple(2L, ItemLine.Kind.ITEM), tuple(3L, ItemLine.Kind.ITEM),
                tuple(4L, ItemLine.Kind.NOT_COUNTED), tuple(5L, ItemLine.Kind.ITEM));
    }

    @Test
    void withoutAGroupAttributeTheHighestOfAllTheRulesItemsOfATermCounts() {
        RuleSet rules = Rules.set(NO_BASE, COMPETITION.replace("]}}", "]}, \"highestOnly\": {}}"), NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "school"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "provincial"));
        campus.record(li, campus.entry(T2022_2, Category.COMPETITION, "level", "school"));

        StudentResult year = Rules.evaluation(campus, rules).evaluate(Y2022).result(li).orElseThrow();

        // term 1: the highest of 1 and 3 → 3; term 2 is its own term: 1 → 4
        assertThat(year.points("intellectual")).isEqualByComparingTo("4");
    }

    @Test
    void aPostHeldForPartOfATermCountsForTheDaysItCovers() {
        RuleSet rules = Rules.set(NO_BASE, """
                {"code": "post", "name": {"zh": "任职", "en": "posts"}, "category": "post", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 4}]}, "prorate": "TERM"}""", NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "monitor", "from", "2022-09-01", "to", "2022-11-08"));
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "committee", "from", "2022-06-01"));
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "secretary", "from", "2023-02-01"));

        StudentResult result = termResult(rules);

        // the term runs 2022-09-01 … 2023-01-15: 137 days
        // monitor 1 Sep – 8 Nov: 30 + 31 + 8 = 69 days → 4 × 69 / 137 = 2.0146 → 2.01
        // committee from before the term to its end: 137 days → 4.00; secretary from after the term: 0 days → 0.00
        assertThat(result.lines("moral")).extracting(ItemLine::points)
                .containsExactly(new BigDecimal("2.01"), new BigDecimal("4.00"), new BigDecimal("0.00"));
        assertThat(result.lines("moral").get(0).text().zh()).isEqualTo("任职（from=2022-09-01, post=monitor, to=2022-11-08）：4 × 69/137 天 = 2.01");
    }

    @Test
    void aTeamAwardIsSharedByPlaceWithTheLastShareBeyondTheTableOrEqually() {
        RuleSet byPlace = Rules.set(NO_BASE, """
                {"code": "team", "name": {"zh": "团队", "en": "team"}, "category": "competition", "part": "intellectual",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 10}]}, "team": {"split": "BY_PLACE", "shares": [0.5, 0.3, 0.2]}}""",
                NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "place", "1", "teamSize", "3"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "place", "5", "teamSize", "5"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "place", "1", "teamSize", "1"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION));

        // 10 × 0.5 = 5; the 5th of 5 takes the last share 0.2 → 2; a team of one and an individual entry keep 10
        assertThat(termResult(byPlace).lines("intellectual")).extracting(ItemLine::points)
                .containsExactly(new BigDecimal("5.00"), new BigDecimal("2.00"), new BigDecimal("10.00"), new BigDecimal("10.00"));
        // equally: 10 ÷ 3 = 3.333… → 3.33; 10 ÷ 5 = 2.00
        RuleSet equally = Rules.set(NO_BASE, """
                {"code": "team", "name": {"zh": "团队", "en": "team"}, "category": "competition", "part": "intellectual",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 10}]}, "team": {"split": "EQUAL"}}""", NO_LIMITS);
        assertThat(termResult(equally).lines("intellectual")).extracting(ItemLine::points)
                .containsExactly(new BigDecimal("3.33"), new BigDecimal("2.00"), new BigDecimal("10.00"), new BigDecimal("10.00"));
    }

    @Test
    void aPeerRatingIsATrimmedMeanAndVoidBelowItsMinimumCount() {
        RuleSet rules = Rules.set(NO_BASE, """
                {"code": "peer", "name": {"zh": "民主评议", "en": "peer rating"}, "category": "peer-rating", "part": "moral",
                 "method": {"type": "trimmed-mean", "attribute": "rating", "trim": 1, "minimumCount": 4, "scale": 0.1}}""", NO_LIMITS);
        StudentNo wang = campus.enrol("2022010102", "王芳", EDU2201);
        for (String r : new String[] {"80", "100", "90", "85", "10"}) {
            campus.record(li, campus.entry(T2022_1, StudentCampus.PEER_RATING, "rating", r));
        }
        for (String r : new String[] {"80", "100", "90"}) {
            campus.record(wang, campus.entry(T2022_1, StudentCampus.PEER_RATING, "rating", r));
        }

        StudentResults results = Rules.term(campus, T2022_1, rules);

        // li: 10 and 100 dropped; (80 + 90 + 85) / 3 × 0.1 = 8.5; wang: 3 ratings < 4 → void, 0
        assertThat(results.result(li).orElseThrow().points("moral")).isEqualByComparingTo("8.50");
        assertThat(results.result(wang).orElseThrow().lines("moral")).singleElement().satisfies(l -> {
            assertThat(l.points()).isZero();
            assertThat(l.entries()).hasSize(3);
            assertThat(l.text().en()).isEqualTo("peer rating: only 3 ratings, fewer than 4; the rating is void and counts 0");
        });
    }

    @Test
    void volunteerHoursAreSummedOverThePeriodIntoBands() {
        RuleSet rules = Rules.set(NO_BASE, """
                {"code": "volunteer", "name": {"zh": "志愿服务", "en": "volunteering"}, "category": "volunteer", "part": "moral",
                 "method": {"type": "sum-bands", "attribute": "hours", "bands": [{"from": 10, "points": 1}, {"from": 20, "points": 2.5}]}}""",
                NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.VOLUNTEER, "hours", "6"));
        campus.record(li, campus.entry(T2022_1, Category.VOLUNTEER, "hours", "3.5"));

        // a term: 9.5 hours, below the lowest band → 0
        assertThat(termResult(rules).lines("moral")).singleElement().satisfies(l -> {
            assertThat(l.points()).isZero();
            assertThat(l.text().zh()).isEqualTo("志愿服务：2 项共 9.5，未达到最低档（10），记 0 分");
        });
        // the year: 9.5 + 11 = 20.5 hours → the band from 20: 2.5
        campus.record(li, campus.entry(T2022_2, Category.VOLUNTEER, "hours", "11"));
        StudentResult year = Rules.evaluation(campus, rules).evaluate(Y2022).result(li).orElseThrow();
        assertThat(year.points("moral")).isEqualByComparingTo("2.50");
        assertThat(year.lines("moral").get(0).entries()).hasSize(3);
    }

    @Test
    void aSanctionFeedsItsSeverityIndicatorWithTheHighestLevelMatched() {
        RuleSet rules = Rules.set(NO_BASE, """
                {"code": "sanction", "name": {"zh": "处分", "en": "sanctions"}, "category": "discipline", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {"level": "warning"}, "points": -2, "severity": 1},
                                                      {"when": {"level": "probation"}, "points": -10, "severity": 4}]},
                 "severity": "sanction-level"}""", NO_LIMITS);
        StudentNo wang = campus.enrol("2022010102", "王芳", EDU2201);
        campus.record(li, campus.entry(T2022_1, Category.DISCIPLINE, "level", "probation"));
        campus.record(li, campus.entry(T2022_1, Category.DISCIPLINE, "level", "warning"));

        var raw = Rules.evaluation(campus, rules).rawValues(EvaluationPeriod.term(T2022_1));

        assertThat(raw.get(li.value(), "sanction-level").orElseThrow().value()).isEqualByComparingTo("4");
        assertThat(raw.get(li.value(), "points.moral").orElseThrow().value()).isEqualByComparingTo("-12");
        assertThat(raw.get(wang.value(), "sanction-level").orElseThrow().value()).as("a student with no sanction has level 0").isZero();
    }

    @Test
    void anEntryTheRulesCannotReadRefusesTheEvaluationNamingTheEntryAndAttribute() {
        RuleSet rules = Rules.set(NO_BASE, """
                {"code": "volunteer", "name": {"zh": "志愿服务", "en": "volunteering"}, "category": "volunteer", "part": "moral",
                 "method": {"type": "sum-bands", "attribute": "hours", "bands": [{"from": 10, "points": 1}]}},
                {"code": "post", "name": {"zh": "任职", "en": "posts"}, "category": "post", "part": "moral",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 4}]}, "prorate": "TERM"}""", NO_LIMITS);
        campus.record(li, campus.entry(T2022_1, Category.VOLUNTEER, "hours", "six"));
        campus.record(li, campus.entry(T2022_1, Category.POST, "from", "2022-12-01", "to", "2022-10-01"));

        assertThatThrownBy(() -> Rules.term(campus, T2022_1, rules))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).satisfiesExactly(
                        v -> {
                            assertThat(v.path()).isEqualTo("2022010101#1.attributes.hours");
                            assertThat(v.zh()).isEqualTo("属性 hours 应为数字，而不是“six”");
                            assertThat(v.en()).isEqualTo("the attribute hours must be a number, not \"six\"");
                        },
                        v -> assertThat(v.path()).isEqualTo("2022010101#2.attributes.to")));
    }

    @Test
    void aCorrectedOrRevokedEntryNoLongerCounts() {
        RuleSet rules = Rules.set(NO_BASE, COMPETITION, NO_LIMITS);
        var first = campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "school"));
        var second = campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "school"));
        campus.core.archives().of(li).correct(first, campus.entry(T2022_1, Category.COMPETITION, "level", "national"), "等级录入有误");
        campus.core.archives().of(li).revoke(second, "重复录入", StudentCampus.COUNSELLOR);

        // only the correction counts: 4
        assertThat(termResult(rules).points("intellectual")).isEqualByComparingTo("4");
    }
}

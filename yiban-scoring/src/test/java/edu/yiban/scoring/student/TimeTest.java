package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static edu.yiban.scoring.student.StudentCampus.T2022_2;
import static edu.yiban.scoring.student.StudentCampus.Y2022;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.archive.Category;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Posts held for part of a period, one after another or at once, and points given per year: the campus's
 * 2022-2023-1 runs 2022-09-01 to 2023-01-15 (137 days), 2022-2023-2 2023-02-20 to 2023-07-10 (141 days).
 */
class TimeTest extends OneStudentCampus {
    private static final String MORAL = """
            {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [
              {"code": "moral", "name": {"zh": "德育", "en": "moral"}}]}""";

    private static String posts(String prorate, String over) {
        return """
                {"code": "post", "name": {"zh": "学生干部", "en": "posts"}, "category": "post", "part": "moral", "prorate": "%s",
                 "highestOnly": {"over": "%s"},
                 "method": {"type": "table", "rows": [{"when": {"post": "president"}, "points": 4, "name": {"zh": "学生会主席", "en": "president"}},
                                                      {"when": {"post": "monitor"}, "points": 3, "name": {"zh": "班长", "en": "monitor"}},
                                                      {"when": {"post": "committee"}, "points": 2, "name": {"zh": "班委", "en": "committee"}}]}}"""
                .formatted(prorate, over);
    }

    private StudentResult term(String rules) {
        return Rules.own(campus, Rules.custom(MORAL, rules, "", "")).evaluate(T2022_1).result(li).orElseThrow();
    }

    @Test
    void postsHeldOneAfterAnotherEachCountForTheirDaysWhenTheHighestCountsAtAnyOneTime() {
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "monitor", "from", "2022-09-01", "to", "2022-10-31"));
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "president", "from", "2022-11-01", "to", "2023-01-15"));

        // monitor 3 × 61/137 = 1.3357… → 1.34; president 4 × 76/137 = 2.2189… → 2.22; both count: 3.56
        assertThat(term(posts("TERM", "DAY")).lines("moral")).extracting(ItemLine::kind, ItemLine::points).containsExactly(
                tuple(ItemLine.Kind.ITEM, new BigDecimal("1.34")), tuple(ItemLine.Kind.ITEM, new BigDecimal("2.22")));
        // the highest of the term instead: only the president's 2.22 counts
        assertThat(term(posts("TERM", "TERM")).lines("moral")).extracting(ItemLine::kind, ItemLine::points).containsExactly(
                tuple(ItemLine.Kind.NOT_COUNTED, new BigDecimal("0.00")), tuple(ItemLine.Kind.ITEM, new BigDecimal("2.22")));
    }

    @Test
    void postsHeldAtOnceCountTheHigherOneForTheDaysTheyOverlap() {
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "committee", "from", "2022-09-01", "to", "2023-01-15"));
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "monitor", "from", "2022-09-01", "to", "2022-10-31"));

        StudentResult result = term(posts("TERM", "DAY"));

        // committee the other 76 days: 2 × 76/137 = 1.1094… → 1.11; monitor its 61 days: 3 × 61/137 = 1.34; 2.45 in all
        assertThat(result.lines("moral")).extracting(ItemLine::points).containsExactly(new BigDecimal("1.11"), new BigDecimal("1.34"));
        assertThat(result.points("moral")).isEqualByComparingTo("2.45");
        assertThat(result.lines("moral").get(0).text().zh()).isEqualTo("学生干部（班委）：2 × 76/137 天 = 1.11（其中 61 天同组另有更高一项）");
    }

    @Test
    void pointsGivenPerYearAreSpreadOverTheYearsTermsByTheirDaysAndAddUpToTheYearsPoints() {
        String station = """
                {"code": "station", "name": {"zh": "工作站站长", "en": "station head"}, "category": "post", "part": "moral", "prorate": "YEAR",
                 "method": {"type": "table", "rows": [{"when": {}, "points": 4}]}}""";
        RuleSet rules = Rules.custom(MORAL, station, "", "");
        // recorded once, in autumn, for the whole year
        campus.record(li, campus.entry(T2022_1, Category.POST, "from", "2022-09-01", "to", "2023-07-10"));

        StudentEvaluation evaluation = Rules.own(campus, rules);

        // autumn 4 × 137/278 = 1.9712… → 1.97; spring, from the autumn entry, 4 × 141/278 = 2.0287… → 2.03; the year 4.00
        assertThat(evaluation.evaluate(T2022_1).result(li).orElseThrow().points("moral")).isEqualByComparingTo("1.97");
        assertThat(evaluation.evaluate(T2022_2).result(li).orElseThrow().points("moral")).isEqualByComparingTo("2.03");
        StudentResult year = evaluation.evaluate(Y2022).result(li).orElseThrow();
        assertThat(year.points("moral")).isEqualByComparingTo("4.00");
        assertThat(year.lines("moral")).extracting(l -> l.term().orElseThrow(), ItemLine::points)
                .containsExactly(tuple(T2022_1, new BigDecimal("1.97")), tuple(T2022_2, new BigDecimal("2.03")));
    }

    @Test
    void theHighestOfThePeriodCountsOnceOverAYearWhileEachTermAloneCountsItsOwn() {
        String honours = """
                {"code": "honour", "name": {"zh": "荣誉", "en": "honours"}, "category": "award", "part": "moral", "highestOnly": {"over": "PERIOD"},
                 "method": {"type": "table", "rows": [{"when": {"level": "national"}, "points": 6}, {"when": {"level": "school"}, "points": 2}]}}""";
        campus.record(li, campus.entry(T2022_1, Category.AWARD, "level", "school"));
        campus.record(li, campus.entry(T2022_2, Category.AWARD, "level", "national"));
        StudentEvaluation evaluation = Rules.own(campus, Rules.custom(MORAL, honours, "", ""));

        assertThat(evaluation.evaluate(T2022_1).result(li).orElseThrow().points("moral")).isEqualByComparingTo("2");
        StudentResult year = evaluation.evaluate(Y2022).result(li).orElseThrow();
        assertThat(year.points("moral")).isEqualByComparingTo("6");
        assertThat(year.lines("moral")).extracting(ItemLine::kind).containsExactly(ItemLine.Kind.NOT_COUNTED, ItemLine.Kind.ITEM);
    }
}

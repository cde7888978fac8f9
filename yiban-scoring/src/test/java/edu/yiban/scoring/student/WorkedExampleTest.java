package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.PEER_RATING;
import static edu.yiban.scoring.student.StudentCampus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A student's full score by the example rules of 2022-2023 and the default system, with the arithmetic by
 * hand; and a classmate whose sanction vetoes the total.
 */
class WorkedExampleTest {
    private StudentCampus campus;
    private StudentNo li;
    private StudentNo wang;
    private EntryRef monitor;
    private EntryRef provincialMaths;

    @BeforeEach
    void record() {
        campus = new StudentCampus();
        li = campus.enrol("2022010101", "李明", EDU2201);
        wang = campus.enrol("2022010102", "王芳", EDU2201);
        // grades: 4 × 4.0 (92) + 3 × 3.7 (86) + 2.5 × 3.0 (79) + 1 × 3.7 (良好 = 85)
        campus.record(li, campus.grade(T2022_1, "高等数学", "4", "92"));
        campus.record(li, campus.grade(T2022_1, "大学英语", "3", "86"));
        campus.record(li, campus.grade(T2022_1, "教育学原理", "2.5", "79"));
        campus.record(li, campus.gradeWord(T2022_1, "体育", "1", "良好"));
        // competitions (智): one project's two prizes (highest only), a 2nd member of 3, a 4th member of 4
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "national", "prize", "first",
                "project", "modelling", "place", "2", "teamSize", "3"));
        provincialMaths = campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "provincial", "prize", "first",
                "project", "modelling", "place", "2", "teamSize", "3"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "provincial", "prize", "second", "project", "physics"));
        campus.record(li, campus.entry(T2022_1, Category.COMPETITION, "level", "school", "prize", "first",
                "project", "debate", "place", "4", "teamSize", "4"));
        // 德: honours, two posts (the highest counts), volunteer hours, a peer rating
        campus.record(li, campus.entry(T2022_1, Category.AWARD, "level", "school"));
        campus.record(li, campus.entry(T2022_1, Category.AWARD, "level", "provincial"));
        monitor = campus.record(li, campus.entry(T2022_1, Category.POST, "post", "monitor", "from", "2022-09-01", "to", "2022-11-08"));
        campus.record(li, campus.entry(T2022_1, Category.POST, "post", "committee"));
        campus.record(li, campus.entry(T2022_1, Category.VOLUNTEER, "hours", "6"));
        campus.record(li, campus.entry(T2022_1, Category.VOLUNTEER, "hours", "8"));
        campus.record(li, campus.entry(T2022_1, Category.VOLUNTEER, "hours", "9.5"));
        for (String rating : new String[] {"92", "88", "95", "70", "85", "90", "89"}) {
            campus.record(li, campus.entry(T2022_1, PEER_RATING, "rating", rating));
        }
        // 体, 美, 劳
        campus.record(li, campus.entry(T2022_1, Category.PHYSICAL_TEST, "result", "good"));
        campus.record(li, campus.entry(T2022_1, Category.ACTIVITY, "kind", "arts", "level", "provincial"));
        campus.record(li, campus.recorded(T2022_1, Category.ACTIVITY, Dimension.AESTHETIC, "1.5", "kind", "lecture"));
        campus.record(li, campus.entry(T2022_1, Category.ACTIVITY, "kind", "labour"));
        campus.record(li, campus.entry(T2022_1, Category.ACTIVITY, "kind", "labour"));

        campus.record(wang, campus.grade(T2022_1, "高等数学", "4", "95"));
        campus.record(wang, campus.entry(T2022_1, Category.AWARD, "level", "national"));
        campus.record(wang, campus.entry(T2022_1, Category.DISCIPLINE, "level", "demerit"));
    }

    @AfterEach
    void close() {
        campus.close();
    }

    @Test
    void aStudentsFullScoreComesFromEveryRuleKindWithCapsAndIsExplainedLineByLine() {
        StudentResult result = campus.evaluation().evaluate(T2022_1).result(li).orElseThrow();

        // GPA: Σ credits × points = 16 + 11.1 + 7.5 + 3.7 = 38.3 over 10.5 credits = 3.647619… → 3.65
        assertThat(result.academic()).hasValueSatisfying(a -> {
            assertThat(a.courses()).isEqualTo(4);
            assertThat(a.credits()).isEqualByComparingTo("10.5");
            assertThat(a.creditPoints()).isEqualByComparingTo("38.3");
            assertThat(a.gpa()).isEqualTo(new BigDecimal("3.65"));
            assertThat(a.failed()).isZero();
            assertThat(a.lowestScore()).isEqualByComparingTo("79");
        });
        // 智 items: modelling national first 8 × 0.8 (2nd of 3) = 6.40; its provincial first 5 × 0.8 = 4.00 does not count
        //           (highest of the project only); physics provincial second 3.00; debate school first 2 × 0.4 (4th of 4) = 0.80
        //           6.40 + 3.00 + 0.80 = 10.20, capped at 10 a term: −0.20 → 10.00
        assertThat(result.points("intellectual")).isEqualByComparingTo("10.00");
        assertThat(result.lines("intellectual")).extracting(ItemLine::kind, ItemLine::points).containsExactly(
                tuple(ItemLine.Kind.ITEM, new BigDecimal("6.40")),
                tuple(ItemLine.Kind.NOT_COUNTED, new BigDecimal("0.00")),
                tuple(ItemLine.Kind.ITEM, new BigDecimal("3.00")),
                tuple(ItemLine.Kind.ITEM, new BigDecimal("0.80")),
                tuple(ItemLine.Kind.CAP, new BigDecimal("-0.20")));
        ItemLine dropped = result.lines("intellectual").get(1);
        assertThat(dropped.entries()).containsExactly(provincialMaths);
        assertThat(dropped.text().zh()).isEqualTo("学科竞赛获奖（示例）（省级一等奖）：5 × 0.8（3 人中第 2 名） = 4.00；同组只计最高一项（#5，6.40 分），本项记 0 分");
        // 德: base 60 + honours 2 + 4 + posts: monitor 3 × 69/137 days = 1.51 < committee 2 × 137/137 = 2.00 (only the highest)
        //     + volunteer 6 + 8 + 9.5 = 23.5 hours → band from 20: 2 + peer rating without 95 and 70: 444 / 5 × 0.1 = 8.88
        //     = 78.88
        assertThat(result.points("moral")).isEqualByComparingTo("78.88");
        ItemLine monitorLine = result.lines("moral").stream().filter(l -> l.entries().contains(monitor)).findFirst().orElseThrow();
        assertThat(monitorLine.kind()).isEqualTo(ItemLine.Kind.NOT_COUNTED);
        assertThat(monitorLine.text().en()).startsWith("student posts (example; by days held, the highest only) (class monitor): 3 × 69/137 days = 1.51");
        assertThat(result.lines("moral")).filteredOn(l -> l.code().equals("peer-rating")).singleElement()
                .satisfies(l -> assertThat(l.text().en()).isEqualTo("peer rating (trimmed mean): 7 ratings, the 1 highest and 1 lowest dropped;"
                        + " the other 5 add up to 444, ÷ 5 × 0.1 = 8.88"));
        // 体 60 + good 15 = 75; 美 60 + provincial arts 4 + a lecture recorded at 1.5 = 65.50; 劳 60 + 1 + 1 = 62
        assertThat(result.points("physical")).isEqualByComparingTo("75");
        assertThat(result.points("aesthetic")).isEqualByComparingTo("65.50");
        assertThat(result.points("labour")).isEqualByComparingTo("62");
        // parts: 德 0.2 × 78.88 = 15.776; 智 GPA 3.65 × 25 = 91.25 + items 10 (0 to 10) = 101.25, capped at 100 → 0.6 × 100 = 60
        //         体 0.1 × 75 = 7.5; 美 0.05 × 65.5 = 3.275; 劳 0.05 × 62 = 3.1; total 89.651 → 89.65
        assertThat(result.total()).isEqualTo(new BigDecimal("89.65"));
        assertThat(result.result().eligible()).isTrue();
        Explanation intellectual = result.result().explanation().find("intellectual").orElseThrow();
        assertThat(intellectual.notes()).extracting(Note::kind, Note::amount).containsExactly(
                tuple(Note.Kind.POINTS, new BigDecimal("10.00")),
                tuple(Note.Kind.CAP, new BigDecimal("-1.2500")));
        assertThat(intellectual.children()).singleElement().satisfies(academic -> assertThat(academic.notes()).singleElement()
                .satisfies(n -> assertThat(n.en()).isEqualTo("formula min(max(gpa * 25, 0), 100) with gpa = 3.65: 91.2500")));
        // the explanation carries each part's lines in its raw measure's note
        Explanation moral = result.result().explanation().find("moral").orElseThrow();
        assertThat(moral.raw()).hasValueSatisfying(m -> {
            assertThat(m.value()).isEqualByComparingTo("78.88");
            assertThat(m.note().orElseThrow().en()).isEqualTo("7 lines, 78.88 in all: base +60.00; honour#9 +2.00; honour#10 +4.00;"
                    + " post#11 +0.00; post#12 +2.00; volunteer×3 +2.00; peer-rating×7 +8.88");
        });
        for (String part : new String[] {"moral", "physical", "aesthetic", "labour"}) {
            assertThat(result.result().explanation().find(part).orElseThrow().raw().orElseThrow().value())
                    .as("the raw value of %s is the sum of its lines", part).isEqualTo(result.points(part));
        }
    }

    @Test
    void aSanctionOfDemeritVetoesTheTotalToZeroAndFailsTheNoSanctionGate() {
        StudentResult result = campus.evaluation().evaluate(T2022_1).result(wang).orElseThrow();

        // 德 60 + national honour 6 − demerit 12 = 54 (severity 3 → sanction-level 3 ≥ 3: vetoed to 0)
        assertThat(result.points("moral")).isEqualByComparingTo("54");
        assertThat(result.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(result.result().vetoes()).containsExactly("serious-sanction");
        assertThat(result.result().failedGates()).contains("no-sanction");
        assertThat(result.result().explanation().notes()).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.VETO);
            assertThat(n.zh()).contains("受记过及以上处分");
        });
    }
}

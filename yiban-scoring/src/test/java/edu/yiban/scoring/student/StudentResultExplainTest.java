package edu.yiban.scoring.student;

import static edu.yiban.scoring.student.StudentCampus.EDU2201;
import static edu.yiban.scoring.student.StudentCampus.T2023_1;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.Category;
import edu.yiban.core.id.StudentNo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StudentResult#explain} is a view of the result, in the language asked for: the text a counsellor reads out
 * on appeal (申诉), made from what the result holds — its explanation tree, its lines, its vetoes and gates — and
 * nothing computed again. Run with the complete rule set of docs/rules/ (a veto at sanction level 3, a gate at GPA 2.0).
 */
class StudentResultExplainTest {
    private StudentCampus campus;
    private StudentNo li;

    @BeforeEach
    void open() throws IOException {
        campus = new StudentCampus();
        li = campus.enrol("2022010101", "李明", EDU2201);
    }

    @AfterEach
    void close() {
        campus.close();
    }

    private StudentResult evaluate() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("..", "docs", "rules", "complete-2023.json"))) {
            RuleSet rules = RuleSet.fromJson(in);
            return StudentEvaluation.builder(campus.core).rules(RuleSets.of(rules))
                    .measures(new ExtraMeasures() {
                        public java.util.Set<String> indicators() {
                            return java.util.Set.of("volunteer-hours-term");
                        }

                        public edu.yiban.scoring.result.RawValues measure(EvaluationPeriod period, java.util.SortedSet<String> students) {
                            return edu.yiban.scoring.result.RawValues.builder().build();
                        }
                    })
                    .build().evaluate(T2023_1).result(li).orElseThrow();
        }
    }

    @Test
    void aVetoAndAFailedGateAreReadOutInTheLanguageAsked() throws IOException {
        // a demerit (记过, severity 3) meets the veto "sanction level at least 3"; a GPA of 1.0 fails the gate "GPA at least 2.0"
        campus.record(li, campus.grade(T2023_1, "高等数学", "4", "62"));
        campus.record(li, campus.entry(T2023_1, Category.of("discipline"), "level", "demerit"));

        StudentResult result = evaluate();

        assertThat(result.result().vetoes()).containsExactly("serious-sanction");
        assertThat(result.explain(Locale.SIMPLIFIED_CHINESE)).startsWith("2022010101（班级 EDU2201）：总分 0.00\n")
                .contains("一票否决：serious-sanction\n", "不具备评奖资格：min-gpa\n", "记过");
        assertThat(result.explain(Locale.ENGLISH)).startsWith("2022010101 (class EDU2201): total 0.00\n")
                .contains("vetoed: serious-sanction\n", "not eligible for awards: min-gpa\n", "demerit");
    }

    @Test
    void anyChineseLocaleReadsChineseAndAnyOtherEnglish() throws IOException {
        StudentResult result = evaluate();
        String zh = result.explain(Locale.SIMPLIFIED_CHINESE);
        String en = result.explain(Locale.ENGLISH);

        assertThat(zh).isNotEqualTo(en);
        for (Locale chinese : List.of(Locale.CHINA, Locale.TRADITIONAL_CHINESE, Locale.forLanguageTag("zh"))) {
            assertThat(result.explain(chinese)).as(chinese.toLanguageTag()).isEqualTo(zh);
        }
        for (Locale other : List.of(Locale.UK, Locale.FRENCH, Locale.JAPANESE)) {
            assertThat(result.explain(other)).as(other.toLanguageTag()).isEqualTo(en);
        }
    }

    @Test
    void theTextIsMadeFromTheResultAloneSoACopyOfItsDataReadsTheSame() throws IOException {
        campus.record(li, campus.entry(T2023_1, Category.of("psychology"), "score", "90"));
        StudentResult result = evaluate();

        // the same data in a new record: nothing is looked up or computed again to explain it
        StudentResult copy = new StudentResult(result.student(), result.classId(), result.major(), result.college(), result.cohort(),
                result.result(), result.academic(), result.lines(), result.scores(), result.measures());
        assertThat(copy.explain(Locale.ENGLISH)).isEqualTo(result.explain(Locale.ENGLISH));

        // without its lines, the tree is read out as before and the lines' text is gone: the lines come from the result
        StudentResult withoutLines = new StudentResult(result.student(), result.classId(), result.major(), result.college(),
                result.cohort(), result.result(), result.academic(), List.of(), result.scores(), result.measures());
        assertThat(result.explain(Locale.ENGLISH)).contains("psychology test");
        assertThat(withoutLines.explain(Locale.ENGLISH)).doesNotContain("psychology test")
                .startsWith(result.explain(Locale.ENGLISH).lines().findFirst().orElseThrow());
    }
}

package edu.yiban.scoring.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value a source (a plugin) failed to measure counts as 0 like a missing one, but never silently: every
 * leaf, bonus, veto and gate that reads it marks the result incomplete and notes it where it was read, and
 * so does every leaf that scores against the population a failure left short.
 */
class IncompleteResultsTest {
    private static final String SYSTEM = """
            {"id": "demo", "name": {"zh": "演示体系", "en": "demo system"}, "version": "2023",
             "indicators": [
               {"code": "moral", "name": {"zh": "德育分", "en": "moral points"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "rules"},
               {"code": "library-hours", "name": {"zh": "图书馆学习时长", "en": "library hours"}, "unit": "小时", "direction": "HIGHER_IS_BETTER", "source": "library"},
               {"code": "forum", "name": {"zh": "论坛发帖", "en": "forum posts"}, "unit": "篇", "direction": "HIGHER_IS_BETTER", "source": "forum"},
               {"code": "awards", "name": {"zh": "获奖次数", "en": "awards"}, "unit": "次", "direction": "HIGHER_IS_BETTER", "source": "awards-office"},
               {"code": "sanctions", "name": {"zh": "处分", "en": "sanctions"}, "unit": "次", "direction": "LOWER_IS_BETTER", "source": "rules"},
               {"code": "attendance", "name": {"zh": "出勤率", "en": "attendance"}, "unit": "%", "direction": "HIGHER_IS_BETTER", "source": "attendance"}],
             "root": {"code": "total", "name": {"zh": "综合测评", "en": "total"}, "weight": 1,
               "children": [
                 {"code": "moral-part", "name": {"zh": "德", "en": "moral"}, "weight": 0.5, "indicator": "moral", "normaliser": {"type": "identity"}},
                 {"code": "library-part", "name": {"zh": "学习", "en": "study"}, "weight": 0.3, "indicator": "library-hours", "normaliser": {"type": "identity"}},
                 {"code": "forum-part", "name": {"zh": "网络", "en": "online"}, "weight": 0.2, "indicator": "forum", "normaliser": {"type": "percentile"}}],
               "adjustments": [{"code": "award-bonus", "name": {"zh": "获奖加分", "en": "award bonus"}, "kind": "BONUS",
                                "indicator": "awards", "perUnit": 1, "cap": 5}]},
             "vetoes": [{"code": "sanction", "name": {"zh": "受处分", "en": "sanctioned"}, "indicator": "sanctions",
                         "when": "GREATER", "threshold": 0, "score": 0}],
             "gates": [{"code": "min-attendance", "name": {"zh": "出勤率不低于 0.8", "en": "attendance at least 0.8"}, "indicator": "attendance",
                        "must": "AT_LEAST", "threshold": 0.8}]}
            """;

    private static IndicatorSystem system() {
        return IndicatorSystem.fromJson(new ByteArrayInputStream(SYSTEM.getBytes(StandardCharsets.UTF_8)));
    }

    /** 李 and 王 with every value measured: 李 moral 90, 20 hours, 5 posts; 王 moral 80, 10 hours, 3 posts; both attend fully. */
    private static RawValues.Builder measured() {
        return RawValues.builder()
                .put("li", "moral", new BigDecimal("90"), "rules").put("li", "library-hours", new BigDecimal("20"), "plugin:library")
                .put("li", "forum", new BigDecimal("5"), "forum").put("li", "attendance", new BigDecimal("1"), "attendance")
                .put("wang", "moral", new BigDecimal("80"), "rules").put("wang", "library-hours", new BigDecimal("10"), "plugin:library")
                .put("wang", "forum", new BigDecimal("3"), "forum").put("wang", "attendance", new BigDecimal("1"), "attendance");
    }

    /** The same, without 李's {@code indicator}, which {@code source} failed to measure. */
    private static RawValues failedForLi(String indicator, String source) {
        RawValues all = measured().build();
        RawValues.Builder raw = RawValues.builder();
        all.subjects().forEach((subject, measures) -> measures.forEach((code, m) -> {
            if (!(subject.equals("li") && code.equals(indicator))) {
                raw.put(subject, code, m);
            }
        }));
        return raw.failed("li", indicator).failedBy(indicator, source).build();
    }

    private static SubjectResult li(RawValues raw) {
        return system().evaluate(raw).get(0);
    }

    @Test
    void aLeafReadingAValueThePluginFailedToGiveMarksTheResultIncompleteWithANoteInsteadOfMissing() {
        SubjectResult li = li(failedForLi("library-hours", "plugin:library"));

        // moral 0.5 × 90 = 45; study 0.3 × 0 (no value) = 0; online: 5 posts is the higher of two → percentile 100, 0.2 × 100 = 20
        assertThat(li.total()).isEqualByComparingTo("65.00");
        assertThat(li.complete()).isFalse();
        assertThat(li.incomplete()).containsExactly("library-hours");
        Explanation study = li.explanation().find("library-part").orElseThrow();
        assertThat(study.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.INCOMPLETE);
            assertThat(n.code()).isEqualTo("library-hours");
            assertThat(n.amount()).isZero();
            assertThat(n.en()).isEqualTo("no value of library hours (library-hours): the plugin library failed to measure it, so it counts "
                    + "as 0 here and this result is incomplete: it decides nothing until it is evaluated again");
            assertThat(n.zh()).isEqualTo("图书馆学习时长（library-hours）没有取得数据：插件 library 未能测得，此处按 0 计，"
                    + "本结果因此不完整，重新测评前不能作为任何评定的依据");
        });
        assertThat(system().evaluate(failedForLi("library-hours", "plugin:library")).get(1).complete()).isTrue();
    }

    @Test
    void aPlainlyMissingValueStillScoresZeroAndLeavesTheResultComplete() {
        RawValues.Builder raw = RawValues.builder().put("li", "moral", new BigDecimal("90"), "rules");

        SubjectResult li = li(raw.build());

        assertThat(li.complete()).isTrue();
        assertThat(li.explanation().find("library-part").orElseThrow().notes()).extracting(Note::kind).containsExactly(Note.Kind.MISSING);
    }

    @Test
    void aBonusReadingAValueThePluginFailedToGiveMarksTheResultIncompleteOnItsNode() {
        SubjectResult li = li(failedForLi("awards", "plugin:awards-feed"));

        assertThat(li.incomplete()).containsExactly("awards");
        assertThat(li.explanation().notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.INCOMPLETE);
            assertThat(n.code()).isEqualTo("awards");
            assertThat(n.en()).startsWith("award bonus reads awards (awards), which the plugin awards-feed failed to measure");
            assertThat(n.zh()).startsWith("“获奖加分”读取的获奖次数（awards）未能由插件 awards-feed 测得");
        });
    }

    @Test
    void aVetoReadingAValueThePluginFailedToGiveMarksTheResultIncomplete() {
        SubjectResult li = li(failedForLi("sanctions", "plugin:discipline"));

        // the veto cannot strike on a value nobody measured: the total stands, but marked
        assertThat(li.vetoes()).isEmpty();
        assertThat(li.incomplete()).containsExactly("sanctions");
        assertThat(li.explanation().notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.INCOMPLETE);
            assertThat(n.en()).startsWith("sanctioned reads sanctions (sanctions), which the plugin discipline failed to measure");
        });
    }

    @Test
    void aGateReadingAValueThePluginFailedToGiveFailsAndMarksTheResultIncomplete() {
        SubjectResult li = li(failedForLi("attendance", "plugin:attendance-feed"));

        assertThat(li.failedGates()).containsExactly("min-attendance");
        assertThat(li.incomplete()).containsExactly("attendance");
        assertThat(li.explanation().notes()).extracting(Note::kind).containsExactly(Note.Kind.INCOMPLETE, Note.Kind.GATE);
        assertThat(li.explanation().notes().get(0).zh()).startsWith("“出勤率不低于 0.8”读取的出勤率（attendance）未能由插件 attendance-feed 测得");
    }

    @Test
    void aFailureScoredAgainstThePopulationMarksEveryResultThatLeafScores() {
        // 王's forum posts not measured: 李's percentile is taken among one value instead of two
        RawValues raw = RawValues.builder()
                .put("li", "moral", new BigDecimal("90"), "rules").put("li", "forum", new BigDecimal("5"), "forum")
                .put("wang", "moral", new BigDecimal("80"), "rules")
                .failed("wang", "forum").failedBy("forum", "plugin:forum-crawler")
                .build();

        List<SubjectResult> results = system().evaluate(raw);

        assertThat(results).allSatisfy(r -> assertThat(r.incomplete()).containsExactly("forum"));
        assertThat(results.get(0).explanation().find("forum-part").orElseThrow().notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Note.Kind.INCOMPLETE);
            assertThat(n.en()).isEqualTo("forum posts (forum) is scored against the values of everyone evaluated, and the plugin "
                    + "forum-crawler failed to measure it for 1 of them: this score may change, so this result is incomplete until "
                    + "they are evaluated again");
        });
    }

    @Test
    void aFailureOfAnIndicatorTheSystemDoesNotReadLeavesEveryResultComplete() {
        RawValues raw = measured().failed("li", "canteen-visits").failedBy("canteen-visits", "plugin:canteen").build();

        assertThat(system().evaluate(raw)).allSatisfy(r -> assertThat(r.complete()).isTrue());
    }

    @Test
    void withoutAKnownSourceTheNoteNamesTheSourceTheSystemDeclares() {
        RawValues raw = RawValues.builder().put("li", "moral", new BigDecimal("90"), "rules").failed("li", "library-hours").build();

        assertThat(li(raw).explanation().find("library-part").orElseThrow().notes().get(0).en()).contains("the source library failed");
    }

    @Test
    void aCompleteResultIsWrittenAsBeforeAndAnIncompleteOneNamesItsIndicators() throws Exception {
        ObjectMapper json = YibanScoringModule.newMapper();
        SubjectResult complete = li(measured().build());
        SubjectResult incomplete = li(failedForLi("library-hours", "plugin:library"));

        assertThat(json.writeValueAsString(complete)).doesNotContain("incomplete");
        assertThat(json.writeValueAsString(incomplete)).contains("\"incomplete\":[\"library-hours\"]");
        assertThat(json.readValue(json.writeValueAsString(incomplete), SubjectResult.class)).isEqualTo(incomplete);
        assertThat(json.readValue(json.writeValueAsString(complete), SubjectResult.class)).isEqualTo(complete);
        RawValues raw = failedForLi("library-hours", "plugin:library");
        assertThat(json.readValue(json.writeValueAsString(raw), RawValues.class)).isEqualTo(raw);
        assertThat(json.writeValueAsString(measured().build())).doesNotContain("failed");
    }
}

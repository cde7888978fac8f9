package edu.yiban.sdk;

import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.round.Computation;
import edu.yiban.scoring.round.RoundDraft;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.scoring.system.Direction;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The runtime runs the campus's own rules: a structure with no part named like the seed's, its grade scale and
 * tie-break, through {@code evaluateStudents}, rounds and the Guice module; a rule set reading a plugin's
 * indicator runs with the plugin and is refused without it.
 */
class CampusRulesTest {
    /** 思想品德 0.3 (base 70, a model dormitory +5) and 学业 0.7 (the credit-weighted average), ties by 学业 then 思想品德. */
    private static final String RULES = """
            {"id": "campus-rules", "name": {"zh": "本校综测细则", "en": "our campus's rules"}, "version": "2022.3", "year": "2022-2023",
             "parts": {"code": "total", "name": {"zh": "综合测评成绩", "en": "total"}, "children": [
               {"code": "conduct", "name": {"zh": "思想品德", "en": "conduct"}, "weight": 0.3, "base": 70},
               {"code": "study", "name": {"zh": "学业", "en": "study"}, "weight": 0.7, "formula": "weighted_average"}%s]},
             "rules": [{"code": "dorm", "name": {"zh": "文明宿舍", "en": "model dormitory"}, "category": "dorm", "part": "conduct",
                        "method": {"type": "table", "rows": [{"when": {}, "points": 5}]}}],
             "tieBreak": ["study", "conduct"]%s}""";
    private static final String SCALE = """
            {"id": "five-point", "name": {"zh": "五分制", "en": "five-point"}, "category": "academic", "passMark": 60,
             "bands": [{"from": 0, "points": 0}, {"from": 60, "points": 1}, {"from": 80, "points": 5}]}""";
    private static final String AWARDS = """
            {"id": "campus-awards", "name": {"zh": "本校评奖办法", "en": "our awards"},
             "awards": [{"code": "first", "name": {"zh": "一等奖学金", "en": "first-class"}, "scope": "CLASS", "share": 0.3, "rounding": "HALF_UP"}],
             "bands": {"basis": "TOTAL", "levels": [{"code": "good", "name": {"zh": "良好", "en": "good"}, "from": 80}],
                       "otherwise": {"code": "other", "name": {"zh": "其他", "en": "other"}}}}""";
    private static final RoundId ROUND = RoundId.of("2022-2023-1-zongce");

    private static RuleSet rules(String moreParts, String moreFields) {
        return RuleSet.fromJson(new ByteArrayInputStream(RULES.formatted(moreParts, moreFields).getBytes(StandardCharsets.UTF_8)));
    }

    private static Yiban.Builder campus() {
        return Yiban.builder().clock(Campus.clock()).rules(RuleSets.of(rules("", "")))
                .gradeScale(GradeScale.fromJson(new ByteArrayInputStream(SCALE.getBytes(StandardCharsets.UTF_8))))
                .awards(AwardPolicy.fromJson(new ByteArrayInputStream(AWARDS.getBytes(StandardCharsets.UTF_8))));
    }

    private static void fill(Yiban yiban) {
        Campus.fill(yiban.campus());
        TestPlugins.grades(yiban.core());   // MATH101, 4 credits, 85 for each of the three
        yiban.archive(LI_MING).record(ArchiveEntry.builder().date(LocalDate.of(2022, 10, 8)).term(T2022_1).category(Category.of("dorm"))
                .title("文明宿舍").source(SourceSystem.STUDENT_AFFAIRS).recordedBy(Campus.COUNSELLOR).visibility(Visibility.CAMPUS).build());
    }

    @Test
    void evaluateStudentsRunsTheCampusStructureItsGradeScaleAndItsTieBreak() {
        try (Yiban yiban = campus().build()) {
            fill(yiban);

            StudentResults results = yiban.evaluateStudents(T2022_1).results();

            // 李明: 0.3 × (70 + 5) + 0.7 × 85 = 22.5 + 59.5 = 82.00; 王芳 and 赵磊: 0.3 × 70 + 59.5 = 80.50
            assertThat(results.result(LI_MING).orElseThrow().total()).isEqualTo(new BigDecimal("82.00"));
            assertThat(results.result(WANG_FANG).orElseThrow().total()).isEqualTo(new BigDecimal("80.50"));
            assertThat(results.ruleSet()).isEqualTo("campus-rules");
            assertThat(results.tieBreak()).containsExactly("study", "conduct");
            // the campus's scale: 85 → 5 points
            assertThat(results.result(LI_MING).orElseThrow().measure(StudentEvaluation.GPA)).contains(new BigDecimal("5.00"));
            assertThat(results.ranks(Grouping.COHORT)).extracting(Ranked::subject)
                    .containsExactly(LI_MING.value(), WANG_FANG.value(), ZHAO_LEI.value());
        }
    }

    @Test
    void aRoundRunsTheCampusRulesAndRecordsTheirVersion() {
        try (Yiban yiban = campus().build()) {
            fill(yiban);
            yiban.scoring().rounds().draft(RoundDraft.of(ROUND, new Bilingual("综合测评", "evaluation"), RoundPeriod.of(T2022_1),
                    YibanScoring.STUDENTS, "1"), Campus.COUNSELLOR);

            Computation computed = yiban.scoring().rounds().compute(ROUND, Campus.COUNSELLOR);

            assertThat(computed.results().rules()).contains("campus-rules 2022.3");
            assertThat(computed.results().result(LI_MING.value()).orElseThrow().total()).isEqualTo(new BigDecimal("82.00"));
            assertThat(computed.results().band(LI_MING.value()).orElseThrow().code()).isEqualTo("good");
        }
    }

    @Test
    void aRuleSetReadingAPluginsIndicatorRunsWithThePluginAndIsRefusedWithoutItNamingIt() {
        String bonus = """
                , {"code": "reading", "name": {"zh": "阅读加分", "en": "reading bonus"}, "formula": "min(reading_hours * 0.1, 2)"}""";
        String declared = """
                , "indicators": [{"code": "reading-hours", "name": {"zh": "阅读时长", "en": "reading hours"}, "unit": "小时",
                                  "direction": "HIGHER_IS_BETTER", "source": "plugin:reading"}]""";
        RuleSets readsPlugin = RuleSets.of(rules(bonus, declared));

        assertThatThrownBy(() -> Yiban.builder().rules(readsPlugin).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.en()).isEqualTo("campus-rules reads the indicator reading-hours, which nothing produces; the plugin reading"
                            + " would produce it: is it installed and enabled?");
                    assertThat(v.zh()).contains("插件 reading");
                }));
        try (Yiban yiban = Yiban.builder().clock(Campus.clock()).rules(readsPlugin).plugin(new ReadingPlugin()).build()) {
            fill(yiban);

            // 李明 read 12 hours: min(1.2, 2) = 1.2 on top of 0.3 × 75 + 0.7 × 85 (four-point scale) = 82.00 → 83.20
            StudentResult li = yiban.evaluateStudents(T2022_1).results().result(LI_MING).orElseThrow();
            assertThat(li.total()).isEqualTo(new BigDecimal("83.20"));
            // the explanation reads out the bonus with its raw value and its source
            assertThat(li.explain(java.util.Locale.ENGLISH)).contains("reading bonus: 1.20")
                    .contains("formula min(reading_hours * 0.1, 2) with reading_hours = 12: 1.2000")
                    .contains("raw value 12, from plugin:reading");
        }
    }

    /** Measures every student's reading hours: 李明 12, the others 0. */
    private static final class ReadingPlugin implements YibanPlugin {
        @Override
        public String id() {
            return "reading";
        }

        @Override
        public String version() {
            return "1.0.0";
        }

        @Override
        public void register(PluginContext context) {
            context.indicator(new PluginIndicator() {
                @Override
                public Indicator indicator() {
                    return new Indicator("reading-hours", new Bilingual("阅读时长", "reading hours"), "小时", Direction.HIGHER_IS_BETTER,
                            "plugin:reading", Optional.empty());
                }

                @Override
                public Map<String, Number> measure(IndicatorContext c) {
                    Map<String, Number> hours = new TreeMap<>();
                    c.students().forEach(s -> hours.put(s, s.equals(LI_MING.value()) ? 12 : 0));
                    return hours;
                }
            });
        }
    }
}

package edu.yiban.sdk;

import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.round.RoundDraft;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.plugin.PluginFault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Same inputs, same scores — whatever the load. A plugin's indicator held up past its time budget (as on a
 * busy machine) either stops the evaluation (the default) or leaves results that say they are incomplete;
 * never a total that differs silently from the one its inputs give.
 */
class SlowPluginTest {
    private static final Map<String, Number> HOURS = Map.of(LI_MING.value(), 3, WANG_FANG.value(), 2.5, ZHAO_LEI.value(), 40);
    /** A short budget, so that a held-up call runs past it quickly; the indicator is held for as long as the test wants. */
    private static final Duration BUDGET = Duration.ofMillis(200);
    private static final RoundId ROUND = RoundId.of("2022-2023-1-zongce");
    private static final List<StudentNo> STUDENTS = List.of(LI_MING, WANG_FANG, ZHAO_LEI);

    /** Held until the test lets the library system answer. */
    private final CountDownLatch libraryAnswers = new CountDownLatch(1);

    @AfterEach
    void letThePluginThreadsEnd() {
        libraryAnswers.countDown();
    }

    /** The library plugin whose every value waits until {@link #libraryAnswers}. */
    private TestPlugins.LibraryPlugin heldUpLibrary() {
        return new TestPlugins.LibraryPlugin(student -> {
            try {
                libraryAnswers.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("stopped while waiting for the library system", e);
            }
            return HOURS.get(student);
        });
    }

    private static Yiban.Builder library(TestPlugins.LibraryPlugin plugin) {
        return Yiban.builder().plugin(plugin).config(TestPlugins.librarySettings());
    }

    private static Yiban campus(Yiban.Builder builder) {
        Yiban yiban = builder.clock(Campus.clock()).budget(BUDGET).build();
        Campus.fill(yiban.campus());
        TestPlugins.grades(yiban.core());
        yiban.scoring().rounds().draft(RoundDraft.of(ROUND, new Bilingual("综合测评", "evaluation"), RoundPeriod.of(T2022_1),
                YibanScoring.STUDENTS, "1"), Campus.COUNSELLOR);
        return yiban;
    }

    /** Each student's total, by 学号. */
    private static Map<String, BigDecimal> totals(EvaluationReport report) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        report.results().results().forEach(r -> totals.put(r.student().value(), r.total()));
        return totals;
    }

    private static long roundVersion(Yiban yiban) {
        return yiban.core().ledger().version(StreamId.of("round", ROUND.value()));
    }

    @Test
    void byDefaultAnIndicatorPastItsBudgetStopsTheEvaluationAndNoTotalIsEverMadeWithoutIt() {
        Map<String, BigDecimal> expected;
        try (Yiban answering = campus(library(new TestPlugins.LibraryPlugin(HOURS::get)))) {
            expected = totals(answering.evaluateStudents(T2022_1));
        }
        try (Yiban yiban = campus(library(heldUpLibrary()))) {
            assertThatThrownBy(() -> yiban.evaluateStudents(T2022_1)).isInstanceOfSatisfying(PluginException.class, e -> {
                assertThat(e.pluginId()).isEqualTo("library");
                assertThat(e.reason()).isEqualTo(PluginException.Reason.FAULT);
                assertThat(e.message(MessageBundle.EN)).isEqualTo("the evaluation stops because a plugin failed: plugin library, "
                        + "indicator:library-hours, on every student evaluated: it ran past its time budget of 200 ms and was stopped");
                assertThat(e.message(MessageBundle.ZH)).isEqualTo("插件出错，评价终止：插件 library 的 indicator:library-hours 处理 全体参评学生 时"
                        + "超出 200 毫秒的时限，已被终止");
            });
            long before = roundVersion(yiban);
            assertThatThrownBy(() -> yiban.scoring().rounds().compute(ROUND, Campus.COUNSELLOR)).isInstanceOf(PluginException.class);
            assertThat(roundVersion(yiban)).as("nothing written").isEqualTo(before);

            libraryAnswers.countDown();

            // once the library system answers, the same inputs give the same totals: 3, 2.5 and 5 (capped) points of bonus
            assertThat(totals(yiban.evaluateStudents(T2022_1))).isEqualTo(expected);
        }
    }

    @Test
    void skippingAndMarkingLeavesEveryAffectedResultIncompleteSaysSoAndARoundRefusesIt() {
        Map<String, BigDecimal> withoutTheBonus;
        try (Yiban plain = campus(Yiban.builder())) {
            withoutTheBonus = totals(plain.evaluateStudents(T2022_1));
        }
        try (Yiban yiban = campus(library(heldUpLibrary()).faultPolicy(FaultPolicy.SKIP_AND_MARK))) {
            EvaluationReport report = yiban.evaluateStudents(T2022_1);

            assertThat(report.faults()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(PluginFault.Kind.TIMED_OUT);
                assertThat(f.plugin()).isEqualTo("library");
                assertThat(f.extension()).isEqualTo("indicator:library-hours");
            });
            assertThat(report.complete()).isFalse();
            assertThat(report.incomplete()).containsExactly(LI_MING.value(), WANG_FANG.value(), ZHAO_LEI.value());
            for (StudentResult r : report.results().results()) {
                SubjectResult result = r.result();
                assertThat(result.incomplete()).containsExactly("library-hours");
                // the bonus that reads the hours says, on the node that reads them, that the plugin did not give them
                assertThat(result.explanation().notes()).filteredOn(n -> n.kind() == Note.Kind.INCOMPLETE).singleElement().satisfies(n -> {
                    assertThat(n.code()).isEqualTo("library-hours");
                    assertThat(n.amount()).isZero();
                    assertThat(n.en()).contains("library bonus", "library hours", "the plugin library failed to measure");
                    assertThat(n.zh()).contains("图书馆学习加分", "图书馆学习时长", "插件 library");
                });
            }
            // the totals are those of the campus without the plugin's bonus, and every one of them says so
            assertThat(totals(report)).isEqualTo(withoutTheBonus);

            long before = roundVersion(yiban);
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> yiban.scoring().rounds().compute(ROUND, Campus.COUNSELLOR));
            assertThat(refused.violations()).extracting(Violation::code).containsExactly("round.results.incomplete");
            assertThat(refused.violations().get(0).en()).contains("3 incomplete result(s)", "library-hours",
                    STUDENTS.get(0).value(), STUDENTS.get(2).value());
            assertThat(roundVersion(yiban)).as("nothing written").isEqualTo(before);
            assertThat(yiban.scoring().rounds().round(ROUND).orElseThrow().computations()).isEmpty();
        }
    }
}

package edu.yiban.sdk;

import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static edu.yiban.core.fixtures.Campus.WANG_FANG;
import static edu.yiban.core.fixtures.Campus.ZHAO_LEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.plugin.PluginFault;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A plugin's indicator appears in the evaluation with its explanation; every way a plugin can fail — it
 * throws, gives NaN or a value out of range, runs past its budget — is contained when the campus chooses
 * {@link FaultPolicy#SKIP_AND_MARK}: no write lost, the report names the plugin and the input, the results
 * that read the failed value are marked incomplete, the runtime answers the next call. (The default,
 * {@link FaultPolicy#FAIL}, stops the evaluation: see the last indicator test and {@link SlowPluginTest}.)
 */
class PluginEvaluationTest {
    private static final Map<String, Number> HOURS = Map.of(LI_MING.value(), 3, WANG_FANG.value(), 2.5, ZHAO_LEI.value(), 40);

    /**
     * A budget that an indicator sleeping 30 s runs past, and that a quick one on a loaded 2-core CI machine
     * (a garbage collection, the plugin's classes loading on first call) does not.
     */
    private static final Duration BUDGET = Duration.ofSeconds(2);

    private static Yiban campus(YibanPlugin plugin, FaultPolicy policy) {
        Yiban.Builder builder = Yiban.builder().clock(Campus.clock()).faultPolicy(policy).budget(BUDGET);
        if (plugin != null) {
            builder.plugin(plugin).config(TestPlugins.librarySettings());
        }
        Yiban yiban = builder.build();
        Campus.fill(yiban.campus());
        TestPlugins.grades(yiban.core());
        return yiban;
    }

    private static TestPlugins.LibraryPlugin library(Function<String, Number> hours) {
        return new TestPlugins.LibraryPlugin(hours);
    }

    private static StudentResult result(EvaluationReport report, edu.yiban.core.id.StudentNo student) {
        return report.results().result(student).orElseThrow();
    }

    @Test
    void aRegisteredPluginsIndicatorCountsAndExplainsItself() {
        try (Yiban plain = campus(null, FaultPolicy.SKIP_AND_MARK);
             Yiban withLibrary = campus(library(HOURS::get), FaultPolicy.SKIP_AND_MARK)) {
            EvaluationReport without = plain.evaluateStudents(T2022_1);
            EvaluationReport with = withLibrary.evaluateStudents(T2022_1);

            // 李明 3 hours × 1 point = 3; 王芳 2.5 hours = 2.5; 赵磊 40 hours, capped at 5
            assertThat(with.clean()).isTrue();
            assertThat(with.complete()).isTrue();
            assertThat(result(with, LI_MING).total().subtract(result(without, LI_MING).total())).isEqualByComparingTo("3.00");
            assertThat(result(with, WANG_FANG).total().subtract(result(without, WANG_FANG).total())).isEqualByComparingTo("2.50");
            assertThat(result(with, ZHAO_LEI).total().subtract(result(without, ZHAO_LEI).total())).isEqualByComparingTo("5.00");
            Explanation root = result(with, ZHAO_LEI).result().explanation();
            assertThat(root.notes()).filteredOn(n -> n.code().equals("library-bonus")).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(Note.Kind.BONUS);
                assertThat(n.amount()).isEqualByComparingTo("5");
                assertThat(n.zh()).contains("图书馆学习加分", "40");
            });
            assertThat(withLibrary.pluginIndicators()).containsKey("library-hours");
        }
    }

    @Test
    void anIndicatorThatThrowsIsLeftOutAndTheReportNamesThePlugin() {
        try (Yiban yiban = campus(library(s -> {
            throw new IllegalStateException("library system down");
        }), FaultPolicy.SKIP_AND_MARK)) {
            EvaluationReport report = yiban.evaluateStudents(T2022_1);

            assertThat(report.faults()).singleElement().satisfies(f -> {
                assertThat(f.plugin()).isEqualTo("library");
                assertThat(f.extension()).isEqualTo("indicator:library-hours");
                assertThat(f.kind()).isEqualTo(PluginFault.Kind.THREW);
                assertThat(f.message(MessageBundle.EN)).contains("plugin library, indicator:library-hours", "library system down");
                assertThat(f.message(MessageBundle.ZH)).contains("插件 library 的 indicator:library-hours");
            });
            assertThat(report.marked()).containsExactly(LI_MING.value(), WANG_FANG.value(), ZHAO_LEI.value());
            assertThat(report.incomplete()).containsExactly(LI_MING.value(), WANG_FANG.value(), ZHAO_LEI.value());
            assertThat(result(report, LI_MING).result().incomplete()).containsExactly("library-hours");
            assertThat(result(report, LI_MING).result().explanation().notes()).noneMatch(n -> n.code().equals("library-bonus"))
                    .anyMatch(n -> n.kind() == Note.Kind.INCOMPLETE && n.code().equals("library-hours"));
            assertThat(yiban.evaluateStudents(T2022_1).results().results()).hasSize(3);
        }
    }

    @Test
    void aNotANumberValueIsRefusedForThatStudentOnly() {
        try (Yiban yiban = campus(library(s -> s.equals(WANG_FANG.value()) ? Double.NaN : 2), FaultPolicy.SKIP_AND_MARK)) {
            EvaluationReport report = yiban.evaluateStudents(T2022_1);

            assertThat(report.faults()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(PluginFault.Kind.NOT_A_NUMBER);
                assertThat(f.subject()).contains(WANG_FANG.value());
                assertThat(f.en()).isEqualTo("plugin library, indicator:library-hours, on 2022010102: it gave NaN, which is not a finite number");
            });
            assertThat(report.marked()).containsExactly(WANG_FANG.value());
            assertThat(report.incomplete()).containsExactly(WANG_FANG.value());
            assertThat(result(report, LI_MING).result().explanation().notes()).anyMatch(n -> n.code().equals("library-bonus"));
        }
    }

    @Test
    void aValueOutsideTheDeclaredRangeIsRefused() {
        try (Yiban yiban = campus(library(s -> s.equals(LI_MING.value()) ? 900 : 1), FaultPolicy.SKIP_AND_MARK)) {
            EvaluationReport report = yiban.evaluateStudents(T2022_1);

            assertThat(report.faults()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(PluginFault.Kind.OUT_OF_RANGE);
                assertThat(f.en()).endsWith("it gave 900, outside its range 0 to 500");
            });
            assertThat(report.incomplete()).containsExactly(LI_MING.value());
        }
    }

    @Test
    void anIndicatorRunningPastItsBudgetIsStoppedAndTheEvaluationCarriesOn() {
        try (Yiban yiban = campus(library(s -> {
            try {
                Thread.sleep(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }), FaultPolicy.SKIP_AND_MARK)) {
            EvaluationReport report = yiban.evaluateStudents(T2022_1);

            assertThat(report.faults()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(PluginFault.Kind.TIMED_OUT);
                assertThat(f.en()).contains("ran past its time budget of 2000 ms");
            });
            assertThat(report.results().results()).hasSize(3);
            assertThat(report.complete()).isFalse();
            assertThat(yiban.archive(LI_MING).record(TestPlugins.moralEntry("1"))).isNotNull();
        }
    }

    @Test
    void underTheFailPolicyAFailingIndicatorStopsTheEvaluationNamingThePlugin() {
        try (Yiban yiban = campus(library(s -> {
            throw new IllegalStateException("library system down");
        }), FaultPolicy.FAIL)) {
            assertThatThrownBy(() -> yiban.evaluateStudents(T2022_1))
                    .isInstanceOfSatisfying(PluginException.class, e -> {
                        assertThat(e.pluginId()).isEqualTo("library");
                        assertThat(e.reason()).isEqualTo(PluginException.Reason.FAULT);
                        assertThat(e.message(MessageBundle.EN)).contains("plugin library, indicator:library-hours");
                    });
            assertThat(yiban.campus().students()).hasSize(3);
        }
    }

    @Test
    void aListenerThatThrowsOrHangsLosesNoWriteAndTheRuntimeKeepsServing() {
        YibanPlugin listeners = new YibanPlugin() {
            public String id() {
                return "notifier";
            }

            public String version() {
                return "1.0";
            }

            public void register(PluginContext context) {
                context.archiveListener(record -> {
                    throw new IllegalStateException("SMS gateway refused");
                });
                context.archiveListener((ArchiveListener) record -> {
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
        };
        try (Yiban yiban = Yiban.builder().clock(Campus.clock()).budget(Duration.ofMillis(200)).plugin(listeners).build()) {
            Campus.fill(yiban.campus());

            EntryRef ref = yiban.archive(LI_MING).record(TestPlugins.moralEntry("2"));

            assertThat(yiban.archive(LI_MING).timeline(Viewer.of(PersonId.of(LI_MING.value())))).extracting(r -> r.ref()).containsExactly(ref);
            assertThat(yiban.faults()).extracting(PluginFault::kind).containsExactly(PluginFault.Kind.THREW, PluginFault.Kind.TIMED_OUT);
            assertThat(yiban.faults()).allSatisfy(f -> {
                assertThat(f.plugin()).isEqualTo("notifier");
                assertThat(f.subject()).contains(ref.toString());
            });
            assertThat(yiban.verify().ok()).isTrue();
            assertThat(yiban.archive(LI_MING).record(TestPlugins.moralEntry("3"))).isNotNull();
        }
    }
}

package edu.yiban.sdk.testkit;

import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.student.EvaluationPeriod;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.system.Adjustment;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.sdk.EvaluationReport;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.internal.plugin.PluginMeasures;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import edu.yiban.sdk.plugin.YibanPlugin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The test kit's contract of a plugin indicator (指标插件测试套件): extend it, say how to make the
 * indicator, and fill the small test campus with what it reads. Each test's name starts with the contract
 * it proves; a failure says, in English and Chinese, which contract broke and how.
 *
 * <pre>{@code
 * class VolunteerHoursContractTest extends IndicatorPluginContract {
 *     protected PluginIndicator newIndicator() { return new VolunteerHours(BigDecimal.valueOf(40)); }
 *     protected void prepare(Yiban yiban) {
 *         for (StudentNo s : students()) yiban.archive(s).record(volunteerEntry(s, 12));
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>declared</b> (声明完整): the indicator has a code, names in Chinese and English, a unit, a
 *       source, and a range whose least is not above its most;</li>
 *   <li><b>deterministic</b> (结果确定): two calls on the same campus give the same values;</li>
 *   <li><b>in range</b> (取值在范围内): every value is a finite number within the declared range;</li>
 *   <li><b>explained</b> (可解释): run by the SDK, its values reach the students' raw values with the
 *       plugin as source, and the evaluation reports no fault;</li>
 *   <li><b>inputs untouched</b> (不改输入): measuring writes nothing to the ledger and does not change the
 *       students it was given.</li>
 * </ul>
 *
 * The campus: one college {@code KIT}, one class {@code KIT2201} of six students (学号 2022990001 …
 * 2022990006), a counsellor {@code KIT-C}, and the term {@code 2022-2023-1} (2022-09-01 to 2023-01-15).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class IndicatorPluginContract {
    /** For the store's or plugin's own test class, which extends this one. */
    protected IndicatorPluginContract() {
    }

    /** The term the kit measures. */
    protected static final TermId TERM = KitCampus.TERM;
    /** The kit's counsellor, who may record archive entries in {@link #prepare}. */
    protected static final PersonId COUNSELLOR = KitCampus.COUNSELLOR;
    private static final String PLUGIN = "indicator-under-test";

    /** The kit's campus while a test runs; null before it is opened and after it is closed. */
    private @Nullable Yiban yiban;

    /** A new indicator to test. */
    protected abstract PluginIndicator newIndicator();

    /** Adds what the indicator reads to the kit's campus (archive entries, space activity…); nothing by default. */
    protected void prepare(Yiban campus) {
    }

    /** The kit's students, by 学号. */
    protected static List<StudentNo> students() {
        return KitCampus.STUDENTS;
    }

    /**
     * The kit's campus, opened on first use, so that a broken declaration is reported by {@code declared}
     * rather than as a start-up failure of every test.
     */
    private Yiban campus() {
        if (yiban == null) {
            // faults contained and listed, so that "explained" names the one it finds instead of stopping on it
            yiban = Yiban.builder().clock(KitCampus.CLOCK).faultPolicy(FaultPolicy.SKIP_AND_MARK)
                    .plugin(new UnderTest(newIndicator())).build();
            KitCampus.fill(yiban.campus());
            prepare(yiban);
        }
        return yiban;
    }

    @AfterEach
    final void closeCampus() {
        if (yiban != null) {
            yiban.close();
            yiban = null;
        }
    }

    @Test
    @DisplayName("declared: a code, names in Chinese and English, a unit, a source and an ordered range")
    final void declared() {
        PluginIndicator indicator = newIndicator();
        Indicator declared = indicator.indicator();
        if (declared == null) {
            throw broken("declared", "declared.none");
        }
        if (declared.name().zh().isBlank() || declared.name().en().isBlank()) {
            throw broken("declared", "declared.names", declared.code());
        }
        if (indicator.min() == null || indicator.max() == null
                || indicator.max().map(max -> max.compareTo(indicator.min()) < 0).orElse(false)) {
            throw broken("declared", "declared.range", declared.code(), String.valueOf(indicator.min()), String.valueOf(indicator.max()));
        }
    }

    @Test
    @DisplayName("deterministic: two calls on the same campus give the same values")
    final void deterministic() {
        PluginIndicator indicator = newIndicator();
        Map<String, BigDecimal> first = values(indicator.measure(context()));
        Map<String, BigDecimal> second = values(indicator.measure(context()));
        for (String student : new TreeSet<>(first.keySet())) {
            BigDecimal a = first.get(student);
            BigDecimal b = second.get(student);
            if (b == null || a == null || a.compareTo(b) != 0) {
                throw broken("deterministic", "deterministic.values", student, String.valueOf(a), String.valueOf(b));
            }
        }
        if (!first.keySet().equals(second.keySet())) {
            throw broken("deterministic", "deterministic.students", String.valueOf(first.keySet()), String.valueOf(second.keySet()));
        }
    }

    @Test
    @DisplayName("in range: every value is a finite number within the declared range")
    final void inRange() {
        PluginIndicator indicator = newIndicator();
        Map<String, Number> raw = indicator.measure(context());
        for (Map.Entry<String, Number> e : new TreeMap<>(raw).entrySet()) {
            Optional<BigDecimal> v = PluginMeasures.exact(e.getValue());
            if (v.isEmpty()) {
                throw broken("range", "range.number", e.getKey(), String.valueOf(e.getValue()));
            }
            if (!PluginMeasures.inRange(indicator, v.get())) {
                throw broken("range", "range.outside", e.getKey(), v.get().toPlainString(), indicator.min().toPlainString(),
                        indicator.max().map(BigDecimal::toPlainString).orElse("∞"));
            }
        }
    }

    @Test
    @DisplayName("explained: run by the SDK, its values reach the raw values with the plugin as source")
    final void explained() {
        PluginIndicator indicator = newIndicator();
        String code = indicator.indicator().code();
        EvaluationReport report = campus().evaluateStudents(TERM);
        if (!report.clean()) {
            throw broken("explained", "explained.fault", report.faults().get(0).en(), report.faults().get(0).zh());
        }
        RawValues raw = campus().scoring().students().rawValues(EvaluationPeriod.term(TERM));
        Map<String, BigDecimal> direct = values(indicator.measure(context()));
        for (Map.Entry<String, BigDecimal> e : direct.entrySet()) {
            Optional<Measure> measured = raw.get(e.getKey(), code);
            if (measured.isEmpty() || !measured.get().source().equals("plugin:" + PLUGIN) || measured.get().note().isEmpty()) {
                throw broken("explained", "explained.missing", e.getKey(), code);
            }
        }
    }

    @Test
    @DisplayName("inputs untouched: measuring writes nothing and leaves the students it was given")
    final void inputsUntouched() {
        PluginIndicator indicator = newIndicator();
        List<StoredRecord> before = Records.all(WritableLedger.of(campus().core().ledger()).store());
        IndicatorContext context = context();
        SortedSet<String> given = new TreeSet<>(context.students());
        try {
            indicator.measure(context);
        } catch (UnsupportedOperationException changed) {
            throw broken("inputs", "inputs.students", String.valueOf(changed));
        }
        List<StoredRecord> after = Records.all(WritableLedger.of(campus().core().ledger()).store());
        if (after.size() != before.size()) {
            StoredRecord first = after.get(before.size());
            throw broken("inputs", "inputs.written", after.size() - before.size(), first.stream() + "#" + first.sequence());
        }
        if (!given.equals(context.students())) {
            throw broken("inputs", "inputs.students", String.valueOf(context.students()));
        }
    }

    private IndicatorContext context() {
        SortedSet<String> students = new TreeSet<>();
        students().forEach(s -> students.add(s.value()));
        Term term = campus().campus().term(TERM).orElseThrow();
        return new IndicatorContext(Collections.unmodifiableSortedSet(students), term.start(), term.end(),
                campus().campus(), campus().archives());
    }

    private static Map<String, BigDecimal> values(Map<String, Number> raw) {
        Map<String, BigDecimal> out = new TreeMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> PluginMeasures.exact(v).ifPresent(d -> out.put(k, d)));
        }
        return out;
    }

    private static AssertionFailedError broken(String contract, String key, Object... args) {
        return Contract.violation("contract.indicator." + contract, Contract.text("indicator." + key, args));
    }

    /** The indicator wrapped in a plugin, with the default system plus a bonus item reading it, so that it counts. */
    private static final class UnderTest implements YibanPlugin {
        private final PluginIndicator indicator;

        UnderTest(PluginIndicator indicator) {
            this.indicator = indicator;
        }

        @Override
        public String id() {
            return PLUGIN;
        }

        @Override
        public String version() {
            return "0";
        }

        @Override
        public void register(PluginContext context) {
            context.indicator(indicator);
            IndicatorSystem base = StudentEvaluation.defaultSystem();
            List<Indicator> indicators = new ArrayList<>(base.indicators());
            indicators.add(indicator.indicator());
            context.evaluationPreset(new IndicatorSystem(base.id(), base.name(), base.version(), indicators,
                    base.root().withAdjustments(List.of(new Adjustment("kit-bonus", new Bilingual("测试加分", "kit bonus"),
                            Adjustment.Kind.BONUS, indicator.indicator().code(), new BigDecimal("0.01"), Optional.of(BigDecimal.ONE)))),
                    base.vetoes(), base.gates()));
        }
    }
}

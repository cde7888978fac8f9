package edu.yiban.sdk.internal.plugin;

import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.scoring.result.Measure;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.student.EvaluationPeriod;
import edu.yiban.scoring.student.ExtraMeasures;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.plugin.PluginFault;
import edu.yiban.sdk.internal.SdkMessages;
import edu.yiban.sdk.internal.plugin.PluginRegistry.Owned;
import edu.yiban.sdk.plugin.IndicatorContext;
import edu.yiban.sdk.plugin.PluginIndicator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The plugins' indicators as extra measures of the students' evaluation: each called once per
 * evaluation, over all its students, within its budget; every value checked (a finite number within the
 * declared range); each failure handled as the fault policy says — under {@link FaultPolicy#FAIL} the
 * evaluation stops, under {@link FaultPolicy#SKIP_AND_MARK} the raw values record what the plugin failed to
 * measure for whom ({@link RawValues#failed(String, String)}), every student when the whole call failed
 * (it threw, ran past its budget, returned no map), so that the results reading it are marked incomplete.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PluginMeasures implements ExtraMeasures {
    private final List<Owned<PluginIndicator>> indicators;
    private final CampusDirectory directory;
    private final GrowthArchives archives;
    private final Isolation isolation;
    private final FaultLog faults;
    private final FaultPolicy policy;
    private final Duration defaultBudget;
    private final Set<String> codes;

    public PluginMeasures(List<Owned<PluginIndicator>> indicators, CampusDirectory directory, GrowthArchives archives,
                          Isolation isolation, FaultLog faults, FaultPolicy policy, Duration defaultBudget) {
        this.indicators = List.copyOf(indicators);
        this.directory = directory;
        this.archives = archives;
        this.isolation = isolation;
        this.faults = faults;
        this.policy = policy;
        this.defaultBudget = defaultBudget;
        this.codes = this.indicators.stream().map(o -> o.extension().indicator().code()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> indicators() {
        return codes;
    }

    @Override
    public RawValues measure(EvaluationPeriod period, SortedSet<String> students) {
        List<Term> terms = terms(period);
        LocalDate from = terms.get(0).start();
        LocalDate to = terms.get(terms.size() - 1).end();
        IndicatorContext context = new IndicatorContext(Collections.unmodifiableSortedSet(students), from, to, directory, archives);
        RawValues.Builder raw = RawValues.builder();
        for (Owned<PluginIndicator> owned : indicators) {
            measureOne(owned, context, raw);
        }
        return raw.build();
    }

    private void measureOne(Owned<PluginIndicator> owned, IndicatorContext context, RawValues.Builder raw) {
        PluginIndicator indicator = owned.extension();
        String code = indicator.indicator().code();
        String extension = "indicator:" + code;
        Duration budget = indicator.budget().orElse(defaultBudget);
        String source = "plugin:" + owned.plugin();
        Isolation.Outcome<Map<String, Number>> outcome = isolation.run(() -> indicator.measure(context), budget);
        Optional<PluginFault> failed = faults.failure(outcome, owned.plugin(), extension, Optional.empty());
        if (failed.isPresent()) {
            fail(failed.get(), outcome.thrown());
            context.students().forEach(student -> raw.failed(student, code));
            raw.failedBy(code, source);
            return;
        }
        Map<String, Number> values = ((Isolation.Outcome.Returned<Map<String, Number>>) outcome).value();
        if (values == null) {
            fail(faults.fault(owned.plugin(), extension, Optional.empty(), PluginFault.Kind.NOT_A_NUMBER, "fault.no-values"), null);
            context.students().forEach(student -> raw.failed(student, code));
            raw.failedBy(code, source);
            return;
        }
        Bilingual note = new Bilingual(SdkMessages.BUNDLE.render(MessageBundle.ZH, "measure.note", owned.plugin()),
                SdkMessages.BUNDLE.render(MessageBundle.EN, "measure.note", owned.plugin()));
        for (Map.Entry<String, Number> entry : new TreeMap<>(values).entrySet()) {
            if (!context.students().contains(entry.getKey())) {
                continue;
            }
            Optional<BigDecimal> value = exact(entry.getValue());
            if (value.isEmpty()) {
                fail(faults.fault(owned.plugin(), extension, Optional.of(entry.getKey()), PluginFault.Kind.NOT_A_NUMBER,
                        "fault.not-a-number", String.valueOf(entry.getValue())), null);
                raw.failed(entry.getKey(), code).failedBy(code, source);
                continue;
            }
            BigDecimal v = value.get();
            if (!inRange(indicator, v)) {
                fail(faults.fault(owned.plugin(), extension, Optional.of(entry.getKey()), PluginFault.Kind.OUT_OF_RANGE,
                        "fault.out-of-range", v.toPlainString(), indicator.min().toPlainString(),
                        indicator.max().map(BigDecimal::toPlainString).orElse("∞")), null);
                raw.failed(entry.getKey(), code).failedBy(code, source);
                continue;
            }
            raw.put(entry.getKey(), code, new Measure(v, source, Optional.of(context.to()), Optional.of(note)));
        }
    }

    /**
     * Under the fail policy a fault stops the evaluation; else it is recorded, and the caller leaves the value
     * out and marks it failed.
     */
    private void fail(PluginFault fault, @Nullable Throwable cause) {
        faults.record(fault, cause);
        if (policy == FaultPolicy.FAIL) {
            throw new PluginException(fault.plugin(), PluginException.Reason.FAULT,
                    SdkMessages.BUNDLE.text("fault.fail", fault.zh(), fault.en()), cause);
        }
    }

    /**
     * A plugin's number read exactly, as the runtime reads every value an indicator gives (the test kit
     * reads them the same way): {@code double}s by their decimal form; null, NaN and infinities refused.
     */
    public static Optional<BigDecimal> exact(Number n) {
        if (n == null) {
            return Optional.empty();
        }
        if (n instanceof BigDecimal d) {
            return Optional.of(d);
        }
        if (n instanceof BigInteger i) {
            return Optional.of(new BigDecimal(i));
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Optional.of(new BigDecimal(Double.toString(d))) : Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(n.longValue()));
    }

    /** Whether {@code value} lies within {@code indicator}'s declared range, both ends included. */
    public static boolean inRange(PluginIndicator indicator, BigDecimal value) {
        return value.compareTo(indicator.min()) >= 0 && indicator.max().map(max -> value.compareTo(max) <= 0).orElse(true);
    }

    private List<Term> terms(EvaluationPeriod period) {
        if (period.term().isPresent()) {
            return List.of(directory.term(period.term().get()).orElseThrow());
        }
        return directory.terms().stream().filter(t -> t.id().year().equals(period.year())).toList();
    }
}

package edu.yiban.scoring.system;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.DocumentSchema;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.result.SubjectResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An indicator system (指标体系): the indicators, a weighted tree over them, veto rules (一票否决) and
 * eligibility gates, declared in JSON. Loading checks it whole: the weights of every node's children add
 * up to exactly 1, every leaf names a declared indicator and a normaliser, codes are unique, bounds are
 * ordered; a system that fails is refused with every fault named by its path, in Chinese and English.
 *
 * <pre>{@code
 * IndicatorSystem system = IndicatorSystem.fromJson(in);
 * List<SubjectResult> results = system.evaluate(rawValues);   // one result per subject, by subject code
 * }</pre>
 *
 * <p>Arithmetic is exact ({@link java.math.BigDecimal}): normalised scores are kept to four decimals
 * (half-up), weighted sums are exact, and the total is rounded once, at the end, to two decimals
 * (half-up), as campus rules are written. The same inputs give the same results on any machine.
 *
 * @param id         the system's code
 * @param name       its name in both languages
 * @param version    its version, e.g. {@code 2023-2024}
 * @param indicators the indicators it reads
 * @param root       the weighted tree
 * @param vetoes     the veto rules
 * @param gates      the eligibility gates
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record IndicatorSystem(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        @NotBlank String version,
        List<@Valid Indicator> indicators,
        @NotNull @Valid SystemNode root,
        List<@Valid Veto> vetoes,
        List<@Valid Gate> gates) {

    public IndicatorSystem {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        gates = gates == null ? List.of() : List.copyOf(gates);
    }

    /** Reads and checks a system; a faulty one is refused whole (see the class comment). */
    public static IndicatorSystem fromJson(InputStream json) {
        return checked(ScoringJson.read(json, IndicatorSystem.class, DocumentSchema.INDICATOR_SYSTEM));
    }

    /** {@code system}, if it passes the checks of {@link #fromJson}; else an {@link edu.yiban.core.error.InvalidInputException}. */
    public static IndicatorSystem checked(IndicatorSystem system) {
        ScoringMessages.validator().check(system);
        SystemChecks.check(system);
        return system;
    }

    /** The indicator {@code code}, if declared. */
    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Evaluates every subject of {@code raw}: one result each, in subject-code order. */
    public List<SubjectResult> evaluate(RawValues raw) {
        return evaluate(raw, Map.of());
    }

    /**
     * Evaluates every subject of {@code raw}, with the plugins' normalisers by id for the system's
     * {@link Normaliser.External} leaves.
     *
     * @throws edu.yiban.core.error.InvalidInputException if a leaf names a normaliser {@code external} does not hold
     */
    public List<SubjectResult> evaluate(RawValues raw, Map<String, ExternalNormaliser> external) {
        return new Evaluator(checked(this), external).evaluate(raw);
    }
}

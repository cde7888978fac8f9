package edu.yiban.scoring.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * The raw values an evaluation reads: for each subject (a 学号, a college code), its measures by
 * indicator code, and the indicators a source failed to measure for it. A subject without a measure of an
 * indicator scores 0 there, and the explanation says so; a subject whose indicator a source <em>failed</em>
 * to measure (a plugin threw, ran past its budget, gave a value it may not) also scores 0 there, but its
 * result is marked incomplete ({@link SubjectResult#incomplete()}) wherever the system reads that
 * indicator, so that a missing value never passes for a measured 0.
 *
 * <pre>{@code
 * RawValues raw = RawValues.builder()
 *         .put("EDU", "coverage", Measure.of(new BigDecimal("0.9312"), "class-spaces"))
 *         .failed("MATH", "coverage").failedBy("coverage", "plugin:coverage-feed")
 *         .build();
 * }</pre>
 *
 * @param subjects each subject's measures, by indicator code; both levels held in code order
 * @param failed   for each subject, the codes of the indicators a source failed to measure for it; both
 *                 levels in code order, no empty set (written only when there is one)
 * @param failedBy for each indicator a source failed to measure, that source (e.g. {@code plugin:volunteer-hours}),
 *                 where known (written only when there is one)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RawValues(
        SortedMap<String, SortedMap<String, Measure>> subjects,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) SortedMap<String, SortedSet<String>> failed,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) SortedMap<String, String> failedBy) {

    public RawValues {
        Objects.requireNonNull(subjects, "subjects is null");
        TreeMap<String, SortedMap<String, Measure>> copy = new TreeMap<>();
        subjects.forEach((subject, measures) -> copy.put(subject, Collections.unmodifiableSortedMap(new TreeMap<>(measures))));
        subjects = Collections.unmodifiableSortedMap(copy);
        TreeMap<String, SortedSet<String>> failures = new TreeMap<>();
        if (failed != null) {
            failed.forEach((subject, codes) -> {
                if (!codes.isEmpty()) {
                    failures.put(subject, Collections.unmodifiableSortedSet(new TreeSet<>(codes)));
                }
            });
        }
        failed = Collections.unmodifiableSortedMap(failures);
        failedBy = failedBy == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(failedBy));
    }

    /** Raw values without failures. */
    public RawValues(SortedMap<String, SortedMap<String, Measure>> subjects) {
        this(subjects, Collections.emptySortedMap(), Collections.emptySortedMap());
    }

    /** Raw values with failures whose sources are not known. */
    public RawValues(SortedMap<String, SortedMap<String, Measure>> subjects, SortedMap<String, SortedSet<String>> failed) {
        this(subjects, failed, Collections.emptySortedMap());
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The measure of {@code indicator} for {@code subject}, if any. */
    public Optional<Measure> get(String subject, String indicator) {
        return Optional.ofNullable(subjects.getOrDefault(subject, Collections.emptySortedMap()).get(indicator));
    }

    /** The codes of the indicators a source failed to measure for {@code subject}, in code order; empty when none. */
    public Set<String> failed(String subject) {
        return failed.getOrDefault(subject, Collections.emptySortedSet());
    }

    /** Whether a source failed to measure {@code indicator} for {@code subject}. */
    public boolean failed(String subject, String indicator) {
        return failed(subject).contains(indicator);
    }

    /** The source that failed to measure {@code indicator}, where known. */
    public Optional<String> failedBy(String indicator) {
        return Optional.ofNullable(failedBy.get(indicator));
    }

    /** Whether no source failed to measure anything. */
    public boolean complete() {
        return failed.isEmpty();
    }

    /** Builds {@link RawValues}. */
    public static final class Builder {
        private final TreeMap<String, SortedMap<String, Measure>> subjects = new TreeMap<>();
        private final TreeMap<String, SortedSet<String>> failed = new TreeMap<>();
        private final TreeMap<String, String> failedBy = new TreeMap<>();

        private Builder() {
        }

        /** Adds a subject with no measures yet (it will score 0 everywhere unless measures follow). */
        public Builder subject(String subject) {
            subjects.computeIfAbsent(subject, s -> new TreeMap<>());
            return this;
        }

        /** Sets {@code subject}'s measure of {@code indicator}. */
        public Builder put(String subject, String indicator, Measure measure) {
            subjects.computeIfAbsent(subject, s -> new TreeMap<>()).put(indicator, measure);
            return this;
        }

        /** Sets {@code subject}'s value of {@code indicator}, measured from {@code source}. */
        public Builder put(String subject, String indicator, BigDecimal value, String source) {
            return put(subject, indicator, Measure.of(value, source));
        }

        /**
         * Records that a source failed to measure {@code indicator} for {@code subject} (the subject itself is
         * added as by {@link #subject} only if a measure or {@code subject(…)} names it).
         */
        public Builder failed(String subject, String indicator) {
            Objects.requireNonNull(subject, "subject is null");
            Objects.requireNonNull(indicator, "indicator is null");
            failed.computeIfAbsent(subject, s -> new TreeSet<>()).add(indicator);
            return this;
        }

        /** Records which source failed to measure {@code indicator}, e.g. {@code plugin:volunteer-hours}. */
        public Builder failedBy(String indicator, String source) {
            failedBy.put(Objects.requireNonNull(indicator, "indicator is null"), Objects.requireNonNull(source, "source is null"));
            return this;
        }

        public RawValues build() {
            return new RawValues(subjects, failed, failedBy);
        }
    }
}

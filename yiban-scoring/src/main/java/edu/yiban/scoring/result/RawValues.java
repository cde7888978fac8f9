package edu.yiban.scoring.result;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The raw values an evaluation reads: for each subject (a 学号, a college code), its measures by
 * indicator code. A subject without a measure of an indicator scores 0 there, and the explanation says so.
 *
 * <pre>{@code
 * RawValues raw = RawValues.builder()
 *         .put("EDU", "coverage", Measure.of(new BigDecimal("0.9312"), "class-spaces"))
 *         .build();
 * }</pre>
 *
 * @param subjects each subject's measures, by indicator code; both levels held in code order
 */
public record RawValues(SortedMap<String, SortedMap<String, Measure>> subjects) {
    public RawValues {
        Objects.requireNonNull(subjects, "subjects is null");
        TreeMap<String, SortedMap<String, Measure>> copy = new TreeMap<>();
        subjects.forEach((subject, measures) -> copy.put(subject, Collections.unmodifiableSortedMap(new TreeMap<>(measures))));
        subjects = Collections.unmodifiableSortedMap(copy);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The measure of {@code indicator} for {@code subject}, if any. */
    public Optional<Measure> get(String subject, String indicator) {
        return Optional.ofNullable(subjects.getOrDefault(subject, Collections.emptySortedMap()).get(indicator));
    }

    /** Builds {@link RawValues}. */
    public static final class Builder {
        private final TreeMap<String, SortedMap<String, Measure>> subjects = new TreeMap<>();

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

        public RawValues build() {
            return new RawValues(subjects);
        }
    }
}

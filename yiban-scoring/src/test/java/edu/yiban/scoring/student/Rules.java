package edu.yiban.scoring.student;

import edu.yiban.core.id.TermId;
import edu.yiban.scoring.system.IndicatorSystem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Rule sets and systems written in JSON for tests, as a campus writes them. */
final class Rules {
    private Rules() {
    }

    /** The five parts 德智体美劳 of the seed, weighing 0.2 each. */
    static final String[] FIVE = {"moral", "intellectual", "physical", "aesthetic", "labour"};

    /**
     * A rule set for 2022-2023 with the given base scores (JSON: part code → points, e.g. {@code {"moral": 60}}),
     * rules and limits (JSON fragments), over the five parts 德智体美劳 weighing 0.2 each.
     */
    static RuleSet set(String base, String rules, String limits) {
        return set("2022-2023", "1", base, rules, limits);
    }

    static RuleSet set(String year, String version, String base, String rules, String limits) {
        return RuleSet.fromJson(json("""
                {"id": "test-rules", "name": {"zh": "测试细则", "en": "test rules"}, "version": "%s", "year": "%s",
                 "parts": %s, "rules": [%s], "limits": [%s]}""".formatted(version, year, fiveParts(base), rules, limits)));
    }

    /**
     * A rule set for 2022-2023 with its own parts (a JSON part tree), rules and limits (JSON fragments) and any other
     * fields ({@code extra}: a JSON fragment of fields, or empty).
     */
    static RuleSet custom(String parts, String rules, String limits, String extra) {
        return RuleSet.fromJson(json("""
                {"id": "campus-rules", "name": {"zh": "本校细则", "en": "campus rules"}, "version": "1", "year": "2022-2023",
                 "parts": %s, "rules": [%s], "limits": [%s]%s}""".formatted(parts, rules, limits, extra.isEmpty() ? "" : ", " + extra)));
    }

    /** The evaluation of {@code campus} with {@code rules} scoring their own parts. */
    static StudentEvaluation own(StudentCampus campus, RuleSet... rules) {
        return StudentEvaluation.builder(campus.core).rules(RuleSets.of(rules)).build();
    }

    /** The root of the five parts weighing 0.2 each, with the base scores {@code base} (JSON: part code → points). */
    static String fiveParts(String base) {
        java.util.Map<String, Object> bases = readBase(base);
        StringBuilder children = new StringBuilder();
        for (String part : FIVE) {
            children.append(children.isEmpty() ? "" : ",").append("""
                    {"code": "%s", "name": {"zh": "%s", "en": "%s"}, "weight": 0.2%s}""".formatted(part, part, part,
                    bases.containsKey(part) ? ", \"base\": " + bases.get(part) : ""));
        }
        return """
                {"code": "total", "name": {"zh": "总分", "en": "total"}, "children": [%s]}""".formatted(children);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> readBase(String base) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(base, java.util.Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(base, e);
        }
    }

    /** A system weighing the five dimensions' points 0.2 each, identity normalised (0–100), no vetoes or gates. */
    static IndicatorSystem pointsOnly() {
        StringBuilder indicators = new StringBuilder();
        StringBuilder children = new StringBuilder();
        for (String d : new String[] {"moral", "intellectual", "physical", "aesthetic", "labour"}) {
            indicators.append(indicators.isEmpty() ? "" : ",").append("""
                    {"code": "points.%s", "name": {"zh": "%s", "en": "%s"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "rules"}"""
                    .formatted(d, d, d));
            children.append(children.isEmpty() ? "" : ",").append("""
                    {"code": "%s", "name": {"zh": "%s", "en": "%s"}, "weight": 0.2, "indicator": "points.%s", "normaliser": {"type": "identity"}}"""
                    .formatted(d, d, d, d));
        }
        return IndicatorSystem.fromJson(json("""
                {"id": "points-only", "name": {"zh": "只看分数", "en": "points only"}, "version": "1",
                 "indicators": [%s], "root": {"code": "total", "name": {"zh": "总分", "en": "total"}, "weight": 1, "children": [%s]}}"""
                .formatted(indicators, children)));
    }

    /** The evaluation of {@code campus} with {@code rules} and the points-only system. */
    static StudentEvaluation evaluation(StudentCampus campus, RuleSet... rules) {
        return StudentEvaluation.builder(campus.core).rules(RuleSets.of(rules)).system(pointsOnly()).tieBreak(java.util.List.of()).build();
    }

    static StudentResults term(StudentCampus campus, TermId term, RuleSet rules) {
        return evaluation(campus, rules).evaluate(term);
    }

    static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

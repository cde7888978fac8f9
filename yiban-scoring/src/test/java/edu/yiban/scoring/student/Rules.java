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

    /**
     * A system for rank and award tests: total = 0.5 × moral + 0.5 × intellectual points (identity); gates GPA ≥ 2 and no
     * failed course; a sanction of 3 or more vetoes the total to 0.
     */
    static IndicatorSystem halfAndHalf() {
        return IndicatorSystem.fromJson(Rules.json("""
            {"id": "awards-test", "name": {"zh": "评奖测试", "en": "awards test"}, "version": "1",
             "indicators": [
               {"code": "points.moral", "name": {"zh": "德", "en": "moral"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "rules"},
               {"code": "points.intellectual", "name": {"zh": "智", "en": "intellectual"}, "unit": "分", "direction": "HIGHER_IS_BETTER", "source": "rules"},
               {"code": "gpa", "name": {"zh": "绩点", "en": "GPA"}, "unit": "绩点", "direction": "HIGHER_IS_BETTER", "source": "grades"},
               {"code": "failed-courses", "name": {"zh": "不及格", "en": "failed"}, "unit": "门", "direction": "LOWER_IS_BETTER", "source": "grades"},
               {"code": "sanction-level", "name": {"zh": "处分", "en": "sanction"}, "unit": "级", "direction": "LOWER_IS_BETTER", "source": "rules"}],
             "root": {"code": "total", "name": {"zh": "总分", "en": "total"}, "weight": 1, "children": [
               {"code": "moral", "name": {"zh": "德", "en": "moral"}, "weight": 0.5, "indicator": "points.moral", "normaliser": {"type": "identity"}},
               {"code": "intellectual", "name": {"zh": "智", "en": "intellectual"}, "weight": 0.5, "indicator": "points.intellectual",
                "normaliser": {"type": "identity"}}]},
             "vetoes": [{"code": "sanction", "name": {"zh": "处分", "en": "sanction"}, "indicator": "sanction-level", "when": "AT_LEAST",
                         "threshold": 3, "score": 0}],
             "gates": [{"code": "min-gpa", "name": {"zh": "绩点≥2", "en": "GPA ≥ 2"}, "indicator": "gpa", "must": "AT_LEAST", "threshold": 2},
                       {"code": "no-failed-course", "name": {"zh": "无不及格", "en": "no failed course"}, "indicator": "failed-courses",
                        "must": "AT_MOST", "threshold": 0}]}"""));
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

package edu.yiban.scoring.student;

import edu.yiban.core.id.TermId;
import edu.yiban.scoring.system.IndicatorSystem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Rule sets and systems written in JSON for tests, as a campus writes them. */
final class Rules {
    private Rules() {
    }

    /** A rule set for 2022-2023 with the given base, rules and limits (JSON fragments). */
    static RuleSet set(String base, String rules, String limits) {
        return set("2022-2023", "1", base, rules, limits);
    }

    static RuleSet set(String year, String version, String base, String rules, String limits) {
        return RuleSet.fromJson(json("""
                {"id": "test-rules", "name": {"zh": "测试细则", "en": "test rules"}, "version": "%s", "year": "%s",
                 "base": %s, "rules": [%s], "limits": [%s]}""".formatted(version, year, base, rules, limits)));
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

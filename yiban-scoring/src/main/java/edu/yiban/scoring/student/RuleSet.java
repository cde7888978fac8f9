package edu.yiban.scoring.student;

import edu.yiban.core.archive.Dimension;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.student.RuleChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A rule table (加减分细则) of the students' comprehensive evaluation (学生综合测评), versioned and bound to
 * one academic year (学年), so that last year's results recompute with last year's rules after this year's
 * changed ({@link RuleSets}). It gives each dimension (德智体美劳) a base score (基础分), its {@link Rule}s
 * give points for archive entries, and its {@link Limit}s cap and floor them.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.fromJson(in);                 // checked whole, faults named by JSON path
 * RuleSet example = RuleSet.example2022();              // the bundled example for 2022-2023
 * RuleSet next = example.forYear(AcademicYear.of(2023), "2023-2024.1");
 * }</pre>
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {"id": "example-rules", "name": {"zh": "…", "en": "…"}, "version": "2022-2023.1", "year": "2022-2023",
 *  "base": {"MORAL": 60, "PHYSICAL": 60, "AESTHETIC": 60, "LABOUR": 60},
 *  "rules": [ … see Rule … ],
 *  "limits": [{"code": "competition-cap", "name": {…}, "category": "competition", "per": "TERM", "cap": 10}]}
 * }</pre>
 *
 * <p>The seed (琼台师范学院易班建设实施方案) names the evaluation but gives no point values; the bundled
 * {@link #example2022()} says so in its name and description, and every campus replaces it with its own rules.
 *
 * @param id          the rule set's code
 * @param name        its name in both languages
 * @param version     its version, e.g. {@code 2022-2023.1}
 * @param year        the academic year it applies to
 * @param description what it is, where it comes from
 * @param base        each dimension's base score, counted once per evaluated period (absent: 0)
 * @param rules       the rules, in the order entries are matched
 * @param limits      the caps and floors, in the order they apply
 */
public record RuleSet(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        @NotBlank @Size(max = 64) String version,
        @NotNull AcademicYear year,
        Optional<@Valid Bilingual> description,
        Map<Dimension, @NotNull BigDecimal> base,
        @Size(max = 500) List<@Valid Rule> rules,
        @Size(max = 200) List<@Valid Limit> limits) {

    /** Where {@link #example2022()} is read from. */
    public static final String EXAMPLE_2022 = "/edu/yiban/scoring/presets/student-rules-2022.json";

    public RuleSet {
        ScoringMessages.code(id, "id");
        description = description == null ? Optional.empty() : description;
        base = base == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(base));
        rules = rules == null ? List.of() : List.copyOf(rules);
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    /**
     * Reads and checks a rule set. Malformed JSON, an unknown field, or a rule broken (a dimension missing, a
     * point value with more than two decimals, a limit without a cap or floor, unordered bounds …) is an
     * {@link edu.yiban.core.InvalidInputException} naming every fault by its JSON path, in Chinese and English.
     */
    public static RuleSet fromJson(InputStream json) {
        return checked(ScoringJson.read(json, RuleSet.class));
    }

    /** {@code rules}, if it passes the checks of {@link #fromJson}. */
    public static RuleSet checked(RuleSet rules) {
        return RuleChecks.checked(rules);
    }

    /**
     * The bundled example for 2022-2023 (学生综合测评加减分细则（示例分值）): base 60 in 德体美劳, competitions
     * by level and prize, posts prorated by days held, volunteer hours in bands, a peer rating as a trimmed
     * mean, sanctions as deductions that feed {@code sanction-level}. Its values are examples, not the seed's.
     */
    public static RuleSet example2022() {
        return YibanJson.resource(RuleSet.class, EXAMPLE_2022, RuleSet::fromJson);
    }

    /** The base score of {@code dimension} (0 when the set gives none). */
    public BigDecimal base(Dimension dimension) {
        return base.getOrDefault(dimension, BigDecimal.ZERO);
    }

    /** The rule {@code code}, if the set has it. */
    public Optional<Rule> rule(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The same rules for another academic year, under another version. */
    public RuleSet forYear(AcademicYear other, String otherVersion) {
        return new RuleSet(id, name, otherVersion, other, description, base, rules, limits);
    }

    /** The same set with {@code otherRules} instead of its rules. */
    public RuleSet withRules(List<Rule> otherRules) {
        return new RuleSet(id, name, version, year, description, base, otherRules, limits);
    }

    /** The same set with {@code otherLimits} instead of its limits. */
    public RuleSet withLimits(List<Limit> otherLimits) {
        return new RuleSet(id, name, version, year, description, base, rules, otherLimits);
    }
}

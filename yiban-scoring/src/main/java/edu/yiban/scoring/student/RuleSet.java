package edu.yiban.scoring.student;

import com.fasterxml.jackson.annotation.JsonProperty;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.DocumentSchema;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Indicator;
import edu.yiban.scoring.system.Veto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A campus's rules of the students' comprehensive evaluation (综合测评细则), versioned and bound to one
 * academic year (学年), so that last year's results recompute with last year's rules after this year's
 * changed ({@link RuleSets}). It declares, as data and without code:
 * <ul>
 *   <li>the score's structure: its {@link Part}s (分项) as a tree of any depth, with weights, base scores or
 *       defaults, formulas, floors and caps;</li>
 *   <li>the {@link Rule}s that give points for archive entries (加减分细则) and the {@link Limit}s that cap and
 *       floor them per term or per period;</li>
 *   <li>the vetoes (一票否决) that replace a total and the gates (资格条件) that make a student ineligible for
 *       awards, the tie-break of ranks, the indicators it reads from outside (a plugin's, an import);</li>
 *   <li>how a year is scored (from its records, or as the mean of its terms) and how a graduation score
 *       weighs the years ({@link YearRule}, {@link GraduationRule}).</li>
 * </ul>
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
 *  "parts": {"code": "total", "name": {…}, "children": [{"code": "moral", "name": {…}, "weight": 0.2, "base": 60}, …]},
 *  "rules": [ … see Rule … ],
 *  "limits": [{"code": "competition-cap", "name": {…}, "category": "competition", "per": "TERM", "cap": 10}],
 *  "vetoes": [ … ], "gates": [ … ], "tieBreak": ["intellectual", "moral"],
 *  "year": {"from": "TERMS"}, "graduation": {"weights": [0.3, 0.3, 0.3, 0.1]}}
 * }</pre>
 * Every field is described, with complete examples of real campuses' rules, in {@code docs/rules.md}.
 *
 * <p>The seed (琼台师范学院易班建设实施方案) names the evaluation but gives no point values; the bundled
 * {@link #example2022()} says so in its name and description, and every campus replaces it with its own rules.
 *
 * @param id          the rule set's code
 * @param name        its name in both languages
 * @param version     its version, e.g. {@code 2022-2023.1}
 * @param year        the academic year it applies to
 * @param description what it is, where it comes from
 * @param parts       the score's structure: the root part (the total) and its sub-parts
 * @param rules       the rules, in the order entries are matched
 * @param limits      the caps and floors on rule points, in the order they apply
 * @param indicators  the indicators from outside the rule set that its formulas, vetoes and gates read (a plugin's, an import's)
 * @param vetoes      the veto rules (一票否决)
 * @param gates       the eligibility gates (资格条件) awards read
 * @param tieBreak    the parts whose exact scores break equal totals in ranks, in order, before the 学号 (default none)
 * @param yearRule    in JSON {@code periods}: how a year is scored, see {@link YearRule} (default: from its records)
 * @param graduation  how a graduation score weighs the years, if the campus has one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RuleSet(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        @NotBlank @Size(max = 64) String version,
        @NotNull AcademicYear year,
        Optional<@Valid Bilingual> description,
        @NotNull @Valid Part parts,
        @Size(max = 500) List<@Valid Rule> rules,
        @Size(max = 200) List<@Valid Limit> limits,
        @Size(max = 100) List<@Valid Indicator> indicators,
        @Size(max = 50) List<@Valid Veto> vetoes,
        @Size(max = 50) List<@Valid Gate> gates,
        @Size(max = 10) List<@NotNull String> tieBreak,
        @JsonProperty("periods") @Valid YearRule yearRule,
        Optional<@Valid GraduationRule> graduation) {

    /** Where {@link #example2022()} is read from. */
    public static final String EXAMPLE_2022 = "/edu/yiban/scoring/presets/student-rules-2022.json";

    public RuleSet {
        ScoringMessages.code(id, "id");
        description = description == null ? Optional.empty() : description;
        rules = rules == null ? List.of() : List.copyOf(rules);
        limits = limits == null ? List.of() : List.copyOf(limits);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        vetoes = vetoes == null ? List.of() : List.copyOf(vetoes);
        gates = gates == null ? List.of() : List.copyOf(gates);
        tieBreak = tieBreak == null ? List.of() : List.copyOf(tieBreak);
        yearRule = yearRule == null ? YearRule.FROM_RECORDS : yearRule;
        graduation = graduation == null ? Optional.empty() : graduation;
    }

    /**
     * How a year's score is made ({@code "periods": {…}} in JSON).
     *
     * <ul>
     *   <li>{@code {"year": "RECORDS"}} (the default): the year is one period — all its terms' entries together,
     *       base scores and period limits once, the GPA over the year;</li>
     *   <li>{@code {"year": "TERMS"}}: every term is scored on its own, each held by its floors and caps, and the
     *       year's score is their mean; {@code "termWeights": [0.4, 0.6]} weighs them (one weight per term of the
     *       year, in calendar order), {@code "byDays": true} weighs them by their days.</li>
     * </ul>
     *
     * @param year        from the year's records, or from its terms' scores
     * @param termWeights for {@link From#TERMS}: one weight per term, in order (empty: equal, unless {@code byDays})
     * @param byDays      for {@link From#TERMS}: weigh each term by its days (default no)
     */
    public record YearRule(@NotNull From year, @Size(max = 6) List<@NotNull BigDecimal> termWeights, Boolean byDays) {
        /** A year counted from its records. */
        public static final YearRule FROM_RECORDS = new YearRule(From.RECORDS, List.of(), false);
        /** A year as the plain mean of its terms' scores. */
        public static final YearRule MEAN_OF_TERMS = new YearRule(From.TERMS, List.of(), false);

        public YearRule {
            termWeights = termWeights == null ? List.of() : List.copyOf(termWeights);
            byDays = byDays != null && byDays;
        }

        /** Where a year's score comes from. */
        public enum From {
            /** The year's records, as one period. */
            RECORDS,
            /** The (weighted) mean of its terms' scores. */
            TERMS
        }
    }

    /**
     * How a graduation score (毕业综合测评) weighs the years of a cohort, e.g. {@code [0.3, 0.3, 0.3, 0.1]}: the
     * first year's total × 0.3 + the second's × 0.3 + …. Each year is scored with its own rule set; the weights
     * are the rule set of the cohort's last year's.
     *
     * @param weights one weight per year from the cohort's first, in order
     */
    public record GraduationRule(@NotEmpty @Size(max = 8) List<@NotNull BigDecimal> weights) {
        public GraduationRule {
            weights = weights == null ? null : List.copyOf(weights);
        }
    }

    /**
     * Reads and checks a rule set. Malformed JSON, an unknown field, or a rule broken (a part unknown, a point
     * value with more than two decimals, a limit without a cap or floor, a formula that does not parse,
     * unordered bounds …) is an {@link edu.yiban.core.error.InvalidInputException} naming every fault by its JSON
     * path, in Chinese and English.
     */
    public static RuleSet fromJson(InputStream json) {
        return checked(ScoringJson.read(json, RuleSet.class, DocumentSchema.RULE_SET));
    }

    /** {@code rules}, if it passes the checks of {@link #fromJson}. */
    public static RuleSet checked(RuleSet rules) {
        return RuleChecks.checked(rules);
    }

    /**
     * The bundled example for 2022-2023 (学生综合测评细则（示例分值）): 德 0.2 (base 60 and items, 0–100), 智 0.6
     * (the GPA on 0–4 as 0–100 plus intellectual items up to 10, at most 100), 体 0.1, 美 0.05, 劳 0.05 (base 60 and
     * items, 0–100); competitions by level and prize, posts prorated by days held, volunteer hours in bands, a
     * peer rating as a trimmed mean, sanctions as deductions that feed {@code sanction-level}; a veto at a demerit
     * (记过) or graver; gates for awards. Its values are examples, not the seed's.
     */
    public static RuleSet example2022() {
        return YibanJson.resource(RuleSet.class.getResourceAsStream(EXAMPLE_2022), EXAMPLE_2022, RuleSet::fromJson);
    }

    /** The part {@code code}, if the set declares it. */
    public Optional<Part> part(String code) {
        return parts.find(code);
    }

    /** The rule {@code code}, if the set has it. */
    public Optional<Rule> rule(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The same rules for another academic year, under another version. */
    public RuleSet forYear(AcademicYear other, String otherVersion) {
        return new RuleSet(id, name, otherVersion, other, description, parts, rules, limits, indicators, vetoes, gates, tieBreak, yearRule,
                graduation);
    }

    /** The same set with {@code otherRules} instead of its rules. */
    public RuleSet withRules(List<Rule> otherRules) {
        return new RuleSet(id, name, version, year, description, parts, otherRules, limits, indicators, vetoes, gates, tieBreak, yearRule,
                graduation);
    }

    /** The same set with {@code otherLimits} instead of its limits. */
    public RuleSet withLimits(List<Limit> otherLimits) {
        return new RuleSet(id, name, version, year, description, parts, rules, otherLimits, indicators, vetoes, gates, tieBreak, yearRule,
                graduation);
    }

    /** The same set with {@code root} as its parts. */
    public RuleSet withParts(Part root) {
        return new RuleSet(id, name, version, year, description, root, rules, limits, indicators, vetoes, gates, tieBreak, yearRule,
                graduation);
    }

    /** The same set reading also {@code more} indicators from outside. */
    public RuleSet withIndicators(List<Indicator> more) {
        List<Indicator> all = new java.util.ArrayList<>(indicators);
        all.addAll(more);
        return new RuleSet(id, name, version, year, description, parts, rules, limits, all, vetoes, gates, tieBreak, yearRule, graduation);
    }

    /** The same set with its years made as {@code rule} says. */
    public RuleSet withYearRule(YearRule rule) {
        return new RuleSet(id, name, version, year, description, parts, rules, limits, indicators, vetoes, gates, tieBreak, rule, graduation);
    }

    /** The same set with the graduation weights {@code rule}. */
    public RuleSet withGraduation(GraduationRule rule) {
        return new RuleSet(id, name, version, year, description, parts, rules, limits, indicators, vetoes, gates, tieBreak, yearRule,
                Optional.ofNullable(rule));
    }
}

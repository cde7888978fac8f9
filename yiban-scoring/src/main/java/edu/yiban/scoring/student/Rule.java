package edu.yiban.scoring.student;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import edu.yiban.core.archive.Category;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One rule of a rule table (加减分细则): which archive entries it takes — those of {@code category} whose
 * attributes have the values {@code when} names — and the points it gives them in a {@link Part} of the rule
 * set. An entry is taken by the first rule of the {@link RuleSet} that matches it, and counts once.
 *
 * <p>How the points are found is the rule's {@link Method}: a points table by attribute values
 * (competitions by level and prize, posts, sanctions), the points the entry records, volunteer hours
 * summed into bands, or a trimmed mean of peer ratings. An entry-by-entry method may then be modified:
 * <ul>
 *   <li>{@code team} — a team award's points shared by the member's place ({@code place}, {@code teamSize});</li>
 *   <li>{@code prorate} — a post held for part of a term counts for the days it covers ({@code from}, {@code to});</li>
 *   <li>{@code highestOnly} — only the highest item of a group counts within a term (several posts; one
 *       project's several awards, grouped by an attribute).</li>
 * </ul>
 * The formulas are in {@code docs/evaluation.md}.
 *
 * <pre>{@code
 * {"code": "competition", "name": {"zh": "学科竞赛获奖", "en": "subject competition prizes"},
 *  "category": "competition", "part": "intellectual-items",
 *  "method": {"type": "table", "rows": [{"when": {"level": "national", "prize": "first"}, "points": 8}]},
 *  "team": {"split": "BY_PLACE", "shares": [1, 0.8, 0.6, 0.4]},
 *  "highestOnly": {"by": "project"}}
 * }</pre>
 *
 * @param code        a stable code
 * @param name        its name in both languages, as the rules document has it
 * @param category    the category of the entries it takes
 * @param when        attribute values an entry must have to be taken (empty: every entry of the category)
 * @param part        the code of the part its points count in; for {@link Recorded}, when empty, the part named
 *                    like the entry's own dimension ({@code MORAL} → {@code moral})
 * @param method      how its points are found
 * @param team        how a team award's points are shared, for entry-by-entry methods
 * @param prorate     what whole span its points are for, counted by the days held (default: none, the points as they are)
 * @param highestOnly whether only the highest item of a group counts
 * @param severity    the indicator fed with the highest {@link Row#severity()} of the rows matched (e.g.
 *                    {@code sanction-level}, read by a veto or a gate)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Rule(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        @NotNull Category category,
        @Size(max = 16) Map<String, @NotNull @Size(max = 200) String> when,
        Optional<String> part,
        @NotNull @Valid Method method,
        Optional<@Valid TeamShare> team,
        Optional<Prorate> prorate,
        Optional<@Valid HighestOnly> highestOnly,
        Optional<String> severity) {

    public Rule {
        ScoringMessages.code(code, "code", "rule");
        when = sorted(when);
        part = part == null ? Optional.empty() : part;
        part.ifPresent(p -> ScoringMessages.code(p, "part"));
        team = team == null ? Optional.empty() : team;
        highestOnly = highestOnly == null ? Optional.empty() : highestOnly;
        prorate = prorate == null ? Optional.empty() : prorate;
        severity = severity == null ? Optional.empty() : severity;
        severity.ifPresent(s -> ScoringMessages.code(s, "severity", "indicator"));
    }

    /** A rule with no modifiers. */
    public static Rule of(String code, Bilingual name, Category category, String part, Method method) {
        return new Rule(code, name, category, Map.of(), Optional.ofNullable(part), method, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Whether the method counts entry by entry (all but {@link SumBands} and {@link TrimmedMean}), so that modifiers apply. */
    public boolean byEntry() {
        return !(method instanceof SumBands || method instanceof TrimmedMean);
    }

    /** What whole span a rule's points are for, when an item counts by the days it was held. */
    public enum Prorate {
        /** The points are for a whole term; an item counts {@code points × days held in the term / days of the term}. */
        TERM,
        /**
         * The points are for a whole academic year; each term of the year gets
         * {@code points × days held in the term / days of the year's terms}.
         */
        YEAR
    }

    static Map<String, String> sorted(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /**
     * How a rule finds its points. In JSON each method names its {@code type}:
     * <pre>
     * {"type": "table", "rows": [{"when": {"level": "national", "prize": "first"}, "points": 8}, …]}
     * {"type": "recorded"}
     * {"type": "attribute", "attribute": "score", "scale": 1}
     * {"type": "formula", "formula": "min(hours * 0.5, 10)"}
     * {"type": "sum-bands", "attribute": "hours", "bands": [{"from": 40, "points": 4}, {"from": 20, "points": 2}]}
     * {"type": "trimmed-mean", "attribute": "rating", "trim": 1, "minimumCount": 5, "scale": 0.1}
     * </pre>
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = Recorded.class, name = "recorded"),
        @JsonSubTypes.Type(value = AttributeValue.class, name = "attribute"),
        @JsonSubTypes.Type(value = Formula.class, name = "formula"),
        @JsonSubTypes.Type(value = SumBands.class, name = "sum-bands"),
        @JsonSubTypes.Type(value = TrimmedMean.class, name = "trimmed-mean")
    })
    public sealed interface Method {
    }

    /**
     * A points table (分值表): each entry gets the points of the first row whose attribute values it has;
     * an entry no row matches counts 0, and its line says so.
     *
     * @param rows the rows, first match wins
     */
    public record Table(@NotEmpty @Size(max = 200) List<@Valid Row> rows) implements Method {
        public Table {
            rows = rows == null ? null : List.copyOf(rows);
        }
    }

    /**
     * One row of a points table.
     *
     * @param when     the attribute values an entry must have (empty: any entry)
     * @param points   the points, negative for a deduction (扣分), at most two decimals
     * @param severity how grave the entry is, 0 (the default) for none (a sanction's level: 警告 1 … 开除学籍 5), fed to the
     *                 rule's {@code severity} indicator
     * @param name     the row's name for people, e.g. 国家级一等奖; without one, lines show its attribute values
     */
    public record Row(
            @Size(max = 16) Map<String, @NotNull @Size(max = 200) String> when,
            @NotNull BigDecimal points,
            Integer severity,
            Optional<@Valid Bilingual> name) {
        public Row {
            severity = severity == null ? 0 : severity;
            when = sorted(when);
            name = name == null ? Optional.empty() : name;
        }

        /** A row giving {@code points} to entries with the attribute values {@code when}. */
        public static Row of(Map<String, String> when, BigDecimal points) {
            return new Row(when, points, 0, Optional.empty());
        }
    }

    /** The points the archive entry records itself ({@link edu.yiban.core.archive.ArchiveEntry#points()}). */
    public record Recorded() implements Method {
    }

    /**
     * A number the entry carries as its points, times {@code scale}: a 心理 test's score, a dormitory's
     * hygiene mark. With a {@link TrimmedMean} instead, several such numbers of a period are averaged.
     *
     * @param attribute the attribute holding the number
     * @param scale     points per unit (default 1), above 0
     */
    public record AttributeValue(@NotNull String attribute, BigDecimal scale) implements Method {
        public AttributeValue {
            scale = scale == null ? BigDecimal.ONE : scale;
        }
    }

    /**
     * Points from a formula over the entry's numbers (see {@code docs/formulas.md}): each variable is an
     * attribute of the entry, written with {@code _} for {@code -} and {@code .} ({@code team_size} for
     * {@code team-size}); the result is rounded to two decimals, half-up.
     *
     * <pre>{@code {"type": "formula", "formula": "min(hours * 0.5, 10)"}}</pre>
     *
     * @param formula the formula
     */
    public record Formula(@NotNull @Size(max = 1000) String formula) implements Method {
    }

    /**
     * An attribute summed over the period's entries (volunteer hours 志愿服务时长), then given the points of
     * the highest band the sum reaches; below every band, 0.
     *
     * @param attribute the attribute summed, a decimal number
     * @param bands     the bands
     */
    public record SumBands(@NotNull String attribute, @NotEmpty @Size(max = 50) List<@Valid Band> bands) implements Method {
        public SumBands {
            bands = bands == null ? null : List.copyOf(bands);
        }
    }

    /**
     * One band of a {@link SumBands} method.
     *
     * @param from   the sum the band starts at
     * @param points the points it gives, at most two decimals
     */
    public record Band(@NotNull BigDecimal from, @NotNull BigDecimal points) {
    }

    /**
     * A peer rating (民主评议) as a trimmed mean: the period's ratings without the {@code trim} highest and the
     * {@code trim} lowest, averaged, times {@code scale}. With fewer than {@code minimumCount} ratings the
     * rating is invalid and counts 0.
     *
     * @param attribute    the attribute holding a rating, a decimal number
     * @param trim         how many of the highest and of the lowest are dropped (default 1)
     * @param minimumCount the fewest ratings a valid rating needs, more than {@code 2 × trim}
     * @param scale        points per unit of the mean, above 0
     */
    public record TrimmedMean(@NotNull String attribute, Integer trim, @NotNull Integer minimumCount, @NotNull BigDecimal scale) implements Method {
        public TrimmedMean {
            trim = trim == null ? 1 : trim;
        }
    }

    /**
     * How a team award's points are shared among its members, read from the entry's {@code place} (1 for
     * the first member) and {@code teamSize}. An entry without a {@code teamSize}, or with 1, is an
     * individual award and keeps its points.
     *
     * @param split  by the member's place, or equally
     * @param shares for {@link Split#BY_PLACE}: the share of the 1st, 2nd … member (members beyond the list
     *               take the last share), each above 0 and at most 1
     */
    public record TeamShare(@NotNull Split split, @Size(max = 50) List<@NotNull BigDecimal> shares) {
        public TeamShare {
            shares = shares == null ? List.of() : List.copyOf(shares);
        }
    }

    /** How a team's points are split. */
    public enum Split {
        /** Each member the share of their place. */
        BY_PLACE,
        /** Every member the points divided by the team's size. */
        EQUAL
    }

    /**
     * Only the highest item of a group counts (只取最高一项); the others show with 0 points, or with the days
     * they were the highest. Ties keep the earliest recorded item.
     *
     * @param by   the attribute whose value makes the group (e.g. {@code project}); empty: all the rule's items
     *             are one group. Items without the attribute count each on their own.
     * @param over where "highest" is decided (default {@link Over#TERM})
     */
    public record HighestOnly(Optional<String> by, Over over) {
        public HighestOnly {
            by = by == null ? Optional.empty() : by;
            over = over == null ? Over.TERM : over;
        }
    }

    /** Where a highest-only rule picks its highest item. */
    public enum Over {
        /** Within each term: the term's highest item counts. */
        TERM,
        /** Over the whole evaluated period: the period's single highest item counts. */
        PERIOD,
        /**
         * At any one time: on each day only the highest item held that day counts, so posts held one after
         * another each count for their days ({@code from}, {@code to}; an item without dates is held the whole term).
         */
        DAY
    }
}

package edu.yiban.scoring.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.student.RuleChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How awards (奖学金、评优) and bands (等级: 优秀/良好/合格) follow from a students' evaluation, as a preset.
 *
 * <p><b>Quotas (名额).</b> Each {@link Award} gets, in every group of its {@code scope} (a class, major,
 * college or cohort), {@code share × the group's evaluated students}, rounded as {@link QuotaRounding} says,
 * at least {@code minimum} and at most the group's size. Awards are given in the order declared (the
 * highest first); within a group, students in rank order take the places, skipping a student who is vetoed,
 * fails one of the award's gates, stays below its {@code minimumTotal}, or — when {@code oneAwardEach} —
 * already has an award. A quota not filled stays unfilled.
 *
 * <p><b>Bands (等级).</b> Every student gets the first {@link Level} whose {@code from} their total (or
 * percentile within the scope) reaches, skipping levels that are {@code eligibleOnly} for a student who is
 * vetoed or fails a gate; otherwise the {@code otherwise} level.
 *
 * <pre>{@code
 * AwardOutcome awards = results.awards(AwardPolicy.example());
 * }</pre>
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {"id": "example-awards", "name": {…}, "oneAwardEach": true,
 *  "awards": [{"code": "first-class", "name": {"zh": "一等奖学金", "en": "first-class scholarship"},
 *              "scope": "MAJOR", "share": 0.03, "rounding": "HALF_UP", "minimum": 1}],
 *  "bands": {"basis": "TOTAL", "levels": [{"code": "excellent", "name": {"zh": "优秀", "en": "excellent"}, "from": 85}],
 *            "otherwise": {"code": "fail", "name": {"zh": "不合格", "en": "fail"}}}}
 * }</pre>
 *
 * @param id           the policy's code
 * @param name         its name in both languages
 * @param description  what it is
 * @param awards       the awards, the highest first
 * @param oneAwardEach whether a student receives at most one award (default no)
 * @param bands        how bands are given
 */
public record AwardPolicy(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        Optional<@Valid Bilingual> description,
        @Size(max = 50) List<@Valid Award> awards,
        Boolean oneAwardEach,
        @NotNull @Valid Bands bands) {

    /** Where {@link #example()} is read from. */
    public static final String EXAMPLE = "/edu/yiban/scoring/presets/student-awards.json";

    public AwardPolicy {
        ScoringMessages.code(id, "id");
        description = description == null ? Optional.empty() : description;
        awards = awards == null ? List.of() : List.copyOf(awards);
        oneAwardEach = oneAwardEach != null && oneAwardEach;
    }

    /**
     * An award with a quota.
     *
     * @param code         a stable code
     * @param name         its name in both languages
     * @param scope        the groups its quota is a share of
     * @param share        the share of a group's evaluated students, above 0 and at most 1 (0.03 for 3%)
     * @param rounding     how the quota is rounded to whole students
     * @param minimum      the least quota of a group that has students (0 or more; default 0)
     * @param gates        the system's eligibility gates (资格条件) a recipient must pass; empty: all of them
     * @param minimumTotal the least total a recipient needs, if any
     */
    public record Award(
            @NotNull String code,
            @NotNull @Valid Bilingual name,
            @NotNull Grouping scope,
            @NotNull BigDecimal share,
            @NotNull QuotaRounding rounding,
            Integer minimum,
            @Size(max = 50) List<@NotNull String> gates,
            Optional<BigDecimal> minimumTotal) {
        public Award {
            ScoringMessages.code(code, "code", "award");
            minimum = minimum == null ? 0 : minimum;
            gates = gates == null ? List.of() : List.copyOf(gates);
            minimumTotal = minimumTotal == null ? Optional.empty() : minimumTotal;
        }
    }

    /**
     * How bands are given.
     *
     * @param basis     the total, or the percentile within {@code scope}
     * @param scope     the group of a percentile basis
     * @param levels    the levels, the best first ({@code from} strictly falling)
     * @param otherwise the level of everyone else (without {@code from})
     */
    public record Bands(@NotNull Basis basis, Optional<Grouping> scope, @Size(min = 1, max = 20) List<@Valid Level> levels,
                        @NotNull @Valid Level otherwise) {
        public Bands {
            scope = scope == null ? Optional.empty() : scope;
            levels = levels == null ? List.of() : List.copyOf(levels);
        }
    }

    /** What a band threshold is compared with. */
    public enum Basis {
        /** The total (two decimals). */
        TOTAL,
        /** The percentile within the scope, 0–100 ({@link edu.yiban.scoring.result.Ranked#percentile()}). */
        PERCENTILE
    }

    /**
     * A band level.
     *
     * @param code         a stable code, e.g. {@code excellent}
     * @param name         its name, e.g. 优秀
     * @param from         the least total or percentile of the level (absent for {@code otherwise})
     * @param eligibleOnly whether a vetoed student, or one failing a gate, is passed over for it (default no)
     */
    public record Level(@NotNull String code, @NotNull @Valid Bilingual name, Optional<BigDecimal> from, Boolean eligibleOnly) {
        public Level {
            eligibleOnly = eligibleOnly != null && eligibleOnly;
            ScoringMessages.code(code, "code", "level");
            from = from == null ? Optional.empty() : from;
        }
    }

    /** Reads and checks a policy; faults are named by JSON path, in Chinese and English. */
    public static AwardPolicy fromJson(InputStream json) {
        return checked(ScoringJson.read(json, AwardPolicy.class));
    }

    /** {@code policy}, if it passes the checks of {@link #fromJson}. */
    public static AwardPolicy checked(AwardPolicy policy) {
        return RuleChecks.checked(policy);
    }

    /**
     * The bundled example (奖学金与评优（示例比例）): scholarships of 1% of a cohort, 3% of a major, 7% and 11%
     * of a class; bands 优秀 from 85 (eligible students only), 良好 from 75, 合格 from 60, else 不合格. The
     * seed gives no quota; these are examples.
     */
    public static AwardPolicy example() {
        return YibanJson.resource(AwardPolicy.class, EXAMPLE, AwardPolicy::fromJson);
    }
}

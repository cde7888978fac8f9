package edu.yiban.scoring.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.DocumentSchema;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.system.Comparison;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How awards (奖学金、评优) and bands (等级: 优秀/良好/合格) follow from a students' evaluation, as a preset.
 *
 * <p><b>Quotas (名额).</b> Each {@link Award} (a level, 等级, e.g. 一等奖学金) gets, in every group of its
 * {@code scope} (a class, major, college or cohort), either a {@code share} of the group's evaluated students —
 * {@code share × group size}, rounded as {@link QuotaRounding} says (一等奖学金 3% of a major) — or a fixed
 * {@code count} (国家奖学金 2 per college); then at least {@code minimum}, at most the group's size. Levels are
 * given in the order declared, the highest first.
 *
 * <p><b>Candidates and eligibility (资格条件).</b> Within a group, a level's candidates are the group's students
 * in rank order ({@link StudentResults#ranks}: total, then the rule set's tie-break, then 学号), less — when
 * {@code oneAwardEach} — those who already hold a higher level: they take no place. A candidate is eligible
 * for the level when every one of these holds:
 * <ul>
 *   <li>not vetoed (一票否决), and through the named {@code gates} of the rule set or system (empty: all of them);</li>
 *   <li>the level's own {@code conditions}: a comparison of any measure of the student
 *       ({@link StudentResult#measures()}), e.g. {@code weighted-average} at least 80, {@code lowest-score} at least
 *       70, {@code failed-courses} equal to 0, a severity such as {@code sanction-level} equal to 0 — a measure the
 *       student lacks fails the condition;</li>
 *   <li>the student's band among {@code inBands}, when given; the total at least {@code minimumTotal}, when given;</li>
 *   <li>not barred: a student the level's quota reached but who was not eligible for it is barred from every lower
 *       level when that level says {@code gatedMayTakeLower: false}.</li>
 * </ul>
 *
 * <p><b>Quota modes ({@link QuotaMode}).</b> {@code PASS_DOWN} (顺延): the places go down the candidates in rank
 * order; an ineligible candidate's place passes down to the next eligible one, until the quota is filled or the
 * candidates run out. {@code CUT_OFF} (按名次截取): the first {@code quota} candidates get it if eligible; an
 * ineligible candidate's place stays empty.
 *
 * <p><b>Ties at the boundary ({@link Ties}, 并列).</b> The last place inside the quota is the last recipient
 * ({@code PASS_DOWN}) or the last candidate within the cut-off ({@code CUT_OFF}). With {@code TIE_BREAK} the
 * rank order decides — it already breaks equal totals by the tie-break parts' scores, then 学号 — and a
 * candidate just after, tied on total with the last place, does not receive it (the outcome says so). With
 * {@code ALL} every candidate tied on total with the last place inside the quota receives it if eligible: the
 * quota is exceeded, and the outcome says by how many.
 *
 * <p><b>Gated students and lower levels.</b> A student whom a level's quota reached but who fails one of its
 * conditions (say ranked in the top 3% for 一等 with a course below 80) may take a lower level if eligible there
 * ({@code gatedMayTakeLower: true}, the default) or not. The choice belongs to the level whose conditions the
 * student failed — it says how strict its own conditions are — so each level may set it; the policy's value is
 * the default for levels that do not, because most campuses state it once for the whole ladder. Quota mode and
 * ties are set the same way: a policy default, which a level may override.
 *
 * <p><b>Incomplete results decide nothing.</b> {@link StudentResults#awards} refuses a period with any incomplete
 * result ({@link edu.yiban.scoring.result.SubjectResult#complete()}: a plugin failed to measure something the
 * result read), naming how many, the first 学号 and the indicators: evaluate those students again first. It
 * also refuses an award naming a gate the results' system does not have, or a condition on an indicator no
 * result of the period has.
 *
 * <p><b>Bands (等级).</b> Every student gets the first {@link Level} whose {@code from} their total (or
 * percentile within the scope) reaches, skipping levels that are {@code eligibleOnly} for a student who is
 * vetoed or fails a gate; otherwise the {@code otherwise} level. Bands are given before awards, so a level may
 * require a band.
 *
 * <pre>{@code
 * AwardOutcome awards = results.awards(AwardPolicy.example());
 * awards.explain(StudentNo.of("2022010101"), Locale.SIMPLIFIED_CHINESE);   // which award, or why not
 * }</pre>
 *
 * <h2>JSON</h2>
 * <pre>{@code
 * {"id": "campus-awards", "name": {…}, "oneAwardEach": true,
 *  "quotaMode": "PASS_DOWN", "ties": "TIE_BREAK", "gatedMayTakeLower": true,
 *  "awards": [{"code": "national", "name": {"zh": "国家奖学金", "en": "national scholarship"},
 *              "scope": "COLLEGE", "count": 2, "quotaMode": "CUT_OFF", "gatedMayTakeLower": false,
 *              "conditions": [{"indicator": "weighted-average", "must": "AT_LEAST", "threshold": 85}],
 *              "inBands": ["excellent"]},
 *             {"code": "first-class", "name": {"zh": "一等奖学金", "en": "first-class scholarship"},
 *              "scope": "MAJOR", "share": 0.03, "rounding": "HALF_UP", "minimum": 1, "ties": "ALL",
 *              "conditions": [{"indicator": "lowest-score", "must": "AT_LEAST", "threshold": 80},
 *                             {"indicator": "sanction-level", "must": "EQUAL", "threshold": 0}]}],
 *  "bands": {"basis": "TOTAL", "levels": [{"code": "excellent", "name": {"zh": "优秀", "en": "excellent"}, "from": 85}],
 *            "otherwise": {"code": "fail", "name": {"zh": "不合格", "en": "fail"}}}}
 * }</pre>
 *
 * @param id                the policy's code
 * @param name              its name in both languages
 * @param description       what it is
 * @param awards            the awards (levels), the highest first
 * @param oneAwardEach      whether a student receives at most one award (default no)
 * @param quotaMode         how places go, unless a level says otherwise (default {@link QuotaMode#PASS_DOWN})
 * @param ties              who takes a place tied at the boundary, unless a level says otherwise (default {@link Ties#TIE_BREAK})
 * @param gatedMayTakeLower whether a student a level's quota reached but who was not eligible for it may take a
 *                          lower level, unless that level says otherwise (default yes)
 * @param bands             how bands are given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AwardPolicy(
        @NotNull String id,
        @NotNull @Valid Bilingual name,
        Optional<@Valid Bilingual> description,
        @Size(max = 50) List<@Valid Award> awards,
        Boolean oneAwardEach,
        QuotaMode quotaMode,
        Ties ties,
        Boolean gatedMayTakeLower,
        @NotNull @Valid Bands bands) {

    /** Where {@link #example()} is read from. */
    public static final String EXAMPLE = "/edu/yiban/scoring/presets/student-awards.json";

    public AwardPolicy {
        ScoringMessages.code(id, "id");
        description = description == null ? Optional.empty() : description;
        awards = awards == null ? List.of() : List.copyOf(awards);
        oneAwardEach = oneAwardEach != null && oneAwardEach;
        quotaMode = quotaMode == null ? QuotaMode.PASS_DOWN : quotaMode;
        ties = ties == null ? Ties.TIE_BREAK : ties;
        gatedMayTakeLower = gatedMayTakeLower == null || gatedMayTakeLower;
    }

    /** The quota mode of {@code award}: its own, else the policy's. */
    public QuotaMode quotaMode(Award award) {
        return award.quotaMode().orElse(quotaMode);
    }

    /** How {@code award} treats ties at its boundary: its own rule, else the policy's. */
    public Ties ties(Award award) {
        return award.ties().orElse(ties);
    }

    /** Whether a student {@code award}'s quota reached but who was not eligible for it may take a lower level. */
    public boolean gatedMayTakeLower(Award award) {
        return award.gatedMayTakeLower().orElse(gatedMayTakeLower);
    }

    /** The award {@code code}, if the policy has it. */
    public Optional<Award> award(String code) {
        return awards.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The band level {@code code} (one of the levels or the {@code otherwise} level), if the policy has it. */
    public Optional<Level> level(String code) {
        if (bands.otherwise().code().equals(code)) {
            return Optional.of(bands.otherwise());
        }
        return bands.levels().stream().filter(l -> l.code().equals(code)).findFirst();
    }

    /** How the places of a quota go when a candidate is not eligible (名额分配方式). */
    public enum QuotaMode {
        /** 顺延: an ineligible candidate's place passes down to the next eligible candidate in rank order. */
        PASS_DOWN,
        /** 按名次截取: the candidates ranked within the quota get it if eligible; an ineligible one's place stays empty. */
        CUT_OFF
    }

    /** Who takes a place when candidates are tied on total at the boundary of a quota (并列处理). */
    public enum Ties {
        /**
         * 并列全部获得: every candidate tied on total with the last place inside the quota receives it if eligible;
         * the quota is exceeded, and the outcome says by how many.
         */
        ALL,
        /**
         * 按排名: the rank order decides — equal totals are already ordered by the tie-break parts' scores, then
         * by 学号 — and the quota is never exceeded.
         */
        TIE_BREAK
    }

    /**
     * An award (a level) with a quota and its conditions of eligibility.
     *
     * @param code              a stable code
     * @param name              its name in both languages
     * @param scope             the groups its quota is counted in
     * @param share             the share of a group's evaluated students, above 0 and at most 1 (0.03 for 3%); or
     * @param count             a fixed number of places per group, at least 1 (give a share or a count)
     * @param rounding          how a share becomes whole students (with a share only)
     * @param minimum           the least quota of a group that has students (0 or more; default 0)
     * @param gates             the named eligibility gates (资格条件) of the rule set or system a recipient must pass;
     *                          empty: all of them
     * @param conditions        the level's own conditions on the recipient's measures
     * @param inBands           the band codes a recipient's band must be among; empty: any band
     * @param minimumTotal      the least total a recipient needs, if any
     * @param quotaMode         how its places go, if not the policy's way
     * @param ties              how ties at its boundary go, if not the policy's way
     * @param gatedMayTakeLower whether a student its quota reached but who was not eligible may take a lower level,
     *                          if not as the policy says
     */
    public record Award(
            @NotNull String code,
            @NotNull @Valid Bilingual name,
            @NotNull Grouping scope,
            Optional<BigDecimal> share,
            Optional<Integer> count,
            Optional<QuotaRounding> rounding,
            Integer minimum,
            @Size(max = 50) List<@NotNull String> gates,
            @Size(max = 20) List<@NotNull @Valid Condition> conditions,
            @Size(max = 20) List<@NotNull String> inBands,
            Optional<BigDecimal> minimumTotal,
            Optional<QuotaMode> quotaMode,
            Optional<Ties> ties,
            Optional<Boolean> gatedMayTakeLower) {
        public Award {
            ScoringMessages.code(code, "code", "award");
            share = share == null ? Optional.empty() : share;
            count = count == null ? Optional.empty() : count;
            rounding = rounding == null ? Optional.empty() : rounding;
            minimum = minimum == null ? 0 : minimum;
            gates = gates == null ? List.of() : List.copyOf(gates);
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
            inBands = inBands == null ? List.of() : List.copyOf(inBands);
            minimumTotal = minimumTotal == null ? Optional.empty() : minimumTotal;
            quotaMode = quotaMode == null ? Optional.empty() : quotaMode;
            ties = ties == null ? Optional.empty() : ties;
            gatedMayTakeLower = gatedMayTakeLower == null ? Optional.empty() : gatedMayTakeLower;
        }
    }

    /**
     * A level's own condition of eligibility: the recipient's measure {@code indicator} (a raw value of
     * {@link StudentResult#measures()}: {@code gpa}, {@code weighted-average}, {@code lowest-score},
     * {@code failed-courses}, {@code points.<part>}, a severity such as {@code sanction-level}, a plugin's
     * indicator) compared with {@code threshold}. A student without the measure fails it.
     *
     * <pre>{@code
     * {"indicator": "lowest-score", "must": "AT_LEAST", "threshold": 70, "name": {"zh": "单科成绩不低于 70 分", "en": "every course at least 70"}}
     * }</pre>
     *
     * @param indicator the measure's indicator code
     * @param must      how the measure must compare with the threshold
     * @param threshold the threshold
     * @param name      how the condition reads, if not as its indicator's name and the comparison
     */
    public record Condition(@NotNull String indicator, @NotNull Comparison must, @NotNull BigDecimal threshold,
                            Optional<@Valid Bilingual> name) {
        public Condition {
            name = name == null ? Optional.empty() : name;
        }

        /** Whether {@code value} meets the condition. */
        public boolean holds(BigDecimal value) {
            return must.holds(value, threshold);
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
        return checked(ScoringJson.read(json, AwardPolicy.class, DocumentSchema.AWARD_POLICY));
    }

    /** {@code policy}, if it passes the checks of {@link #fromJson}. */
    public static AwardPolicy checked(AwardPolicy policy) {
        return RuleChecks.checked(policy);
    }

    /**
     * The bundled example (奖学金与评优（示例比例）): scholarships of 1% of a cohort, 3% of a major, 7% and 11%
     * of a class, places passing down, ties broken by rank; bands 优秀 from 85 (eligible students only), 良好 from
     * 75, 合格 from 60, else 不合格. The seed gives no quota; these are examples.
     */
    public static AwardPolicy example() {
        return YibanJson.resource(AwardPolicy.class.getResourceAsStream(EXAMPLE), EXAMPLE, AwardPolicy::fromJson);
    }
}

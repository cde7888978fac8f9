package edu.yiban.examples.benchmarks;

import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.Grouping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link AwardPolicy} of share-based class awards, compiled into integers for the baselines ({@link LoopEvaluation}
 * and {@link DuckDbTermsEvaluation}), which then give awards and bands exactly as {@link
 * edu.yiban.scoring.student.StudentResults#awards} does (the library's {@code Awarding}) — on rule sets without vetoes
 * or gates, where every student is eligible for every award.
 *
 * <p>What the baselines replicate, per class of {@code n} evaluated students, levels in the policy's order:
 * <ol>
 *   <li>The quota: {@code exact = share × n}, here in ten-thousandths ({@code share} has at most 4 decimals, so
 *       {@code shareTenThousandths × n} is exact), rounded to whole students as the level says — {@code FLOOR}
 *       {@code x / 10000}, {@code HALF_UP} {@code (x + 5000) / 10000}, {@code CEILING} {@code (x + 9999) / 10000}
 *       ({@code x} is never negative) — then at least {@code minimum}, at most {@code n}.</li>
 *   <li>The candidates: the class in rank order (total, then the rule set's tie-break, then 学号), less those who hold a
 *       higher level ({@code oneAwardEach}). As every award so far went to a run of the first places, the candidates are
 *       the places after the higher levels' last recipient.</li>
 *   <li>The places: the first {@code quota} candidates (fewer when fewer are left). Everyone being eligible,
 *       {@code PASS_DOWN} and {@code CUT_OFF} give the same places.</li>
 *   <li>Ties: with {@code TIE_BREAK} nothing more (the rank order already decided). With {@code ALL}, when the quota was
 *       filled (at least 1, and as many candidates as places), every following candidate whose total equals the last
 *       recipient's receives the level too, beyond the quota; they are the places right after it, totals falling.</li>
 *   <li>Bands: the first level whose {@code from} the total reaches (in hundredths: {@code total ≥ from × 100}), else the
 *       {@code otherwise} level.</li>
 * </ol>
 * Anything else a policy can say (a count, another scope, conditions, gates, bands by percentile or for eligible
 * students only, several awards each) is refused here, not approximated.
 */
final class ShareAwards {
    /** A level's award code by level: 0 is none, {@code k} the policy's {@code k}-th award. */
    private final List<String> codes;
    private final int[] shareTenThousandths;
    private final int[] roundingAdd;
    private final int[] minimum;
    private final boolean[] tiesAll;
    private final List<String> bandCodes;
    private final int[] bandFrom;

    private ShareAwards(AwardPolicy policy) {
        if (!policy.oneAwardEach()) {
            throw refused(policy, "gives several awards each");
        }
        List<AwardPolicy.Award> awards = policy.awards();
        int levels = awards.size();
        codes = new ArrayList<>(levels + 1);
        codes.add("none");
        shareTenThousandths = new int[levels];
        roundingAdd = new int[levels];
        minimum = new int[levels];
        tiesAll = new boolean[levels];
        for (int k = 0; k < levels; k++) {
            AwardPolicy.Award award = awards.get(k);
            if (award.scope() != Grouping.CLASS || award.share().isEmpty() || !award.gates().isEmpty() || !award.conditions().isEmpty()
                    || !award.inBands().isEmpty() || award.minimumTotal().isPresent()) {
                throw refused(policy, "award " + award.code() + " is not a plain share of a class");
            }
            codes.add(award.code());
            shareTenThousandths[k] = exactInt(award.share().get(), 4, policy, award.code() + ".share");
            roundingAdd[k] = switch (award.rounding().orElseThrow()) {
                case FLOOR -> 0;
                case HALF_UP -> 5000;
                case CEILING -> 9999;
            };
            minimum[k] = award.minimum();
            tiesAll[k] = policy.ties(award) == AwardPolicy.Ties.ALL;
        }
        AwardPolicy.Bands bands = policy.bands();
        if (bands.basis() != AwardPolicy.Basis.TOTAL || bands.levels().stream().anyMatch(AwardPolicy.Level::eligibleOnly)) {
            throw refused(policy, "bands are not plain thresholds on the total");
        }
        bandCodes = new ArrayList<>();
        bandFrom = new int[bands.levels().size()];
        for (int b = 0; b < bandFrom.length; b++) {
            AwardPolicy.Level level = bands.levels().get(b);
            bandCodes.add(level.code());
            bandFrom[b] = exactInt(level.from().orElseThrow(), 2, policy, level.code() + ".from");
        }
        bandCodes.add(bands.otherwise().code());
    }

    /** {@code policy} compiled; refused when it says anything the baselines do not replicate. */
    static ShareAwards of(AwardPolicy policy) {
        return new ShareAwards(policy);
    }

    /** How many award levels the policy has. */
    int levels() {
        return shareTenThousandths.length;
    }

    /** The award code of level {@code level} (1 is the policy's first award), or {@code none} for 0. */
    String code(int level) {
        return codes.get(level);
    }

    /** The level of award {@code code}: 1 for the policy's first award. */
    int level(String code) {
        int level = codes.indexOf(code);
        if (level < 1) {
            throw new IllegalArgumentException("no award " + code);
        }
        return level;
    }

    /** The quota of level {@code k} (0-based) in a class of {@code n}: share × n rounded, at least the minimum, at most n. */
    int quota(int k, int n) {
        long exact = (long) shareTenThousandths[k] * n;
        int rounded = (int) ((exact + roundingAdd[k]) / 10000);
        return Math.min(n, Math.max(minimum[k], rounded));
    }

    /** The share of level {@code k} (0-based), in ten-thousandths (500 is 5%). */
    int shareTenThousandths(int k) {
        return shareTenThousandths[k];
    }

    /** What level {@code k} (0-based) adds to {@code share × n} in ten-thousandths before dividing by 10,000 (its rounding). */
    int roundingAdd(int k) {
        return roundingAdd[k];
    }

    /** The least quota of level {@code k} (0-based). */
    int minimum(int k) {
        return minimum[k];
    }

    /** Whether level {@code k} (0-based) gives its place to everyone tied on total with its last recipient. */
    boolean tiesAll(int k) {
        return tiesAll[k];
    }

    /** How many bands there are, {@code otherwise} included (it is the last). */
    int bands() {
        return bandCodes.size();
    }

    /** The least total, in hundredths, of band {@code b} ({@code b} below {@code bands() − 1}). */
    int bandFrom(int b) {
        return bandFrom[b];
    }

    /** The band of a total in hundredths: the first whose threshold it reaches, else the last ({@code otherwise}). */
    int band(int total) {
        for (int b = 0; b < bandFrom.length; b++) {
            if (total >= bandFrom[b]) {
                return b;
            }
        }
        return bandFrom.length;
    }

    /** The code of band {@code b}. */
    String bandCode(int b) {
        return bandCodes.get(b);
    }

    /** The band numbered as {@link #band} numbers it, by code. */
    int bandOf(String code) {
        int b = bandCodes.indexOf(code);
        if (b < 0) {
            throw new IllegalArgumentException("no band " + code);
        }
        return b;
    }

    private static int exactInt(BigDecimal value, int places, AwardPolicy policy, String field) {
        try {
            return value.movePointRight(places).intValueExact();
        } catch (ArithmeticException e) {
            throw refused(policy, field + " " + value.toPlainString() + " has more than " + places + " decimals");
        }
    }

    private static IllegalArgumentException refused(AwardPolicy policy, String why) {
        return new IllegalArgumentException("the baselines do not replicate policy " + policy.id() + ": " + why);
    }
}

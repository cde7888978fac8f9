package edu.yiban.scoring.student;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.system.Comparison;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an {@link AwardPolicy} gives a period's students (评奖评优结果): every award's quota in every group,
 * with its arithmetic, mode and recipients; every student's band and awards; and, for each student a quota
 * reached, how it went — received, or why not (a condition with the value, the place passed down or left
 * empty, a tie) — so that staff can read it out ({@link #explain(StudentNo, Locale)}, {@link Quota#explain}).
 *
 * <pre>{@code
 * AwardOutcome awards = results.awards(policy);
 * awards.recipients("first-class");                                        // in group, then rank order
 * awards.quotas().forEach(q -> System.out.println(q.explain(Locale.SIMPLIFIED_CHINESE)));
 * System.out.println(awards.explain(StudentNo.of("2022010101"), Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * @param policy    the policy's code
 * @param period    the period evaluated
 * @param quotas    one per award and group: awards in policy order, groups by code
 * @param standings one per student, by 学号
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AwardOutcome(String policy, EvaluationPeriod period, List<Quota> quotas, List<Standing> standings) {
    public AwardOutcome {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(period, "period is null");
        quotas = quotas instanceof Awarding.Quotas ? quotas : List.copyOf(quotas);
        standings = standings instanceof Awarding.Standings ? standings : List.copyOf(standings);
    }

    /**
     * One award's quota in one group, with its arithmetic.
     *
     * @param award      the award's code
     * @param name       the award's name
     * @param scope      the kind of group
     * @param group      the group's code
     * @param groupSize  the group's evaluated students
     * @param share      the award's share of the group; empty for a fixed count
     * @param rounding   how the share was rounded; empty for a fixed count
     * @param minimum    the award's least quota
     * @param exact      {@code share × groupSize}, exact; or the fixed count
     * @param quota      the quota: {@code exact} rounded, at least {@code minimum}, at most {@code groupSize}
     * @param mode       how its places went
     * @param ties       how ties at its boundary went
     * @param gatedMayTakeLower whether a student it reached who was not eligible for it may take a lower award
     * @param recipients who received it, in rank order
     * @param vacant     places inside the quota nobody received: left empty ({@code CUT_OFF}), or no eligible
     *                   candidate was left ({@code PASS_DOWN})
     * @param exceededBy recipients beyond the quota, tied on total with its last place ({@link AwardPolicy.Ties#ALL})
     */
    public record Quota(String award, Bilingual name, Grouping scope, String group, int groupSize, Optional<BigDecimal> share,
                        Optional<QuotaRounding> rounding, int minimum, BigDecimal exact, int quota, AwardPolicy.QuotaMode mode,
                        AwardPolicy.Ties ties, boolean gatedMayTakeLower, List<StudentNo> recipients, int vacant, int exceededBy) {
        public Quota {
            Objects.requireNonNull(award, "award is null");
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(scope, "scope is null");
            Objects.requireNonNull(group, "group is null");
            share = share == null ? Optional.empty() : share;
            rounding = rounding == null ? Optional.empty() : rounding;
            Objects.requireNonNull(exact, "exact is null");
            Objects.requireNonNull(mode, "mode is null");
            Objects.requireNonNull(ties, "ties is null");
            recipients = List.copyOf(recipients);
        }

        /**
         * The quota as staff read it out, in {@code locale}'s language (zh_CN for any Chinese locale, else English):
         * 一等奖学金（专业 EDU-PRI，40 人）：0.03 × 40 = 1.20，四舍五入为 1 → 名额 1；名额顺延：获得 1 人；并列者按排名先后.
         */
        public String explain(Locale locale) {
            return AwardText.quota(this, locale);
        }
    }

    /**
     * One student's band and awards.
     *
     * @param student    the 学号
     * @param total      the total (two decimals)
     * @param band       the band level's code
     * @param bandName   its name
     * @param awards     the codes of the awards received, in policy order (at most one when one award each)
     * @param considered each quota that reached the student, in policy order: within it, just beyond it tied on
     *                   total with its last place, or passed over on the way down
     */
    public record Standing(StudentNo student, BigDecimal total, String band, Bilingual bandName, List<String> awards,
                           List<Consideration> considered) {
        public Standing {
            Objects.requireNonNull(student, "student is null");
            Objects.requireNonNull(total, "total is null");
            Objects.requireNonNull(band, "band is null");
            Objects.requireNonNull(bandName, "bandName is null");
            awards = List.copyOf(awards);
            considered = List.copyOf(considered);
        }
    }

    /**
     * How one award's quota in the student's group went for the student.
     *
     * @param award      the award's code
     * @param group      the group's code
     * @param rank       the student's rank in the group
     * @param place      the student's place among the award's candidates (the rank, less those holding a higher
     *                   award when one award each)
     * @param verdict    what came of it
     * @param shortfalls why the student was not eligible, when not; empty when eligible
     * @param tiedWith   the last place inside the quota, when the verdict is about a tie with it
     */
    public record Consideration(String award, String group, int rank, int place, Verdict verdict, List<Shortfall> shortfalls,
                                Optional<StudentNo> tiedWith) {
        public Consideration {
            Objects.requireNonNull(award, "award is null");
            Objects.requireNonNull(group, "group is null");
            Objects.requireNonNull(verdict, "verdict is null");
            shortfalls = List.copyOf(shortfalls);
            tiedWith = tiedWith == null ? Optional.empty() : tiedWith;
        }

        /** Whether the student received the award. */
        public boolean received() {
            return verdict.received();
        }
    }

    /** What came of a quota that reached a student (评定结果). */
    public enum Verdict {
        /** Within the quota and eligible: received it. */
        RECEIVED(true),
        /** Below the quota's count, eligible, and took a place an ineligible candidate above passed down ({@code PASS_DOWN}). */
        RECEIVED_PASSED_DOWN(true),
        /** Beyond the quota, tied on total with its last place, and eligible: received it ({@code ALL}); the quota is exceeded. */
        RECEIVED_TIED(true),
        /** Not eligible: the place passed down to the next eligible candidate ({@code PASS_DOWN}). */
        PASSED_DOWN(false),
        /** Not eligible: the place stays empty ({@code CUT_OFF}). */
        LEFT_EMPTY(false),
        /** Beyond the quota, tied on total with its last place ({@code ALL}), but not eligible. */
        TIED_NOT_ELIGIBLE(false),
        /** Eligible and tied on total with the last place inside the quota, but placed after it by the rank order ({@code TIE_BREAK}). */
        TIE_BROKEN(false);

        private final boolean received;

        Verdict(boolean received) {
            this.received = received;
        }

        /** Whether the student received the award. */
        public boolean received() {
            return received;
        }
    }

    /**
     * One reason a student was not eligible for an award.
     *
     * @param kind      what failed
     * @param code      what it concerns: the veto's or gate's code; the condition's indicator; the student's band;
     *                  {@code total}; the higher award
     * @param name      how it reads: the evaluation's own words for a veto or gate (with the value); the condition's
     *                  name or its indicator's; the bands required; the total; the higher award's name
     * @param must      how the value had to compare with the threshold (a condition, the least total)
     * @param threshold the threshold (a condition, the least total)
     * @param value     the student's value, absent when the student had none
     */
    public record Shortfall(Kind kind, String code, Bilingual name, Optional<Comparison> must, Optional<BigDecimal> threshold,
                            Optional<BigDecimal> value) {
        public Shortfall {
            Objects.requireNonNull(kind, "kind is null");
            Objects.requireNonNull(code, "code is null");
            Objects.requireNonNull(name, "name is null");
            must = must == null ? Optional.empty() : must;
            threshold = threshold == null ? Optional.empty() : threshold;
            value = value == null ? Optional.empty() : value;
        }

        /** What failed. */
        public enum Kind {
            /** A veto struck (一票否决). */
            VETOED,
            /** A named gate of the rule set or system failed. */
            GATE,
            /** The total is below the award's least total. */
            MINIMUM_TOTAL,
            /** The student's band is not among the award's bands. */
            BAND,
            /** One of the award's own conditions failed, or the student lacks its measure. */
            CONDITION,
            /** A higher award's quota reached the student, who was not eligible for it, and it lets no such student take a lower level. */
            GATED_ABOVE
        }
    }

    /** The standing of {@code student}, if evaluated. */
    public Optional<Standing> standing(StudentNo student) {
        return standings.stream().filter(s -> s.student().equals(student)).findFirst();
    }

    /** The recipients of {@code award} in every group, in group then rank order. */
    public List<StudentNo> recipients(String award) {
        return quotas.stream().filter(q -> q.award().equals(award)).flatMap(q -> q.recipients().stream()).toList();
    }

    /** The quota of {@code award} in {@code group}, if the group had students. */
    public Optional<Quota> quota(String award, String group) {
        return quotas.stream().filter(q -> q.award().equals(award) && q.group().equals(group)).findFirst();
    }

    /**
     * The standing of {@code student} as staff read it out, in {@code locale}'s language (zh_CN for any Chinese
     * locale, else English): the total, band and awards, then one line for each quota that reached the student
     * — received, or why not, and whether a lower award was taken instead.
     *
     * @throws java.util.NoSuchElementException if the student was not evaluated
     */
    public String explain(StudentNo student, Locale locale) {
        return AwardText.standing(this, standing(student).orElseThrow(), locale);
    }
}

package edu.yiban.scoring.student;

import edu.yiban.core.id.StudentNo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AwardPolicy} gives a period's students (评奖评优结果): every award's quota in every group,
 * with the arithmetic, and who received it; and every student's band and award.
 *
 * @param policy    the policy's code
 * @param period    the period evaluated
 * @param quotas    one per award and group: awards in policy order, groups by code
 * @param standings one per student, by 学号
 */
public record AwardOutcome(String policy, EvaluationPeriod period, List<Quota> quotas, List<Standing> standings) {
    public AwardOutcome {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(period, "period is null");
        quotas = List.copyOf(quotas);
        standings = List.copyOf(standings);
    }

    /**
     * One award's quota in one group.
     *
     * @param award      the award's code
     * @param scope      the kind of group
     * @param group      the group's code
     * @param groupSize  the group's evaluated students
     * @param exact      {@code share × groupSize}, exact
     * @param quota      the quota: {@code exact} rounded, at least the award's minimum, at most {@code groupSize}
     * @param recipients who received it, in rank order (fewer than {@code quota} when too few were eligible)
     */
    public record Quota(String award, Grouping scope, String group, int groupSize, BigDecimal exact, int quota,
                        List<StudentNo> recipients) {
        public Quota {
            Objects.requireNonNull(award, "award is null");
            Objects.requireNonNull(scope, "scope is null");
            Objects.requireNonNull(group, "group is null");
            Objects.requireNonNull(exact, "exact is null");
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * One student's band and award.
     *
     * @param student the 学号
     * @param band    the band level's code
     * @param awards  the codes of the awards received, in policy order (at most one when one award each)
     */
    public record Standing(StudentNo student, String band, List<String> awards) {
        public Standing {
            Objects.requireNonNull(student, "student is null");
            Objects.requireNonNull(band, "band is null");
            awards = List.copyOf(awards);
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
}

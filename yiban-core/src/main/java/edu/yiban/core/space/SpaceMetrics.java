package edu.yiban.core.space;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How active a space was between two days, both included: the raw counts the colleges' evaluation of
 * class activity (班级活跃度) is computed from. Every figure is a whole number or an exact {@link Ratio}.
 *
 * <p>Days are counted in the time zone of the ledger's clock. The figures are:
 * <ul>
 *   <li>{@code weeks}: for each ISO week that overlaps the range, Monday first, the number of distinct
 *       members who posted, replied, voted or signed in on a day of that week within the range;</li>
 *   <li>{@code members}: for each person who was a member at some time in the range, by identity, what
 *       they posted, replied, voted and signed in to within the range (zeros included);</li>
 *   <li>{@code activities} and {@code signInRate}: the activities that start within the range, and the
 *       sign-ins to them out of the sign-ins possible, that is, over all those activities, the members
 *       who were members at some time during the activity's sign-in window. With members who neither
 *       join nor leave, the denominator is {@code members × activities};</li>
 *   <li>{@code registered} and {@code verified}: the members at the end of the range (registered YiBan
 *       accounts, 注册) and how many of them had their real name verified by then (实名认证).</li>
 * </ul>
 *
 * @param space      the space
 * @param from       the first day of the range
 * @param to         the last day of the range
 * @param weeks      the active members of each ISO week overlapping the range
 * @param members    each member's counts
 * @param activities how many activities start within the range
 * @param signInRate sign-ins to those activities out of the sign-ins possible
 * @param registered members at the end of the range
 * @param verified   of those, members with a verified real name
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SpaceMetrics(
        SpaceId space,
        LocalDate from,
        LocalDate to,
        List<WeeklyActive> weeks,
        List<MemberCounts> members,
        int activities,
        Ratio signInRate,
        int registered,
        int verified) {

    /** Checks that no part is missing and the counts agree; copies the lists. */
    public SpaceMetrics {
        Objects.requireNonNull(space, "space is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        weeks = List.copyOf(weeks);
        members = List.copyOf(members);
        Objects.requireNonNull(signInRate, "signInRate is null");
        if (activities < 0 || verified < 0 || verified > registered) {
            throw new IllegalArgumentException("inconsistent counts: " + activities + " activities, " + verified + " of " + registered + " verified");
        }
    }

    /** Posts published within the range, by all members. */
    public long posts() {
        return members.stream().mapToLong(MemberCounts::posts).sum();
    }

    /** Replies published within the range, by all members. */
    public long replies() {
        return members.stream().mapToLong(MemberCounts::replies).sum();
    }

    /** Posts and replies per member: their total over the number of {@code members} listed. */
    public Ratio postsPerMember() {
        return members.isEmpty() ? Ratio.NONE : new Ratio(posts() + replies(), members.size());
    }

    /** Verified members over registered members, at the end of the range. */
    public Ratio verifiedShare() {
        return registered == 0 ? Ratio.NONE : new Ratio(verified, registered);
    }
}

package edu.yiban.scoring.result;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A subject's place in a group (a class, a major, a college, a cohort, the campus).
 *
 * @param subject    the subject
 * @param group      the group's code
 * @param rank       its place, 1 to {@code of}; every place is taken once (ties broken as {@link Ranking} documents)
 * @param of         the group's size
 * @param sharedRank its place counting equal totals as one (1, 2, 2, 4 …), for display
 * @param percentile the share of the group placed below it, in percent, two decimals: {@code (of − rank) / (of − 1) × 100}, 100 when alone
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Ranked(String subject, String group, int rank, int of, int sharedRank, BigDecimal percentile) {
    public Ranked {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(group, "group is null");
        Objects.requireNonNull(percentile, "percentile is null");
        if (rank < 1 || rank > of || sharedRank < 1 || sharedRank > rank) {
            throw new IllegalArgumentException("rank " + rank + " (shared " + sharedRank + ") of " + of);
        }
    }
}

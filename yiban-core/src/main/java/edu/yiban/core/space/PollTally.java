package edu.yiban.core.space;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A poll with its tally (计票): how many members chose each option.
 *
 * @param poll   the poll as published
 * @param counts how many members chose each option, in the poll's option order
 * @param voters how many members voted
 * @param closed whether the poll was closed when the tally was taken
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PollTally(Published<Poll> poll, List<Integer> counts, int voters, boolean closed) {
    /** Checks that there is a count per option and copies the counts. */
    public PollTally {
        Objects.requireNonNull(poll, "poll is null");
        counts = List.copyOf(counts);
        if (counts.size() != poll.content().options().size()) {
            throw new IllegalArgumentException("a tally of " + counts.size() + " counts for " + poll.content().options().size() + " options");
        }
        if (voters < 0) {
            throw new IllegalArgumentException("voters is negative: " + voters);
        }
    }

    /** How many members chose option {@code option} (from 0). */
    public int count(int option) {
        return counts.get(option);
    }
}

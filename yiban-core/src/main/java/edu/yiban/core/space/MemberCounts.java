package edu.yiban.core.space;

import edu.yiban.core.id.PersonId;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one member did in a space within a date range.
 *
 * @param member  the member
 * @param posts   posts published (帖子; topics, notices, polls and shared resources are not counted)
 * @param replies replies published (回复)
 * @param votes   polls voted in (投票)
 * @param signIns activities signed in to (签到)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MemberCounts(PersonId member, int posts, int replies, int votes, int signIns) {
    /** Checks that the member is named and no count is negative. */
    public MemberCounts {
        Objects.requireNonNull(member, "member is null");
        if (posts < 0 || replies < 0 || votes < 0 || signIns < 0) {
            throw new IllegalArgumentException("negative counts for " + member);
        }
    }

    /** Posts and replies together. */
    public int postsAndReplies() {
        return posts + replies;
    }
}

package edu.yiban.core.space;

import edu.yiban.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;

/**
 * A member's sign-in (签到) to an activity.
 *
 * @param activity   the activity
 * @param member     who signed in
 * @param channel    how: online or on site
 * @param signedInAt when
 */
public record SignIn(ContentId activity, PersonId member, SignInChannel channel, Instant signedInAt) {
    /** Checks that no part is missing. */
    public SignIn {
        Objects.requireNonNull(activity, "activity is null");
        Objects.requireNonNull(member, "member is null");
        Objects.requireNonNull(channel, "channel is null");
        Objects.requireNonNull(signedInAt, "signedInAt is null");
    }
}

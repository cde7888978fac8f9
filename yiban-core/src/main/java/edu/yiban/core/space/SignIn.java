package edu.yiban.core.space;

import edu.yiban.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A member's sign-in (签到) to an activity.
 *
 * @param activity   the activity
 * @param member     who signed in
 * @param channel    how: online or on site
 * @param signedInAt when
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignIn(ContentId activity, PersonId member, SignInChannel channel, Instant signedInAt) {
    /** Checks that no part is missing. */
    public SignIn {
        Objects.requireNonNull(activity, "activity is null");
        Objects.requireNonNull(member, "member is null");
        Objects.requireNonNull(channel, "channel is null");
        Objects.requireNonNull(signedInAt, "signedInAt is null");
    }
}

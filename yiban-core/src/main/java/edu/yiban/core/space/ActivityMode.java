package edu.yiban.core.space;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How an activity (活动) is held, which fixes where it must say it takes place and through which
 * {@link SignInChannel} members may sign in.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ActivityMode {
    /** 线上: held online; needs a URL; members sign in online. */
    ONLINE,
    /** 线下: held on site; needs a place; members sign in on site. */
    OFFLINE,
    /** 线上线下同步: held online and on site in step; needs both a place and a URL; either channel. */
    BLENDED;

    /** Whether a member may sign in through {@code channel}. */
    public boolean allows(SignInChannel channel) {
        return switch (this) {
            case ONLINE -> channel == SignInChannel.ONLINE;
            case OFFLINE -> channel == SignInChannel.OFFLINE;
            case BLENDED -> channel != null;
        };
    }

    /** Whether the activity must name a place. */
    public boolean needsLocation() {
        return this != ONLINE;
    }

    /** Whether the activity must give a URL. */
    public boolean needsUrl() {
        return this != OFFLINE;
    }

    /** The mode's name for people, e.g. 线上线下同步 / online and on site in step. */
    public Text label() {
        return CoreMessages.BUNDLE.text("activity-mode." + name().toLowerCase(Locale.ROOT));
    }
}

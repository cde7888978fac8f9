package edu.yiban.core.space;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** How a member signs in (签到) to an activity. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SignInChannel {
    /** 线上签到: through the app, from anywhere. */
    ONLINE,
    /** 线下签到: on site, e.g. by scanning the activity's code in the room. */
    OFFLINE;

    /** The channel's name for people, e.g. 线上 / online. */
    public Text label() {
        return CoreMessages.BUNDLE.text("channel." + name().toLowerCase(Locale.ROOT));
    }
}

package edu.yiban.core.internal;

import edu.yiban.core.i18n.MessageBundle;
import org.apiguardian.api.API;

/** The core module's bundle of messages ({@code edu/yiban/core/messages*.properties}). */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CoreMessages {
    public static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.core.messages", CoreMessages.class);

    private CoreMessages() {
    }
}

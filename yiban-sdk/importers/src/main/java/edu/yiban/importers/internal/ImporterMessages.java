package edu.yiban.importers.internal;

import edu.yiban.core.i18n.MessageBundle;
import org.apiguardian.api.API;

/** The importers' bundle of messages ({@code edu/yiban/importers/messages*.properties}). */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ImporterMessages {
    public static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.importers.messages", ImporterMessages.class);

    private ImporterMessages() {
    }
}

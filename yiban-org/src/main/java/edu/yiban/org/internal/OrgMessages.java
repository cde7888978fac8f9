package edu.yiban.org.internal;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.validation.YibanValidator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The organisation module's bundle of messages ({@code edu/yiban/org/messages*.properties}) and its validator. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class OrgMessages {
    public static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.org.messages", OrgMessages.class);

    private static volatile @Nullable YibanValidator validator;

    private OrgMessages() {
    }

    /** The validator that reads the organisation bundle first, then the core's. */
    public static YibanValidator validator() {
        YibanValidator v = validator;
        if (v == null) {
            synchronized (OrgMessages.class) {
                v = validator;
                if (v == null) {
                    validator = v = YibanValidator.create(BUNDLE);
                }
            }
        }
        return v;
    }
}

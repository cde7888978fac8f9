package edu.yiban.sdk.internal;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.validation.YibanValidator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The SDK's bundle of messages ({@code edu/yiban/sdk/messages*.properties}) and its validator. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SdkMessages {
    public static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.sdk.messages", SdkMessages.class);

    private static volatile @Nullable YibanValidator validator;

    private SdkMessages() {
    }

    /** The validator of plugin settings: the SDK's bundle first, then the core's. */
    public static YibanValidator validator() {
        YibanValidator v = validator;
        if (v == null) {
            synchronized (SdkMessages.class) {
                v = validator;
                if (v == null) {
                    validator = v = YibanValidator.create(BUNDLE);
                }
            }
        }
        return v;
    }
}

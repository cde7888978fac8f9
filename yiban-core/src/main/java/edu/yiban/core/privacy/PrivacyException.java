package edu.yiban.core.privacy;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.id.PersonId;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A failure of the sealing of personal details: the subject keys could not be read or written
 * ({@value #KEYS}), or sealed details do not decrypt with their key ({@value #UNSEALABLE}) because the record or the
 * key was changed. Bad input is an {@link edu.yiban.core.error.InvalidInputException}, an unknown person a
 * {@link edu.yiban.core.error.NotFoundException}, as everywhere in the core.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PrivacyException extends YibanException {
    /** The code of a failure of a {@link SubjectKeys} store. */
    public static final String KEYS = "YB-PRIVACY-KEYS";
    /** The code of sealed details that do not decrypt. */
    public static final String UNSEALABLE = "YB-PRIVACY-UNSEALABLE";

    private PrivacyException(String code, Text text, @Nullable Throwable cause) {
        super(code, text, cause);
    }

    /** A {@link SubjectKeys} store failed to create, read or destroy a key of {@code subject}, for {@code cause}. */
    public static PrivacyException keysFailed(PersonId subject, Throwable cause) {
        return new PrivacyException(KEYS, CoreMessages.BUNDLE.text("privacy.keys.failed", subject.value(), String.valueOf(cause)), cause);
    }

    /** The sealed details of {@code subject} under key {@code keyId} do not decrypt. */
    public static PrivacyException unsealable(PersonId subject, String keyId, @Nullable Throwable cause) {
        return new PrivacyException(UNSEALABLE, CoreMessages.BUNDLE.text("privacy.unsealable", subject.value(), keyId), cause);
    }
}

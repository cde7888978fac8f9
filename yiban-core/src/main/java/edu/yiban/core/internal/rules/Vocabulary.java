package edu.yiban.core.internal.rules;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import org.apiguardian.api.API;

/** Labels of open vocabularies (categories, source systems, cadre posts): known codes have names, others show their code. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Vocabulary {
    private Vocabulary() {
    }

    /** The label {@code prefix.code} when the bundle has it, else the code itself. */
    public static Text label(String prefix, String code) {
        String key = prefix + "." + code;
        return CoreMessages.BUNDLE.has(key, MessageBundle.ZH)
                ? CoreMessages.BUNDLE.text(key)
                : CoreMessages.BUNDLE.text("vocabulary.code", code);
    }
}

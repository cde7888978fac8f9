package edu.yiban.org.internal;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.validation.Checks;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Formats of the organisation's identifiers and vocabularies. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class OrgRules {
    /** Codes: a letter or digit, then up to 31 letters, digits, '.', '_' or '-'. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    /** Vocabulary codes: lower-case letters, digits and '-', starting with a letter. */
    public static final Pattern VOCABULARY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private OrgRules() {
    }

    /** Checks {@code value} against {@code pattern}, quoting {@code rule.<ruleName>}. */
    public static String check(String value, String field, Pattern pattern, String ruleName) {
        return Checks.matches(value, field, pattern, OrgChecks.label(field), OrgMessages.BUNDLE.text("rule." + ruleName));
    }

    /** The label of a vocabulary code when the bundle has one, else the code. */
    public static Text vocabulary(String prefix, String code) {
        String key = prefix + "." + code;
        return OrgMessages.BUNDLE.has(key, MessageBundle.ZH)
                ? OrgMessages.BUNDLE.text(key)
                : OrgMessages.BUNDLE.text("vocabulary.code", code);
    }
}

package edu.yiban.core.internal.rules;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.validation.Checks;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** The formats of the core identifiers, checked in their constructors. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class IdRules {
    /** 学号 and 工号: 4 to 20 ASCII letters or digits. */
    public static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9]{4,20}");
    /** Codes of colleges, majors, classes and people: a letter or digit, then letters, digits, '.', '_' or '-'. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    /** Lower-case codes of open vocabularies (categories, source systems, posts). */
    public static final Pattern VOCABULARY = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private IdRules() {
    }

    /** The field's label in both languages, from {@code field.<name>}. */
    public static Text label(String field) {
        return CoreMessages.BUNDLE.text("field." + field);
    }

    /** The violation for a malformed {@code value} of {@code field}, quoting rule {@code rule.<ruleName>}. */
    public static InvalidInputException malformed(String value, String field, String ruleName) {
        return InvalidInputException.of(field, CoreMessages.BUNDLE.text(
                "check.malformed", label(field), Checks.shown(value), CoreMessages.BUNDLE.text("rule." + ruleName)));
    }

    /** Checks {@code value} against {@code pattern}, quoting rule {@code rule.<ruleName>}. */
    public static String check(String value, String field, Pattern pattern, String ruleName) {
        return Checks.matches(value, field, pattern, label(field), CoreMessages.BUNDLE.text("rule." + ruleName));
    }
}

package edu.yiban.scoring.internal;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.validation.Checks;
import edu.yiban.core.validation.YibanValidator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The scoring module's bundle ({@code edu/yiban/scoring/messages*.properties}) and its sentences in both languages, validator and code rules. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ScoringMessages {
    public static final MessageBundle BUNDLE = new MessageBundle("edu.yiban.scoring.messages", ScoringMessages.class);
    /** Codes of indicators, nodes, rules: lower-case letters, digits, '.', '-' and '_', starting with a letter. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    private static volatile @Nullable YibanValidator validator;

    private ScoringMessages() {
    }

    /** The validator reading the scoring bundle first, then the core's. */
    public static YibanValidator validator() {
        YibanValidator v = validator;
        if (v == null) {
            synchronized (ScoringMessages.class) {
                v = validator;
                if (v == null) {
                    validator = v = YibanValidator.create(BUNDLE);
                }
            }
        }
        return v;
    }

    /** The label {@code field.<name>}. */
    public static Text label(String field) {
        return BUNDLE.text("field." + field);
    }

    /** {@code value} if it is a well-formed code; a fault is found at {@code field}, labelled by it. */
    public static String code(String value, String field) {
        return code(value, field, field);
    }

    /** {@code value} if it is a well-formed code; a fault is found at {@code path} and labelled {@code field.<labelField>}. */
    public static String code(String value, String path, String labelField) {
        return Checks.matches(value, path, CODE, label(labelField), BUNDLE.text("rule.code"));
    }

    /**
     * The sentence {@code key} rendered now in both languages, for results that keep their words (lines,
     * notes, names). Arguments are written as
     * {@link MessageBundle#render} writes them (a {@link Bilingual} in each sentence's language).
     */
    public static Bilingual bilingual(String key, Object... args) {
        return new Bilingual(BUNDLE.render(MessageBundle.ZH, key, args), BUNDLE.render(MessageBundle.EN, key, args));
    }

    /** A violation at {@code path} with the scoring bundle's {@code key}. */
    public static InvalidInputException invalid(String path, String key, Object... args) {
        return InvalidInputException.of(path, BUNDLE.text(key, args));
    }
}

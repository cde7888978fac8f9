package edu.yiban.org.budget;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.validation.Checks;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.OrgMessages;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The allocation policy an allocation used, as it is kept with the allocation: its stable id, its names
 * and the parameters it was configured with (e.g. {@code baseFraction=0.3}), so that the allocation can
 * be explained, and redone, without the policy's code.
 *
 * @param id         the policy's stable id: lower-case letters, digits, '.' or '-', starting with a letter, up to 64
 * @param name       its Chinese name
 * @param nameEn     its English name
 * @param parameters its parameters, by name, as text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PolicyDescription(String id, String name, String nameEn, SortedMap<String, String> parameters) {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9.-]{0,63}");

    public PolicyDescription {
        Checks.matches(id, "policyId", ID, OrgChecks.label("policyId"), OrgMessages.BUNDLE.text("budget.rule.policyId"));
        requireText(name, "policyName");
        requireText(nameEn, "policyNameEn");
        OrgChecks.required(parameters, "parameters");
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            copy.put(OrgChecks.required(e.getKey(), "parameters"), OrgChecks.required(e.getValue(), "parameters"));
        }
        parameters = Collections.unmodifiableSortedMap(copy);
    }

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return MessageBundle.supported(locale).equals(MessageBundle.EN) ? nameEn : name;
    }

    private static void requireText(String text, String field) {
        OrgChecks.required(text, field);
        if (text.isBlank()) {
            throw OrgChecks.invalid(field, "budget.policy.blank", OrgChecks.label(field));
        }
    }
}

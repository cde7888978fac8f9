package edu.yiban.core.privacy;

import edu.yiban.core.archive.Category;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.validation.Checks;
import edu.yiban.core.internal.CoreMessages;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A campus's retention periods (保存期限) per category, a JSON preset: archive entries by {@link Category} code, any
 * other category, and the sealed personal details. {@link #defaults()} is the library's default
 * ({@code edu/yiban/core/privacy/retention-policy.json}); its numbers are a starting point, not the law: a campus
 * writes its own from its archive rules and adopts it with {@link PersonalData#adoptRetention}.
 *
 * <pre>{@code
 * {"entries": {"academic": {"keep": "PERMANENT"}, "discipline": {"keep": "YEARS_AFTER_LEAVING", "years": 5}},
 *  "otherEntries": {"keep": "YEARS_AFTER_LEAVING", "years": 10},
 *  "personalDetails": {"keep": "YEARS_AFTER_LEAVING", "years": 3}}
 * }</pre>
 *
 * @param entries         the rule of each category of archive entries named, by category code
 * @param otherEntries    the rule of entries of every category not named
 * @param personalDetails the rule of the sealed personal details
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RetentionPolicy(SortedMap<String, RetentionRule> entries, RetentionRule otherEntries, RetentionRule personalDetails) {

    public RetentionPolicy {
        entries = entries == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(entries));
        for (Map.Entry<String, RetentionRule> e : entries.entrySet()) {
            try {
                Category.of(e.getKey());
            } catch (InvalidInputException bad) {
                throw bad.at("entries." + e.getKey());
            }
            Checks.required(e.getValue(), "entries." + e.getKey(), CoreMessages.BUNDLE.text("field.retentionRule"));
        }
        Checks.required(otherEntries, "otherEntries", CoreMessages.BUNDLE.text("field.retentionRule"));
        Checks.required(personalDetails, "personalDetails", CoreMessages.BUNDLE.text("field.retentionRule"));
    }

    /** The library's default periods (docs/privacy.md lists them); a campus replaces them with its own. */
    public static RetentionPolicy defaults() {
        return YibanJson.resource(RetentionPolicy.class.getResourceAsStream("retention-policy.json"), "retention-policy.json",
                RetentionPolicy::fromJson);
    }

    /** Reads and checks a policy; a refusal names the JSON path. The stream is closed. */
    public static RetentionPolicy fromJson(InputStream json) {
        return YibanJson.read(YibanJson.newMapper(), json, RetentionPolicy.class);
    }

    /** The rule of entries of {@code category}. */
    public RetentionRule forCategory(Category category) {
        return entries.getOrDefault(category.code(), otherEntries);
    }
}

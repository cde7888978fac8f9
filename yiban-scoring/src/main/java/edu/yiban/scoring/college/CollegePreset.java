package edu.yiban.scoring.college;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.system.IndicatorSystem;
import edu.yiban.scoring.system.SystemNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a campus evaluates its colleges by (学院易班建设评价预设): an {@link IndicatorSystem} (the seed's five
 * indicators, their weights and normalisers) and the {@link CollegeRules} beside it (tie-break order,
 * tiers, demonstration centres). {@link #seed()} gives the defaults, read from
 * {@code presets/college-system.json} and {@code presets/college-rules.json}; another university reads
 * its own:
 *
 * <pre>{@code
 * CollegePreset ours = CollegePreset.of(IndicatorSystem.fromJson(systemJson), CollegeRules.fromJson(rulesJson));
 * CollegeEvaluation evaluation = CollegeEvaluation.of(ours);
 * }</pre>
 *
 * @param system the indicator system
 * @param rules  the rules beside it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegePreset(IndicatorSystem system, CollegeRules rules) {
    /** The resource of the default indicator system. */
    public static final String SYSTEM_RESOURCE = "/edu/yiban/scoring/presets/college-system.json";

    public CollegePreset {
        Objects.requireNonNull(system, "system is null");
        Objects.requireNonNull(rules, "rules is null");
    }

    /** The default preset: the seed's five indicators with default weights, tiers and the 1–2 centres rule. */
    public static CollegePreset seed() {
        return of(YibanJson.resource(CollegePreset.class.getResourceAsStream(SYSTEM_RESOURCE), SYSTEM_RESOURCE, IndicatorSystem::fromJson), CollegeRules.seed());
    }

    /** The preset of {@code system} and {@code rules}, if they pass the checks of {@link #checked}. */
    public static CollegePreset of(IndicatorSystem system, CollegeRules rules) {
        return checked(new CollegePreset(system, rules));
    }

    /**
     * {@code preset}, if its system passes {@link IndicatorSystem#checked}, its rules are valid and every
     * priority names a node of the system; else an {@link InvalidInputException} naming each fault
     * ({@code rules.priority[1]}).
     */
    public static CollegePreset checked(CollegePreset preset) {
        IndicatorSystem.checked(preset.system());
        ScoringMessages.validator().check(preset.rules());
        Set<String> nodes = new HashSet<>();
        collect(preset.system().root(), nodes);
        List<Violation> found = new ArrayList<>();
        List<String> priority = preset.rules().priority();
        for (int i = 0; i < priority.size(); i++) {
            if (!nodes.contains(priority.get(i))) {
                found.add(Violation.of("rules.priority[" + i + "]",
                        ScoringMessages.BUNDLE.text("college.preset.priority", priority.get(i), preset.system().id())));
            }
        }
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return preset;
    }

    private static void collect(SystemNode node, Set<String> codes) {
        codes.add(node.code());
        node.children().forEach(child -> collect(child, codes));
    }
}

package edu.yiban.scoring.college;

import edu.yiban.core.i18n.Bilingual;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The demonstration centres (示范中心) chosen by a {@link DemonstrationRule}, with a decision for every
 * college, in rank order, and a word on the shortfall when fewer than the rule's minimum were chosen.
 *
 * @param rule      the rule applied
 * @param decisions one decision per college, in rank order
 * @param shortfall why fewer than {@code rule.min()} were chosen, if so
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DemonstrationSelection(DemonstrationRule rule, List<DemonstrationDecision> decisions, Optional<Bilingual> shortfall) {
    public DemonstrationSelection {
        Objects.requireNonNull(rule, "rule is null");
        decisions = List.copyOf(decisions);
        shortfall = shortfall == null ? Optional.empty() : shortfall;
    }

    /** The codes of the colleges chosen, in rank order. */
    public List<String> chosen() {
        return decisions.stream().filter(DemonstrationDecision::chosen).map(DemonstrationDecision::college).toList();
    }

    /** The decision on {@code college}, if it was evaluated. */
    public Optional<DemonstrationDecision> decision(String college) {
        return decisions.stream().filter(d -> d.college().equals(college)).findFirst();
    }
}

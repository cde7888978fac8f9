package edu.yiban.scoring.student;

import edu.yiban.core.id.AcademicYear;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rule sets of every academic year (历年测评细则): an evaluation of a year, or of one of its terms, reads
 * the rule set bound to that year, so that a rule changed this year leaves last year's results as they
 * were. A year without a rule set is refused, never evaluated with another year's rules. Immutable.
 *
 * <pre>{@code
 * RuleSets rules = RuleSets.of(RuleSet.example2022(), rules2023);
 * rules.require(AcademicYear.of(2023));           // rules2023
 * rules.require(AcademicYear.of(2024));           // NotFoundException: no rule set for 2024-2025
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface RuleSets {

    /** The registry of {@code sets}, each checked; two for one year are refused. */
    static RuleSets of(RuleSet... sets) {
        return of(List.of(sets));
    }

    /** The registry of {@code sets}, each checked; two for one year are refused. */
    static RuleSets of(List<RuleSet> sets) {
        return RuleRegistry.of(sets);
    }

    /** Every rule set, by year. */
    List<RuleSet> all();

    /** The rule set of {@code year}, if there is one. */
    Optional<RuleSet> forYear(AcademicYear year);

    /**
     * The rule set of {@code year}.
     *
     * @throws edu.yiban.core.error.NotFoundException when the year has none
     */
    RuleSet require(AcademicYear year);

    /** A registry with {@code set} added; refused when its year already has one. */
    RuleSets with(RuleSet set);
}

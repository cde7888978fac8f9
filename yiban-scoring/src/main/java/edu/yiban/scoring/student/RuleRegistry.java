package edu.yiban.scoring.student;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The immutable registry of rule sets by academic year. */
final class RuleRegistry implements RuleSets {
    private final SortedMap<AcademicYear, RuleSet> byYear;

    private RuleRegistry(SortedMap<AcademicYear, RuleSet> byYear) {
        this.byYear = byYear;
    }

    /** The registry of {@code sets}, each checked (faults under {@code ruleSets[i]}); two for one year are refused. */
    public static RuleRegistry of(List<RuleSet> sets) {
        SortedMap<AcademicYear, RuleSet> byYear = new TreeMap<>();
        for (int i = 0; i < sets.size(); i++) {
            RuleSet set = sets.get(i);
            try {
                RuleSet.checked(set);
            } catch (InvalidInputException e) {
                throw e.under("ruleSets[" + i + "]");
            }
            if (byYear.putIfAbsent(set.year(), set) != null) {
                throw ScoringMessages.invalid("ruleSets[" + i + "].year", "student.rules.year-twice", set.year().toString());
            }
        }
        return new RuleRegistry(byYear);
    }

    @Override
    public List<RuleSet> all() {
        return List.copyOf(byYear.values());
    }

    @Override
    public Optional<RuleSet> forYear(AcademicYear year) {
        return Optional.ofNullable(byYear.get(year));
    }

    @Override
    public RuleSet require(AcademicYear year) {
        RuleSet set = byYear.get(year);
        if (set == null) {
            throw new NotFoundException(ScoringMessages.BUNDLE.text("student.rules.missing", year.toString()));
        }
        return set;
    }

    @Override
    public RuleSets with(RuleSet set) {
        List<RuleSet> more = new ArrayList<>(byYear.values());
        more.add(set);
        return of(more);
    }
}

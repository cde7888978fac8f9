package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.org.internal.OrgChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What an {@link AllocationPolicy} weighs: the colleges money is allocated to, each once, by college
 * code, with their student counts and optional evaluation scores.
 *
 * @param colleges the colleges' figures; held in college-code order, each college once
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AllocationContext(List<CollegeFigures> colleges) {
    public AllocationContext {
        List<CollegeFigures> sorted = new ArrayList<>(OrgChecks.list(colleges, "colleges"));
        sorted.sort(Comparator.comparing(CollegeFigures::college));
        Set<CollegeId> seen = new HashSet<>();
        for (CollegeFigures figures : sorted) {
            if (!seen.add(figures.college())) {
                throw OrgChecks.invalid("colleges", "budget.context.duplicate", figures.college());
            }
        }
        colleges = List.copyOf(sorted);
    }

    /** The number of colleges. */
    public int size() {
        return colleges.size();
    }

    /** The students of all colleges. */
    public long totalStudents() {
        return colleges.stream().mapToLong(CollegeFigures::students).sum();
    }

    /** The figures of {@code college}, if it is in the context. */
    public Optional<CollegeFigures> figures(CollegeId college) {
        return colleges.stream().filter(f -> f.college().equals(college)).findFirst();
    }
}

package edu.yiban.sdk;

import edu.yiban.scoring.student.StudentResults;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A students' evaluation run by the runtime: the results, and every plugin fault it contained under
 * {@link FaultPolicy#SKIP_AND_MARK}. A result whose student appears in a fault is marked: one of its
 * plugin indicators was left out (the explanation shows it scored 0 there).
 *
 * @param results the results
 * @param faults  the plugin faults contained, in the order they happened
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EvaluationReport(StudentResults results, List<PluginFault> faults) {
    public EvaluationReport {
        Objects.requireNonNull(results, "results is null");
        faults = List.copyOf(faults);
    }

    /** Whether every plugin did its part. */
    public boolean clean() {
        return faults.isEmpty();
    }

    /** The 学号 of the results a fault touched; every result when a whole indicator failed. */
    public Set<String> marked() {
        Set<String> marked = new TreeSet<>();
        for (PluginFault fault : faults) {
            if (fault.subject().isPresent()) {
                marked.add(fault.subject().get());
            } else {
                results.results().forEach(r -> marked.add(r.student().value()));
            }
        }
        return marked;
    }
}

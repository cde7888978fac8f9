package edu.yiban.sdk;

import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.plugin.PluginFault;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A students' evaluation run by the runtime: the results, and every plugin fault it contained under
 * {@link FaultPolicy#SKIP_AND_MARK}. A result that read a value a plugin failed to give is incomplete
 * ({@link edu.yiban.scoring.result.SubjectResult#incomplete()} names the indicators, its explanation has an
 * {@link edu.yiban.scoring.result.Note.Kind#INCOMPLETE} note naming the plugin): its total counts that value as
 * 0, so it decides nothing until the student is evaluated again, and a round refuses it.
 *
 * <pre>{@code
 * EvaluationReport report = yiban.evaluateStudents(term);
 * if (!report.complete()) {
 *     report.faults().forEach(f -> log.warn(f.message(locale)));   // which plugin, which indicator, why
 *     report.incomplete();                                         // whose results are incomplete
 * }
 * }</pre>
 *
 * @param results the results
 * @param faults  the plugin faults contained, in the order they happened
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EvaluationReport(StudentResults results, List<PluginFault> faults) {
    public EvaluationReport {
        Objects.requireNonNull(results, "results is null");
        faults = List.copyOf(faults);
    }

    /** Whether every plugin did its part. */
    public boolean clean() {
        return faults.isEmpty();
    }

    /** Whether every result is complete: no result read a value a plugin failed to give. */
    public boolean complete() {
        return results.complete();
    }

    /** The 学号 of the incomplete results, in order: those that read a value a plugin failed to give. */
    public Set<String> incomplete() {
        Set<String> incomplete = new TreeSet<>();
        for (StudentResult r : results.results()) {
            if (!r.result().complete()) {
                incomplete.add(r.student().value());
            }
        }
        return incomplete;
    }

    /**
     * The 学号 of the results a fault touched, every result when a whole indicator failed — whether or not the
     * system reads that indicator (those that do are {@link #incomplete()}).
     */
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

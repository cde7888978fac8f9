package edu.yiban.sdk.plugin;

import edu.yiban.sdk.EvaluationReport;
import org.apiguardian.api.API;

/**
 * What an evaluation does when a plugin's indicator fails (throws, runs past its budget, gives a value it may
 * not). A score that decides a scholarship must never depend on whether a plugin answered in time, so the
 * default, {@link #FAIL}, stops the evaluation; a campus that prefers to see the other values chooses
 * {@link #SKIP_AND_MARK}, and every result the failure touches is then marked incomplete — never silently
 * different.
 *
 * <pre>{@code
 * Yiban yiban = Yiban.builder().plugin(new LibraryPlugin()).build();                         // FAIL, the default
 * Yiban lenient = Yiban.builder().plugin(new LibraryPlugin()).faultPolicy(FaultPolicy.SKIP_AND_MARK).build();
 * EvaluationReport report = lenient.evaluateStudents(term);
 * report.incomplete();   // the 学号 whose results read a value the plugin failed to give
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum FaultPolicy {
    /**
     * Stop the evaluation (and a round's computation) with a {@link PluginException} naming the plugin, the
     * indicator and the input; nothing is kept or written. The default.
     */
    FAIL,
    /**
     * Leave the failed values out and mark every result that reads one incomplete: the result's
     * {@link edu.yiban.scoring.result.SubjectResult#incomplete()} names the indicator, its explanation has an
     * {@link edu.yiban.scoring.result.Note.Kind#INCOMPLETE} note naming the plugin where the value was read,
     * the {@link EvaluationReport} lists each {@link PluginFault}, and a round refuses to compute or finalise on
     * such results.
     */
    SKIP_AND_MARK
}

package edu.yiban.scoring.student;

import edu.yiban.scoring.result.RawValues;
import java.util.Set;
import java.util.SortedSet;
import org.apiguardian.api.API;

/**
 * Measures the students' evaluation takes from outside its rule tables — a plugin's indicator, a value
 * imported from another campus system — merged into the raw values before the system scores them. The
 * system may then name these indicators in its leaves, bonus items, vetoes and gates.
 *
 * <pre>{@code
 * StudentEvaluation evaluation = StudentEvaluation.builder(core).rules(rules)
 *         .measures(new ExtraMeasures() {
 *             public Set<String> indicators() { return Set.of("library-hours"); }
 *             public RawValues measure(EvaluationPeriod period, SortedSet<String> students) { return fromLibrary(period, students); }
 *         })
 *         .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ExtraMeasures {

    /** The indicator codes it measures; none may be one the rule tables measure. */
    Set<String> indicators();

    /** Its measures of {@code students} (学号) in {@code period}; a student it has no value for scores 0 there. */
    RawValues measure(EvaluationPeriod period, SortedSet<String> students);
}

package edu.yiban.scoring.college;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The colleges' YiBan construction evaluation of a period (学院易班建设评价结果): every evaluated college's
 * result in rank order, and the demonstration centres chosen.
 *
 * @param from          the period's first day
 * @param to            the period's last day
 * @param system        the indicator system's code
 * @param version       its version
 * @param rules         the rules' code
 * @param results       one result per college, in rank order
 * @param demonstration the demonstration centres and the decision on every college
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegeReport(LocalDate from, LocalDate to, String system, String version, String rules,
                            List<CollegeResult> results, DemonstrationSelection demonstration) {
    public CollegeReport {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(system, "system is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(rules, "rules is null");
        results = List.copyOf(results);
        Objects.requireNonNull(demonstration, "demonstration is null");
    }

    /** The result of {@code college}, if it was evaluated. */
    public Optional<CollegeResult> result(String college) {
        return results.stream().filter(r -> r.college().equals(college)).findFirst();
    }
}

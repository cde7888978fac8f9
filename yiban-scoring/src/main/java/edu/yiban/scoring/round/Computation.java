package edu.yiban.scoring.round;

import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One computation of a round's results (计算): the first, one a member of staff asked for again before
 * publicity, or one an upheld appeal caused. A round keeps every computation; the last is current.
 *
 * @param number  its number in the round, from 1
 * @param date    the day it was made
 * @param by      who made it (for an appeal's, who upheld the appeal)
 * @param appeal  the upheld appeal that caused it, if any
 * @param sha256  the SHA-256 of the results' canonical JSON ({@link RoundResults#sha256()})
 * @param results the results
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Computation(int number, LocalDate date, PersonId by, Optional<Integer> appeal, String sha256, RoundResults results) {
    public Computation {
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(by, "by is null");
        appeal = appeal == null ? Optional.empty() : appeal;
        Objects.requireNonNull(sha256, "sha256 is null");
        Objects.requireNonNull(results, "results is null");
    }
}

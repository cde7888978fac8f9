package edu.yiban.scoring.round;

import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An appeal's answer as the round keeps it.
 *
 * @param ruling        the verdict, reason and input changes
 * @param by            who answered
 * @param date          the day it was answered
 * @param recomputation the computation the upheld appeal caused
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AppealAnswer(Ruling ruling, PersonId by, LocalDate date, Optional<Integer> recomputation) {
    public AppealAnswer {
        Objects.requireNonNull(ruling, "ruling is null");
        Objects.requireNonNull(by, "by is null");
        Objects.requireNonNull(date, "date is null");
        recomputation = recomputation == null ? Optional.empty() : recomputation;
    }
}

package edu.yiban.scoring.round;

import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The finalisation (定稿) of a round: from then on it is immutable.
 *
 * @param date        the day it was finalised
 * @param by          who finalised it
 * @param computation the computation that is final
 * @param sha256      that computation's results hash
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Finalisation(LocalDate date, PersonId by, int computation, String sha256) {
    public Finalisation {
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(by, "by is null");
        Objects.requireNonNull(sha256, "sha256 is null");
    }
}

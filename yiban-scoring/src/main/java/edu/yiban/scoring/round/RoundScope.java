package edu.yiban.scoring.round;

import java.util.List;
import java.util.Objects;
import edu.yiban.core.id.TermId;
import org.apiguardian.api.API;

/**
 * What a round asks its evaluation to evaluate.
 *
 * @param round  the round
 * @param period the term or academic year
 * @param terms  the terms of the period the campus directory declares, in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RoundScope(RoundId round, RoundPeriod period, List<TermId> terms) {
    public RoundScope {
        Objects.requireNonNull(round, "round is null");
        Objects.requireNonNull(period, "period is null");
        terms = List.copyOf(terms);
    }
}

package edu.yiban.scoring.round;

import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One subject's place in a round, as a counsellor reads it out when a student appeals (申诉): the result
 * with the explanation of every point, the ranks, the band, which computation it comes from with its
 * hash, the subject's appeals and answers, and the publicity window.
 *
 * @param round       the round
 * @param state       the round's state
 * @param computation the computation the result comes from (the current one)
 * @param sha256      that computation's results hash
 * @param result      the result and its explanation
 * @param ranks       the subject's places in its groups
 * @param band        its grade band, if the evaluation assigns one
 * @param appeals     the subject's appeals, with their answers
 * @param publicity   the standing publicity window, if the results are publicised
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Standing(
        RoundId round,
        RoundState state,
        int computation,
        String sha256,
        SubjectResult result,
        List<Ranked> ranks,
        Optional<Band> band,
        List<Appeal> appeals,
        Optional<PublicityWindow> publicity) {

    public Standing {
        Objects.requireNonNull(round, "round is null");
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        Objects.requireNonNull(result, "result is null");
        ranks = List.copyOf(ranks);
        band = band == null ? Optional.empty() : band;
        appeals = List.copyOf(appeals);
        publicity = publicity == null ? Optional.empty() : publicity;
    }
}

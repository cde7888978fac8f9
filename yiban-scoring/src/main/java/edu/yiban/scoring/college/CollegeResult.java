package edu.yiban.scoring.college;

import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.result.SubjectResult;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One college's result of the colleges' evaluation: its score with the engine's explanation (each leaf
 * keeps its {@link edu.yiban.scoring.result.Measure} with source, date and a note of numerator and
 * denominator), its place, its tier and whether it was chosen as a demonstration centre (示范中心).
 *
 * @param college             the college's code
 * @param result              its total and explanation
 * @param rank                its place among the evaluated colleges
 * @param tier                its tier
 * @param demonstrationCentre whether it was chosen as a demonstration centre
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegeResult(String college, SubjectResult result, Ranked rank, Tier tier, boolean demonstrationCentre) {
    public CollegeResult {
        Objects.requireNonNull(college, "college is null");
        Objects.requireNonNull(result, "result is null");
        Objects.requireNonNull(rank, "rank is null");
        Objects.requireNonNull(tier, "tier is null");
    }

    /**
     * The explanation as a counsellor reads it out (申诉 answered from the result alone), in {@code locale}'s
     * language: a head line (total, place, tier, centre), then one line per node with its weight, score and
     * contribution, each leaf with its raw value, source, date and note, and every bonus, cap or veto.
     */
    public String explain(Locale locale) {
        return CollegeText.explain(this, locale);
    }
}

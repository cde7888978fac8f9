package edu.yiban.scoring.result;

import edu.yiban.core.i18n.Bilingual;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How one node's score was made, as a counsellor reads it out to a student who appeals (申诉): the raw
 * value and its source, the normalised score, the weight, and the parts it is made of — each child's
 * weighted contribution and every bonus, deduction, cap, floor or veto ({@link Note}).
 *
 * <p>Two rules hold at every node, exactly and as shown: {@code score} is the sum of the children's
 * {@code contribution} and the notes' {@code amount}; and {@code scoreShown} (two decimals, half-up) is the
 * sum of the children's {@code contributionShown} and the notes' {@code shown} — the shown parts are the
 * exact parts rounded by largest remainder so that they add up to the shown score.
 *
 * @param code              the node's code
 * @param name              its name
 * @param raw               a leaf's raw value, if it had one
 * @param normalised        a leaf's normalised score (0–100, four decimals)
 * @param weight            the node's weight among its siblings
 * @param score             the node's score, exact
 * @param scoreShown        the node's score as shown, two decimals
 * @param contribution      {@code weight × score}, exact: what the node adds to its parent
 * @param contributionShown {@code contribution} as shown, so that a parent's shown parts add up
 * @param children          the children's explanations
 * @param notes             what else changed the score
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Explanation(
        String code,
        Bilingual name,
        Optional<Measure> raw,
        Optional<BigDecimal> normalised,
        BigDecimal weight,
        BigDecimal score,
        BigDecimal scoreShown,
        BigDecimal contribution,
        BigDecimal contributionShown,
        List<Explanation> children,
        List<Note> notes) {

    public Explanation {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(name, "name is null");
        raw = raw == null ? Optional.empty() : raw;
        normalised = normalised == null ? Optional.empty() : normalised;
        Objects.requireNonNull(weight, "weight is null");
        Objects.requireNonNull(score, "score is null");
        Objects.requireNonNull(scoreShown, "scoreShown is null");
        Objects.requireNonNull(contribution, "contribution is null");
        Objects.requireNonNull(contributionShown, "contributionShown is null");
        children = List.copyOf(children);
        notes = List.copyOf(notes);
    }

    /** The explanation of the node {@code code} below (or at) this one, if there is one. */
    public Optional<Explanation> find(String nodeCode) {
        if (code.equals(nodeCode)) {
            return Optional.of(this);
        }
        for (Explanation child : children) {
            Optional<Explanation> found = child.find(nodeCode);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}

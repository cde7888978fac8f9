package edu.yiban.scoring.student;

import edu.yiban.core.archive.Category;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A cap (封顶) or floor (保底) on a part's points: on a category's items (学科竞赛加分每学期不超过 10 分), on a
 * part's points (德育分不超过 100 分), or both, per term or over the whole evaluated period. When the points in
 * scope come above the cap, a line takes the excess off; below the floor, a line adds what is missing. (A
 * part's own {@link Part#floor()} and {@link Part#cap()} hold its whole score, formula and sub-parts included.)
 *
 * <p>A {@link Per#TERM} limit holds each term's items of its scope (a part's base score is not an
 * item). A {@link Per#PERIOD} limit holds the period's sum — the term's when one term is evaluated, the
 * year's when a year is — including the part's base score when the limit names no category. Limits
 * apply in the order declared, term limits first; each sees the lines of the limits before it.
 *
 * @param code      a stable code
 * @param name      its name in both languages, as the rules document has it
 * @param category  the category whose items it holds, if any
 * @param part      the code of the part whose points it holds, if any (at least one of the two; with only a
 *                  category, the one part all that category's rules give points in)
 * @param per       per term, or over the evaluated period
 * @param floor     the least the points in scope come to, if any
 * @param cap       the most the points in scope come to, if any (at least one of the two)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Limit(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        Optional<Category> category,
        Optional<String> part,
        @NotNull Per per,
        Optional<BigDecimal> floor,
        Optional<BigDecimal> cap) {

    /** How often a limit holds. */
    public enum Per {
        /** Each term of the period on its own (items only). */
        TERM,
        /** The whole evaluated period at once. */
        PERIOD
    }

    public Limit {
        ScoringMessages.code(code, "code", "limit");
        category = category == null ? Optional.empty() : category;
        part = part == null ? Optional.empty() : part;
        floor = floor == null ? Optional.empty() : floor;
        cap = cap == null ? Optional.empty() : cap;
    }
}

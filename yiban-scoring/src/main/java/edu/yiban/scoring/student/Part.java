package edu.yiban.scoring.student;

import com.fasterxml.jackson.annotation.JsonProperty;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A part (分项) of the score a rule set declares: 德育, 智育, a campus's own 宿舍 or 心理, or the total itself.
 * Parts form a tree of any depth; the engine knows none of them by name — 德智体美劳 is the seed's preset,
 * not a vocabulary the engine depends on.
 *
 * <p>A part's score, for the period evaluated (a term; a year counted from its records; each term of a
 * year counted from its terms), is
 * <pre>
 * score = value + points + Σ child.weight × child.score       then held between floor and cap
 * points = base + the lines of the rules that give points in the part, with the limits on them
 * value  = the formula's result, when the part has one (four decimals, half-up)
 * </pre>
 * A formula that reads the part's own points ({@code points_<code>}, e.g. {@code min(points_moral, 100)}) takes
 * them: they are then not added a second time. A part with a {@code default} counts that default instead of its
 * points when no entry gave it a line:
 * a 心理 part with default 100 counts 100 for a student with no 心理 record, and 90 for one recorded 90.
 * A part takes a base or a default, not both.
 *
 * <pre>{@code
 * {"code": "total", "name": {"zh": "综合测评总分", "en": "total"},
 *  "children": [
 *    {"code": "moral", "name": {"zh": "德育", "en": "moral"}, "weight": 0.2, "base": 60, "floor": 0, "cap": 100},
 *    {"code": "intellectual", "name": {"zh": "智育", "en": "intellectual"}, "weight": 0.7, "formula": "weighted_average"},
 *    {"code": "psychology", "name": {"zh": "心理", "en": "psychology"}, "weight": 0.1, "default": 100}]}
 * }</pre>
 *
 * @param code        a stable code, unique in the rule set; rules, limits and tie-breaks name it
 * @param name        its name in both languages, as the rules document has it
 * @param weight      its weight in its parent's score (default 1; the root's is 1); weights need not add up to 1
 * @param base        the base score (基础分) added once to the part's points in each period evaluated, if any
 * @param fallback    in JSON {@code default}: the points the part counts when no entry gave it a line, if any
 * @param formula     a formula over indicators and other parts' scores giving the part's value, if any (see {@code docs/formulas.md})
 * @param floor       the least score the part keeps (保底), if any
 * @param cap         the most score the part keeps (封顶), if any
 * @param children    its sub-parts
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Part(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        BigDecimal weight,
        Optional<BigDecimal> base,
        @JsonProperty("default") Optional<BigDecimal> fallback,
        Optional<@Size(max = 1000) String> formula,
        Optional<BigDecimal> floor,
        Optional<BigDecimal> cap,
        @Size(max = 100) List<@Valid Part> children) {

    public Part {
        ScoringMessages.code(code, "code", "part");
        weight = weight == null ? BigDecimal.ONE : weight;
        base = base == null ? Optional.empty() : base;
        fallback = fallback == null ? Optional.empty() : fallback;
        formula = formula == null ? Optional.empty() : formula;
        floor = floor == null ? Optional.empty() : floor;
        cap = cap == null ? Optional.empty() : cap;
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A part with only a code, a name and a weight. */
    public static Part of(String code, Bilingual name, BigDecimal weight) {
        return new Part(code, name, weight, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of());
    }

    /** The same part with {@code sub} as its children. */
    public Part withChildren(List<Part> sub) {
        return new Part(code, name, weight, base, fallback, formula, floor, cap, sub);
    }

    /** The same part with the base score {@code points}. */
    public Part withBase(BigDecimal points) {
        return new Part(code, name, weight, Optional.ofNullable(points), fallback, formula, floor, cap, children);
    }

    /** The same part held between {@code least} and {@code most}; either may be null, for no floor or no cap. */
    public Part between(@Nullable BigDecimal least, @Nullable BigDecimal most) {
        return new Part(code, name, weight, base, fallback, formula, Optional.ofNullable(least), Optional.ofNullable(most), children);
    }

    /** The same part with the formula {@code source}. */
    public Part withFormula(String source) {
        return new Part(code, name, weight, base, fallback, Optional.ofNullable(source), floor, cap, children);
    }

    /** Whether the part has no sub-parts. */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This part and every part below it, depth first, parents before their children. */
    public List<Part> flatten() {
        List<Part> all = new ArrayList<>();
        flatten(this, all);
        return all;
    }

    private static void flatten(Part part, List<Part> into) {
        into.add(part);
        part.children.forEach(child -> flatten(child, into));
    }

    /** The part {@code partCode} at or below this one, if any. */
    public Optional<Part> find(String partCode) {
        return flatten().stream().filter(p -> p.code.equals(partCode)).findFirst();
    }
}

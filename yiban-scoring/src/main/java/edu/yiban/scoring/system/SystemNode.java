package edu.yiban.scoring.system;

import edu.yiban.core.i18n.Bilingual;
import edu.yiban.scoring.internal.ScoringMessages;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A node of an indicator system's weighted tree. A leaf scores one indicator through a normaliser; an
 * inner node scores the weighted sum of its children (whose weights add up to exactly 1), plus its
 * bonus items, minus its deduction items; either may then be held between a floor and a cap.
 *
 * @param code        a stable code, e.g. {@code moral} or {@code coverage}
 * @param name        its name in both languages
 * @param weight      its weight among its siblings, 0 to 1 (the root's is 1)
 * @param indicator   the indicator a leaf scores
 * @param normaliser  how a leaf turns raw values into 0–100
 * @param children    an inner node's children
 * @param floor       the least score the node keeps, if any
 * @param cap         the most score the node keeps, if any
 * @param adjustments an inner node's bonus and deduction items
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SystemNode(
        @NotNull String code,
        @NotNull @Valid Bilingual name,
        @NotNull BigDecimal weight,
        Optional<String> indicator,
        Optional<@Valid Normaliser> normaliser,
        List<@Valid SystemNode> children,
        Optional<BigDecimal> floor,
        Optional<BigDecimal> cap,
        List<@Valid Adjustment> adjustments) {

    public SystemNode {
        ScoringMessages.code(code, "code", "node");
        indicator = indicator == null ? Optional.empty() : indicator;
        normaliser = normaliser == null ? Optional.empty() : normaliser;
        children = children == null ? List.of() : List.copyOf(children);
        floor = floor == null ? Optional.empty() : floor;
        cap = cap == null ? Optional.empty() : cap;
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
    }

    /** A leaf scoring {@code indicator} through {@code normaliser}. */
    public static SystemNode leaf(String code, Bilingual name, BigDecimal weight, String indicator, Normaliser normaliser) {
        return new SystemNode(code, name, weight, Optional.of(indicator), Optional.of(normaliser), List.of(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** An inner node of {@code children}. */
    public static SystemNode of(String code, Bilingual name, BigDecimal weight, List<SystemNode> children) {
        return new SystemNode(code, name, weight, Optional.empty(), Optional.empty(), children,
                Optional.empty(), Optional.empty(), List.of());
    }

    /** Whether the node is a leaf. */
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** The same node held between {@code floor} and {@code cap} (either may be null). */
    public SystemNode between(BigDecimal newFloor, BigDecimal newCap) {
        return new SystemNode(code, name, weight, indicator, normaliser, children, Optional.ofNullable(newFloor),
                Optional.ofNullable(newCap), adjustments);
    }

    /** The same node with {@code items} as its bonus and deduction items. */
    public SystemNode withAdjustments(List<Adjustment> items) {
        return new SystemNode(code, name, weight, indicator, normaliser, children, floor, cap, items);
    }
}

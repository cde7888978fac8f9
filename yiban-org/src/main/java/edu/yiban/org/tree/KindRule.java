package edu.yiban.org.tree;

import edu.yiban.core.i18n.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The rules of one kind of node: where it sits, how many there are, and who sits in it.
 *
 * @param kind          the kind
 * @param name          its name in both languages
 * @param parents       the kinds it may sit under; empty: it sits under nothing; {@code ["any"]}: anything
 * @param count         how many the school has (school-wide)
 * @param perCollege    how many each college has, for college-level kinds
 * @param collegeLevel  whether each node belongs to a college
 * @param closed        whether only the slots listed may be filled (flags left out of the JSON are false) (an appointment to another position is refused)
 * @param slots         who sits in it
 * @param severity      how the kind's own rules (placement, counts) are enforced
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KindRule(
        @NotNull OrgKind kind,
        @NotNull @Valid Bilingual name,
        List<@NotNull OrgKind> parents,
        @NotNull @Valid Bound count,
        Optional<@Valid Bound> perCollege,
        Boolean collegeLevel,
        Boolean closed,
        List<@Valid SlotRule> slots,
        Severity severity) {

    /** Any parent kind. */
    public static final OrgKind ANY_PARENT = new OrgKind("any");

    public KindRule {
        parents = parents == null ? List.of() : List.copyOf(parents);
        collegeLevel = Boolean.TRUE.equals(collegeLevel);
        closed = Boolean.TRUE.equals(closed);
        perCollege = perCollege == null ? Optional.empty() : perCollege;
        slots = slots == null ? List.of() : List.copyOf(slots);
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** Whether a node of this kind may sit under a node of {@code parent} (empty: at the top). */
    public boolean allowsParent(Optional<OrgKind> parent) {
        if (parents.contains(ANY_PARENT)) {
            return true;
        }
        return parent.map(parents::contains).orElse(parents.isEmpty());
    }
}

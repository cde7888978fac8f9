package edu.yiban.org.tree;

import edu.yiban.core.i18n.Bilingual;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A rule of who sits in a node: how many people hold a position, who qualifies, whether the post is
 * concurrent (兼任) or full-time (专职). A node's appointments to a position are matched to its slots;
 * several slots may share a position ("a deputy in charge of student affairs, one of academic affairs…").
 *
 * @param id         a stable name of the rule, e.g. {@code centre.director}, that violations cite
 * @param position   the position
 * @param count      how many may hold it
 * @param qualifies  who may, if restricted
 * @param concurrent if set, the post must be concurrent ({@code true}) or full-time ({@code false})
 * @param severity   how the rule is enforced
 * @param rule       the rule's wording in both languages, as the campus document has it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SlotRule(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9.-]{0,63}") String id,
        @NotNull Position position,
        @NotNull @Valid Bound count,
        Optional<@Valid Qualification> qualifies,
        Optional<Boolean> concurrent,
        Severity severity,
        @NotNull @Valid Bilingual rule) {

    public SlotRule {
        qualifies = qualifies == null ? Optional.empty() : qualifies;
        concurrent = concurrent == null ? Optional.empty() : concurrent;
        severity = severity == null ? Severity.ERROR : severity;
    }
}

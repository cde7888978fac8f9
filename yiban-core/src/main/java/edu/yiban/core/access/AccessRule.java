package edu.yiban.core.access;

import org.apiguardian.api.API;

/**
 * A campus's own rule, added to the policy in code (a plugin's, say) where a grant in the policy file cannot say it:
 * "no sanction is recorded in the two weeks before graduation", "the youth league records volunteer hours only up
 * to 40 per entry". A rule that denies wins over every grant; a rule that allows adds to the grants.
 *
 * <pre>{@code
 * AccessRule noSanctionsByStudents = new AccessRule() {
 *     public String name() { return "no-sanctions-by-students"; }
 *     public Verdict judge(AccessRequest r) {
 *         return r.category().equals(Optional.of(Category.DISCIPLINE)) && r.roles().contains(Role.STUDENT)
 *                 ? Verdict.DENY : Verdict.ABSTAIN;
 *     }
 * };
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface AccessRule {

    /** The rule's name, shown in a refusal it causes, e.g. {@code no-sanctions-by-students}. */
    String name();

    /** The rule's verdict on {@code request}. */
    Verdict judge(AccessRequest request);

    /** A rule's verdict. */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    enum Verdict {
        /** The command is allowed, whatever the grants say (unless another rule denies it). */
        ALLOW,
        /** The command is refused, whatever the grants say. */
        DENY,
        /** The rule has nothing to say: the grants and the other rules decide. */
        ABSTAIN
    }
}

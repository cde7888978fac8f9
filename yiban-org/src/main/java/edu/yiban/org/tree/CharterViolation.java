package edu.yiban.org.tree;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One way the organisation breaks its charter on a day: the rule, what is wrong, where (the node, or the
 * college that lacks a node), who, and a message in Chinese and English a counsellor can read out.
 *
 * @param rule     the rule's id, e.g. {@code centre.full-time-deputy} or {@code kind.work-station}
 * @param severity how the rule is enforced
 * @param problem  what is wrong
 * @param node     the node at fault, if one is
 * @param college  the college at fault, for per-college rules
 * @param person   the person at fault, if one is
 * @param zh       the message in Simplified Chinese
 * @param en       the message in English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CharterViolation(String rule, Severity severity, Problem problem, Optional<OrgId> node,
                               Optional<CollegeId> college, Optional<PersonId> person, String zh, String en) {

    /** What is wrong. */
    public enum Problem {
        /** The charter has no such kind of node. */
        KIND_NOT_ALLOWED,
        /** A node sits under a node of a kind the charter does not allow there. */
        WRONG_PARENT,
        /** A college-level node names no college, or a college other than its parent's. */
        WRONG_COLLEGE,
        /** Fewer nodes of a kind than the charter asks, school-wide or in a college. */
        MISSING_NODE,
        /** More nodes of a kind than the charter allows. */
        EXTRA_NODE,
        /** Fewer people in a slot than it asks. */
        TOO_FEW,
        /** More people in a slot than it allows. */
        TOO_MANY,
        /** The person does not qualify for the slot. */
        NOT_QUALIFIED,
        /** The post must be concurrent (兼任) and is not, or must be full-time (专职) and is not. */
        CONCURRENCY,
        /** The charter lists no slot for the position in this kind of node. */
        NO_SLOT
    }

    public CharterViolation {
        Objects.requireNonNull(rule, "rule is null");
        Objects.requireNonNull(severity, "severity is null");
        Objects.requireNonNull(problem, "problem is null");
        node = node == null ? Optional.empty() : node;
        college = college == null ? Optional.empty() : college;
        person = person == null ? Optional.empty() : person;
        Objects.requireNonNull(zh, "zh is null");
        Objects.requireNonNull(en, "en is null");
    }

    /** The message in {@code locale}'s language. */
    public String message(Locale locale) {
        return MessageBundle.choose(locale, zh, en);
    }
}

package edu.yiban.core.access;

import edu.yiban.core.archive.Category;
import edu.yiban.core.directory.Role;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One command put to the {@link AccessPolicy}: who acts, what they do, to what, and — for what the actor is —
 * their roles and their relations to the subject. The runtime looks the roles and relations up only when a grant
 * or a rule asks for them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AccessRequest {
    private final Actor actor;
    private final Action action;
    private final Subject subject;
    private final Optional<Category> category;
    private final Supplier<Set<Role>> roleLookup;
    private final Supplier<Set<Relation>> relationLookup;
    private @Nullable Set<Role> roles;
    private @Nullable Set<Relation> relations;

    private AccessRequest(Actor actor, Action action, Subject subject, Optional<Category> category,
                          Supplier<Set<Role>> roles, Supplier<Set<Relation>> relations) {
        this.actor = Objects.requireNonNull(actor, "actor is null");
        this.action = Objects.requireNonNull(action, "action is null");
        this.subject = Objects.requireNonNull(subject, "subject is null");
        this.category = Objects.requireNonNull(category, "category is null");
        this.roleLookup = Objects.requireNonNull(roles, "roles is null");
        this.relationLookup = Objects.requireNonNull(relations, "relations is null");
    }

    /** A request whose roles and relations are known. */
    public static AccessRequest of(Actor actor, Action action, Subject subject, Optional<Category> category,
                                   Set<Role> roles, Set<Relation> relations) {
        Set<Role> r = Set.copyOf(roles);
        Set<Relation> rel = Set.copyOf(relations);
        return new AccessRequest(actor, action, subject, category, () -> r, () -> rel);
    }

    /** A request whose roles and relations are looked up when first asked for (once each). */
    public static AccessRequest lazy(Actor actor, Action action, Subject subject, Optional<Category> category,
                                     Supplier<Set<Role>> roles, Supplier<Set<Relation>> relations) {
        return new AccessRequest(actor, action, subject, category, roles, relations);
    }

    /** Who acts. */
    public Actor actor() {
        return actor;
    }

    /** What they do. */
    public Action action() {
        return action;
    }

    /** What the command is about. */
    public Subject subject() {
        return subject;
    }

    /** The archive category the command records, corrects or revokes, for archive actions. */
    public Optional<Category> category() {
        return category;
    }

    /** The roles the acting person holds in the directory; none for a system or the app. */
    public Set<Role> roles() {
        Set<Role> known = roles;
        if (known == null) {
            known = Set.copyOf(roleLookup.get());
            roles = known;
        }
        return known;
    }

    /** How the acting person stands to the subject; none for a system or the app. */
    public Set<Relation> relations() {
        Set<Relation> known = relations;
        if (known == null) {
            known = Set.copyOf(relationLookup.get());
            relations = known;
        }
        return known;
    }

    @Override
    public String toString() {
        return actor + " " + action.code() + " " + subject + category.map(c -> " (" + c.code() + ")").orElse("");
    }
}

package edu.yiban.core.internal.access;

import org.apiguardian.api.API;
import edu.yiban.core.access.Access;
import edu.yiban.core.access.AccessDeniedException;
import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.access.AccessRequest;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Actor;
import edu.yiban.core.access.Relation;
import edu.yiban.core.access.Subject;
import edu.yiban.core.archive.Category;
import edu.yiban.core.directory.Role;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.internal.CoreMessages;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The runtime's {@link Access}: the policy, and where the actor's roles and relations are looked up. The directory
 * says the roles and the relations to the campus, colleges, classes, students and people; the spaces say those to a
 * space. Modules register their lookups as they open, before any command runs.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class AccessGate extends Access {
    private final AccessPolicy policy;
    private volatile Function<PersonId, Set<Role>> roles = person -> Set.of();
    private final Map<Subject.Kind, BiFunction<PersonId, Subject, Set<Relation>>> relations = new ConcurrentHashMap<>();

    public AccessGate(AccessPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy is null");
    }

    /** Where a person's roles are looked up. */
    public void roles(Function<PersonId, Set<Role>> lookup) {
        this.roles = Objects.requireNonNull(lookup, "lookup is null");
    }

    /** Where a person's relations to subjects of {@code kind} are looked up. */
    public void relations(Subject.Kind kind, BiFunction<PersonId, Subject, Set<Relation>> lookup) {
        relations.put(kind, Objects.requireNonNull(lookup, "lookup is null"));
    }

    @Override
    public AccessPolicy policy() {
        return policy;
    }

    @Override
    public AccessPolicy.Decision decide(Actor actor, Action action, Subject subject, Optional<Category> category) {
        return policy.decide(request(actor, action, subject, category));
    }

    @Override
    public void check(Action action, Subject subject, Optional<Category> category, Optional<PersonId> doer) {
        Actor actor = actor();
        AccessRequest request = request(actor, action, subject, category);
        if (actor.person().isPresent() && doer.isPresent() && !doer.equals(actor.person())) {
            throw new AccessDeniedException(request, CoreMessages.BUNDLE.text("access.impersonation", actor.label(),
                    doer.get(), action.label(), subject.label()));
        }
        AccessPolicy.Decision decision = policy.decide(request);
        if (!decision.allowed()) {
            throw AccessDeniedException.of(request, decision);
        }
    }

    private AccessRequest request(Actor actor, Action action, Subject subject, Optional<Category> category) {
        Optional<PersonId> person = actor.person();
        return AccessRequest.lazy(actor, action, subject, category,
                () -> person.map(roles).orElse(Set.of()),
                () -> person.map(p -> relationsOf(p, subject)).orElse(Set.of()));
    }

    /** How {@code person} stands to {@code subject}, as the modules that registered their lookups say. */
    public Set<Relation> relationsOf(PersonId person, Subject subject) {
        BiFunction<PersonId, Subject, Set<Relation>> lookup = relations.get(subject.kind());
        return lookup == null ? Set.of() : lookup.apply(person, subject);
    }

    @Override
    public String toString() {
        return "AccessGate[" + policy + "]";
    }
}

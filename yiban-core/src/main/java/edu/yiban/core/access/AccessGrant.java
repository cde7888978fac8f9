package edu.yiban.core.access;

import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.Role;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One grant of an {@link AccessPolicy}: who may do which actions, to subjects they stand how to, in which archive
 * categories. Every condition given must hold; an empty set sets no condition, except that a grant names at least
 * one of {@code app}, {@code anyPerson}, {@code roles} and {@code sources}.
 *
 * @param name       the grant's name, shown when it decides
 * @param app        the embedding app itself ({@link Actor#app()}) is granted
 * @param anyPerson  any acting person is granted (with the relations below)
 * @param roles      an acting person holding one of these roles is granted
 * @param sources    an actor coming through one of these campus systems is granted
 * @param relations  the actor must stand to the subject in one of these relations
 * @param actions    the actions granted
 * @param categories the archive categories granted, for archive actions; empty for all
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AccessGrant(String name, boolean app, boolean anyPerson, Set<Role> roles, Set<SourceSystem> sources,
                          Set<Relation> relations, Set<Action> actions, Set<Category> categories) {

    public AccessGrant {
        Objects.requireNonNull(name, "name is null");
        roles = Set.copyOf(roles);
        sources = Set.copyOf(sources);
        relations = Set.copyOf(relations);
        actions = Set.copyOf(actions);
        categories = Set.copyOf(categories);
    }

    /** Whether this grant allows {@code request}. */
    public boolean allows(AccessRequest request) {
        if (!actions.contains(request.action())) {
            return false;
        }
        if (!categories.isEmpty() && (request.category().isEmpty() || !categories.contains(request.category().get()))) {
            return false;
        }
        Actor actor = request.actor();
        if (app && !actor.isApp()) {
            return false;
        }
        if (anyPerson && actor.person().isEmpty()) {
            return false;
        }
        if (!sources.isEmpty() && (actor.source().isEmpty() || !sources.contains(actor.source().get()))) {
            return false;
        }
        if (!roles.isEmpty() && (actor.person().isEmpty() || request.roles().stream().noneMatch(roles::contains))) {
            return false;
        }
        return relations.isEmpty() || request.relations().stream().anyMatch(relations::contains);
    }
}

package edu.yiban.core.access;

import edu.yiban.core.archive.Category;
import edu.yiban.core.id.PersonId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Who acts, and whether they may (权限): the runtime's {@link AccessPolicy} and the calling thread's {@link Actor}.
 * Every module of the library puts each record it is about to write to the policy, for the thread's actor, and
 * writes the actor into the record; a refused command writes nothing ({@link AccessDeniedException}). Reads keep
 * the visibility rules of their own modules; a space's content is read by those the policy lets read it.
 *
 * <pre>{@code
 * Access access = core.access();
 * try (Acting acting = access.acting(Actor.of(PersonId.of("T0931")))) {
 *     core.archives().of(student).record(entry);   // refused unless T0931 may record the entry's category there
 * }
 * boolean canRecord = access.decide(Actor.of(counsellor), Action.ARCHIVE_RECORD, Subject.student(student),
 *         Optional.of(Category.VOLUNTEER)).allowed();   // for a user interface, without writing
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class Access {

    /** For the library's runtime. */
    protected Access() {
    }

    /** The calling thread's actor: the one of the innermost open {@link Acting} scope, else {@link Actor#app()}. */
    public final Actor actor() {
        return Acting.current();
    }

    /** Opens a scope in which the calling thread acts as {@code actor}; close it to end it. */
    public final Acting acting(Actor actor) {
        return Acting.open(Objects.requireNonNull(actor, "actor is null"));
    }

    /** {@code command}'s answer, computed by the calling thread acting as {@code actor}. */
    @SuppressWarnings("try") // the scope is the point, not the resource
    public final <T> T actingAs(Actor actor, Supplier<T> command) {
        try (Acting acting = acting(actor)) {
            return command.get();
        }
    }

    /** The policy that decides. */
    public abstract AccessPolicy policy();

    /** What the policy decides for {@code actor} doing {@code action} to {@code subject}; nothing is done. */
    public abstract AccessPolicy.Decision decide(Actor actor, Action action, Subject subject, Optional<Category> category);

    /**
     * Checks that the calling thread's actor may do {@code action} to {@code subject}. For the library's modules and
     * for plugins that write through the library.
     *
     * @throws AccessDeniedException naming actor, action and subject, if the policy refuses
     */
    public final void check(Action action, Subject subject) {
        check(action, subject, Optional.empty(), Optional.empty());
    }

    /**
     * Checks that the calling thread's actor may do {@code action} to {@code subject}, in {@code category} for archive
     * actions, where the command names {@code doer} as the person doing it (an entry's recorder, a post's author). An
     * acting person may only name themself; a system or the app relays what others did and may name anyone.
     *
     * @throws AccessDeniedException naming actor, action and subject, if the policy refuses or a person names another
     */
    public abstract void check(Action action, Subject subject, Optional<Category> category, Optional<PersonId> doer);
}

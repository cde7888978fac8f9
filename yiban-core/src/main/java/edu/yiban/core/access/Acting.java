package edu.yiban.core.access;

import org.apiguardian.api.API;

/**
 * A scope in which the calling thread's commands are done by one {@link Actor} (以某人身份操作): opened with
 * {@link Access#acting(Actor)}, closed with {@link #close()}, which gives the thread back the actor it had before.
 * A web app opens one per request, for the signed-in person. Outside every scope the thread acts as
 * {@link Actor#app()}.
 *
 * <pre>{@code
 * try (Acting acting = yiban.core().access().acting(Actor.of(PersonId.of("T0931")))) {
 *     yiban.core().archives().of(student).record(entry);
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Acting implements AutoCloseable {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();
    private final Actor actor;
    private final Actor before;
    private final Thread thread;
    private boolean closed;

    Acting(Actor actor) {
        this.actor = actor;
        this.thread = Thread.currentThread();
        this.before = swap(actor);
    }

    /** The actor of this scope. */
    public Actor actor() {
        return actor;
    }

    /**
     * Ends the scope: the thread acts again as it did before it was opened. Closing twice does nothing.
     *
     * @throws IllegalStateException if called from another thread than the one that opened the scope
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("a scope of acting is closed by the thread that opened it, " + thread.getName());
        }
        closed = true;
        swap(before);
    }

    /** The calling thread's actor: the one of its innermost open scope, else {@link Actor#app()}. */
    public static Actor current() {
        Actor actor = CURRENT.get();
        return actor != null ? actor : Actor.app();
    }

    /** Makes {@code actor} the thread's and gives the one it replaces. */
    private static Actor swap(Actor actor) {
        Actor replaced = current();
        if (actor.isApp()) {
            CURRENT.remove();
        } else {
            CURRENT.set(actor);
        }
        return replaced;
    }

    /** Opens a scope; for {@link Access} implementations. */
    static Acting open(Actor actor) {
        return new Acting(actor);
    }

    @Override
    public String toString() {
        return "Acting[" + actor + "]";
    }
}

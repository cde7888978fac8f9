package edu.yiban.core.internal.access;

import edu.yiban.core.access.Actor;

/** The calling thread's actor, as {@code Acting} scopes set it. */
public final class CurrentActor {
    private static final ThreadLocal<Actor> ACTOR = new ThreadLocal<>();

    private CurrentActor() {
    }

    /** The thread's actor: the innermost scope's, else the app. */
    public static Actor get() {
        Actor actor = ACTOR.get();
        return actor != null ? actor : Actor.app();
    }

    /** Makes {@code actor} the thread's and gives the one it replaces. */
    public static Actor swap(Actor actor) {
        Actor before = get();
        if (actor.isApp()) {
            ACTOR.remove();
        } else {
            ACTOR.set(actor);
        }
        return before;
    }
}

package edu.yiban.core.access;

import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.internal.CoreMessages;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who does a command (操作人): a person the campus directory knows, a campus system (源系统) such as the academic affairs
 * system, a person working through such a system, or the embedding app itself. Every record the library writes
 * carries the actor that wrote it, and the {@link AccessPolicy} decides every command by it.
 *
 * <pre>{@code
 * Actor counsellor = Actor.of(PersonId.of("T0931"));
 * Actor registrar  = Actor.of(PersonId.of("T0102")).via(SourceSystem.ACADEMIC_AFFAIRS);
 * Actor nightly    = Actor.system(SourceSystem.YOUTH_LEAGUE);
 * try (Acting acting = core.access().acting(counsellor)) {
 *     core.archives().of(student).record(entry);      // decided for T0931, recorded as by T0931
 * }
 * }</pre>
 *
 * @param person the person acting, if a person acts
 * @param source the campus system the command comes through, if one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Actor(Optional<PersonId> person, Optional<SourceSystem> source) {
    private static final Actor APP = new Actor(Optional.empty(), Optional.empty());

    public Actor {
        Objects.requireNonNull(person, "person is null");
        Objects.requireNonNull(source, "source is null");
    }

    /** {@code person}, acting in person. */
    public static Actor of(PersonId person) {
        return new Actor(Optional.of(Objects.requireNonNull(person, "person is null")), Optional.empty());
    }

    /** A campus system acting with no person behind it (a nightly synchronisation, say). */
    public static Actor system(SourceSystem source) {
        return new Actor(Optional.empty(), Optional.of(Objects.requireNonNull(source, "source is null")));
    }

    /**
     * The embedding app itself (应用本身): the actor of commands run outside any {@link Acting} scope, such as the set-up
     * of a campus and trusted imports. The seed policy grants it everything; a campus that wants every command done by
     * a named person or system removes that grant from its policy.
     */
    public static Actor app() {
        return APP;
    }

    /** This person working through {@code system}, e.g. a registrar through the academic affairs system. */
    public Actor via(SourceSystem system) {
        return new Actor(person, Optional.of(Objects.requireNonNull(system, "system is null")));
    }

    /** Whether this is the embedding app itself. */
    public boolean isApp() {
        return person.isEmpty() && source.isEmpty();
    }

    /** The actor as people read it, e.g. 人员 T0931（经 教务系统）/ person T0931 (through academic affairs). */
    public Text label() {
        if (isApp()) {
            return CoreMessages.BUNDLE.text("actor.app");
        }
        if (person.isEmpty()) {
            return CoreMessages.BUNDLE.text("actor.system", source.orElseThrow().label());
        }
        return source.isEmpty()
                ? CoreMessages.BUNDLE.text("actor.person", person.orElseThrow())
                : CoreMessages.BUNDLE.text("actor.person-via", person.orElseThrow(), source.orElseThrow().label());
    }

    /** A short form: {@code app}, {@code T0931}, {@code @academic-affairs} or {@code T0931@academic-affairs}. */
    @Override
    public String toString() {
        if (isApp()) {
            return "app";
        }
        return person.map(PersonId::toString).orElse("") + source.map(s -> "@" + s.code()).orElse("");
    }
}

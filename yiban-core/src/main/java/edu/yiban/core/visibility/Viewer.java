package edu.yiban.core.visibility;

import edu.yiban.core.id.PersonId;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Someone reading a growth archive: a person the campus directory knows, or the anonymous public.
 * What they see follows from their relations to the student ({@code CampusDirectory#relations}).
 *
 * @param person the person reading, or empty for the anonymous public
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Viewer(Optional<PersonId> person) {
    private static final Viewer ANONYMOUS = new Viewer(Optional.empty());

    public Viewer {
        Objects.requireNonNull(person, "person is null");
    }

    /** {@code person}, reading. */
    public static Viewer of(PersonId person) {
        return new Viewer(Optional.of(Objects.requireNonNull(person, "person is null")));
    }

    /** Someone the campus does not know: they see public entries only. */
    public static Viewer anonymous() {
        return ANONYMOUS;
    }
}

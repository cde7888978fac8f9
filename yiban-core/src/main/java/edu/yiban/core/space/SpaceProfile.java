package edu.yiban.core.space;

import edu.yiban.core.id.ClassId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What names and describes an open space.
 *
 * @param id       the space's name
 * @param title    its title; a class network space takes its class's name
 * @param openedAt when it was opened
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SpaceProfile(SpaceId id, String title, Instant openedAt) {
    /** Checks that no part is missing. */
    public SpaceProfile {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(openedAt, "openedAt is null");
    }

    /** The class whose network space (班级网络空间) this is, for spaces of kind {@link SpaceId#CLASS}. */
    public Optional<ClassId> classId() {
        return SpaceId.CLASS.equals(id.kind()) ? Optional.of(ClassId.of(id.key())) : Optional.empty();
    }
}

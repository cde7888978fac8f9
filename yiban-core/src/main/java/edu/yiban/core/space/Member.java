package edu.yiban.core.space;

import edu.yiban.core.directory.Role;
import edu.yiban.core.id.PersonId;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A current member (成员) of a space. Joining a space registers the person's YiBan account (注册); real-name
 * verification (实名认证) is recorded on its own. What kind of member someone is (student, teacher,
 * counsellor…) is not kept by the space: {@code roles} are the person's roles in the campus directory when
 * the member was looked up.
 *
 * @param person     the member
 * @param roles      their roles in the campus directory
 * @param admin      whether they administer the space (管理员)
 * @param joinedAt   when they (last) joined
 * @param verifiedAt when their real name was verified, if it was
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Member(PersonId person, Set<Role> roles, boolean admin, Instant joinedAt, Optional<Instant> verifiedAt) {
    /** Checks that no part is missing and copies the roles. */
    public Member {
        Objects.requireNonNull(person, "person is null");
        Objects.requireNonNull(roles, "roles is null");
        Objects.requireNonNull(joinedAt, "joinedAt is null");
        verifiedAt = verifiedAt == null ? Optional.empty() : verifiedAt;
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Whether the member's real name is verified (实名认证). */
    public boolean verified() {
        return verifiedAt.isPresent();
    }

    /** Whether the member holds {@code role} in the campus directory. */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}

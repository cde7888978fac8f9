package edu.yiban.core.directory;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A person the campus directory knows: a student, a teacher, a counsellor, a member of staff, a school
 * leader, a parent. Students enter through {@link CampusDirectory#enrol}; everyone else through
 * {@link CampusDirectory#register}.
 *
 * @param id      the person's campus identity
 * @param name    their name
 * @param roles   the roles they hold, at least one
 * @param staffNo their staff number (工号), for staff
 * @param college the college they work in; empty for school-level departments, students and parents
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Person(
        @NotNull PersonId id,
        @NotBlank @Size(max = 64) String name,
        @NotEmpty Set<@NotNull Role> roles,
        Optional<StaffNo> staffNo,
        Optional<CollegeId> college) {

    public Person {
        roles = roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)
                ? roles
                : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        staffNo = staffNo == null ? Optional.empty() : staffNo;
        college = college == null ? Optional.empty() : college;
    }

    /** Whether the person holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The same person with {@code newRoles}. */
    public Person withRoles(Set<Role> newRoles) {
        return new Person(id, name, newRoles, staffNo, college);
    }
}

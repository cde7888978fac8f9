package edu.yiban.org.tree;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A node of the YiBan organisation (易班组织): the school leading group, the development centre, the
 * student work station, a college's leading group or sub-station, a teacher-run group, the role model
 * workshop, a culture studio. Each has its own online space.
 *
 * @param id        its code
 * @param kind      its kind, which its charter rules
 * @param name      its name, e.g. 琼台师范学院易班发展中心
 * @param parent    the node it sits under, if any
 * @param college   the college it belongs to, for college-level nodes and groups a college creates
 * @param founded   the day it was set up
 *
 * <p>Dissolving a node (撤销) is a record of its own; {@link OrganisationTree#at} leaves a dissolved node out
 * of the days after its last.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OrgUnit(
        @NotNull OrgId id,
        @NotNull OrgKind kind,
        @NotBlank @Size(max = 64) String name,
        Optional<OrgId> parent,
        Optional<CollegeId> college,
        @NotNull LocalDate founded) {

    public OrgUnit {
        parent = parent == null ? Optional.empty() : parent;
        college = college == null ? Optional.empty() : college;
    }

    /** A node founded on {@code founded}, not dissolved. */
    public static OrgUnit of(OrgId id, OrgKind kind, String name, OrgId parent, CollegeId college, LocalDate founded) {
        return new OrgUnit(id, kind, name, Optional.ofNullable(parent), Optional.ofNullable(college), founded);
    }

    /** Whether the node had been founded by {@code date}. */
    public boolean foundedBy(LocalDate date) {
        return !founded.isAfter(date);
    }

    /** Who founds a node: a person the directory knows, who becomes the first admin of its online space. */
    public record Founding(@NotNull OrgUnit unit, @NotNull PersonId founder) {
    }
}

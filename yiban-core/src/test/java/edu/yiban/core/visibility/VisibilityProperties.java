package edu.yiban.core.visibility;

import static edu.yiban.core.fixtures.Campus.EDU;
import static edu.yiban.core.fixtures.Campus.EDU2201;
import static edu.yiban.core.fixtures.Campus.LI_MING;
import static edu.yiban.core.fixtures.Campus.MATH;
import static edu.yiban.core.fixtures.Campus.T2022_1;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchive;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * A viewer never sees an entry their relation does not allow, and always sees one it does: for a
 * viewer of any roles, college and links, and entries of any visibility, the archive shows exactly
 * the entries whose visibility meets the viewer's relations as the documented rules derive them.
 */
class VisibilityProperties {
    private static final List<Role> GRANTABLE = List.of(Role.TEACHER, Role.COUNSELLOR, Role.STAFF,
            Role.SCHOOL_LEADER, Role.DEPARTMENT_HEAD, Role.PARENT);

    /** Who the viewer is: their roles, where they work, and how they are tied to 李明. */
    record ViewerSetup(boolean isTheStudent, Set<Role> roles, Optional<CollegeId> college,
                       boolean linkedAsParent, boolean counsellorOfTheClass) {
    }

    @Provide
    Arbitrary<ViewerSetup> viewers() {
        Arbitrary<Set<Role>> roles = Arbitraries.of(GRANTABLE).set().ofMinSize(1).ofMaxSize(4)
                .map(s -> (Set<Role>) EnumSet.copyOf(s));
        Arbitrary<Optional<CollegeId>> college = Arbitraries.of(Optional.of(EDU), Optional.of(MATH), Optional.empty());
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 9).map(i -> i == 0), roles, college, flag, flag)
                .as(ViewerSetup::new);
    }

    @Provide
    Arbitrary<Visibility> visibilities() {
        return Arbitraries.of(Audience.class).set().map(set -> {
            EnumSet<Audience> all = EnumSet.of(Audience.STUDENT);
            all.addAll(set);
            return new Visibility(all);
        });
    }

    @Property(tries = 150)
    void aViewerSeesExactlyTheEntriesTheirRelationsAllow(
            @ForAll("viewers") ViewerSetup setup,
            @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("visibilities") Visibility> visibilities) {
        YibanCore core = Campus.open();
        Viewer viewer = setUp(core, setup);
        GrowthArchive archive = core.archives().of(LI_MING);
        List<EntryRef> allowed = new ArrayList<>();
        Set<Audience> relations = expectedRelations(setup);
        for (int i = 0; i < visibilities.size(); i++) {
            EntryRef ref = archive.record(Campus.entry(T2022_1, LocalDate.of(2022, 10, 1 + i), "1", visibilities.get(i)));
            Set<Audience> audiences = visibilities.get(i).audiences();
            if (audiences.contains(Audience.PUBLIC) || audiences.stream().anyMatch(relations::contains)) {
                allowed.add(ref);
            }
        }

        assertThat(core.directory().relations(viewer, LI_MING)).isEqualTo(relations);
        assertThat(archive.timeline(viewer)).extracting(ArchiveRecord::ref).containsExactlyElementsOf(allowed);
        assertThat(archive.history(viewer)).extracting(ArchiveRecord::ref).containsExactlyElementsOf(allowed);
    }

    private static Viewer setUp(YibanCore core, ViewerSetup setup) {
        if (setup.isTheStudent()) {
            return Viewer.of(PersonId.of(LI_MING.value()));
        }
        PersonId id = PersonId.of("V0001");
        core.directory().register(new Person(id, "观察者", setup.roles(), Optional.empty(), setup.college()));
        if (setup.roles().contains(Role.PARENT) && setup.linkedAsParent()) {
            core.directory().linkParent(id, LI_MING);
        }
        if (setup.roles().contains(Role.COUNSELLOR) && setup.counsellorOfTheClass()) {
            core.directory().assignCounsellor(EDU2201, id, LocalDate.of(2022, 9, 2));
        }
        return Viewer.of(id);
    }

    /** The rules of CampusDirectory#relations, written out independently. */
    private static Set<Audience> expectedRelations(ViewerSetup s) {
        EnumSet<Audience> r = EnumSet.of(Audience.PUBLIC);
        if (s.isTheStudent()) {
            r.add(Audience.STUDENT);
            return r;
        }
        Set<Role> roles = s.roles();
        if (roles.contains(Role.PARENT) && s.linkedAsParent()) {
            r.add(Audience.PARENT);
        }
        if (roles.contains(Role.COUNSELLOR) && s.counsellorOfTheClass()) {
            r.add(Audience.COUNSELLOR);
        }
        boolean staff = roles.stream().anyMatch(role -> role != Role.PARENT);
        if (staff && s.college().equals(Optional.of(EDU))) {
            r.add(Audience.COLLEGE);
        }
        if (roles.contains(Role.SCHOOL_LEADER)
                || (s.college().isEmpty() && (roles.contains(Role.STAFF) || roles.contains(Role.DEPARTMENT_HEAD)))) {
            r.add(Audience.SCHOOL);
        }
        return r;
    }
}

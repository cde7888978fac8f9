package edu.yiban.org.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.fixtures.DelegatingDirectory;
import edu.yiban.core.fixtures.OneWrite;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.org.internal.OrgMessages;
import edu.yiban.org.json.YibanOrgModule;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.CharterViolation;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.Position;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A directory change between the two charter checks of an appointment (the organisation without it,
 * then with it): a teacher already seated loses the role that qualified them right after the first
 * check. The appointment is refused only for violations it adds, so it is not refused for the teacher
 * who lost the role.
 */
class AppointmentCheckRaceTest {
    private static final LocalDate DAY = LocalDate.of(2022, 9, 1);
    private static final CollegeId MATH = CollegeId.of("MATH");
    private static final OrgId GROUP = OrgId.of("math-modelling");
    private static final PersonId ADMIN = PersonId.of("T2001");
    private static final PersonId ADVISOR = PersonId.of("T2002");
    private static final PersonId NEWCOMER = PersonId.of("T2003");

    private final YibanCore core = YibanCore.builder().build();
    private final CampusDirectory campus = core.directory();

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void anAppointmentIsNotRefusedForAViolationADirectoryChangeAddsMeanwhile() {
        campus.addCollege(new College(MATH, "数学与统计学院"));
        for (PersonId teacher : List.of(ADMIN, ADVISOR, NEWCOMER)) {
            campus.register(new Person(teacher, "老师" + teacher.value(), EnumSet.of(Role.TEACHER, Role.STAFF),
                    Optional.of(StaffNo.of(teacher.value())), Optional.of(MATH)));
        }
        RevokesARoleInTheSecondCheck racing = new RevokesARoleInTheSecondCheck(campus);
        TreeService tree = new TreeService(WritableLedger.of(core.ledger()), YibanOrgModule.newMapper(), OrgMessages.validator(), racing, core.spaces(), Charter.seed(), core.access());
        tree.found(OrgUnit.of(GROUP, OrgKind.COMPETITION_GROUP, "数学建模竞赛小组", null, null, DAY), ADMIN);
        tree.appoint(Appointment.of(GROUP, ADMIN, Position.ADMINISTRATOR, DAY));
        racing.colleges = 0;
        tree.appoint(Appointment.of(GROUP, ADVISOR, Position.ADVISOR, DAY));
        int perCheck = racing.colleges / 2;
        assertThat(perCheck).as("each charter check lists the colleges").isPositive();

        racing.arm(perCheck + 1, () -> campus.revokeRole(ADMIN, Role.TEACHER, DAY));
        tree.appoint(Appointment.of(GROUP, NEWCOMER, Position.ADVISOR, DAY));

        assertThat(racing.write.done()).as("the role was revoked during the appointment's checks").isTrue();
        assertThat(tree.at(DAY).appointments(GROUP)).extracting(a -> a.appointment().person()).contains(NEWCOMER);
        assertThat(tree.validate(DAY)).extracting(CharterViolation::person).contains(Optional.of(ADMIN));
    }

    /** A directory that counts the lists of colleges read and runs a write right after the armed one. */
    private static final class RevokesARoleInTheSecondCheck extends DelegatingDirectory {
        final OneWrite write = new OneWrite();
        int colleges;
        int at;

        RevokesARoleInTheSecondCheck(CampusDirectory directory) {
            super(directory);
        }

        void arm(int read, Runnable writer) {
            colleges = 0;
            at = read;
            write.arm(writer);
        }

        @Override
        public List<College> colleges() {
            List<College> read = super.colleges();
            return ++colleges == at ? write.after(read) : read;
        }
    }
}

package edu.yiban.scoring.college;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.OneWrite;
import edu.yiban.core.YibanCore;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StaffNo;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.space.Space;
import edu.yiban.org.YibanOrganisation;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.CharterViolation;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.InSiteMessage;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.OrganisationTree;
import edu.yiban.org.tree.Recommendation;
import edu.yiban.scoring.result.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The organisation changed while the colleges' evaluation reads it: the college's leading group, founded
 * with none of its required posts filled, is dissolved right after the meter takes the organisation's
 * snapshot and before it asks for the charter's violations. The charter's completeness is measured on one
 * version of the organisation, not on a group of the snapshot checked against violations that no longer
 * name it (which counted every post of it as filled).
 */
class CollegeTeamRaceTest {
    private static final LocalDate START = LocalDate.of(2022, 9, 1);
    private static final LocalDate FROM = LocalDate.of(2022, 10, 10);
    private static final LocalDate TO = LocalDate.of(2022, 10, 30);
    private static final CollegeId EDU = CollegeId.of("EDU");
    private static final PersonId LEADER = PersonId.of("L0001");
    private static final OrgId SCHOOL_GROUP = OrgId.of("school-group");
    private static final OrgId EDU_GROUP = OrgId.of("EDU-group");
    private static final String COMPLETENESS = CollegeIndicator.CHARTER_COMPLETENESS.code();

    private final YibanCore core = YibanCore.builder().build();
    private final YibanOrganisation organisation = YibanOrganisation.builder(core).build();
    private final CampusDirectory campus = core.directory();
    private final OrganisationTree tree = organisation.tree();

    @AfterEach
    void close() {
        core.close();
    }

    @Test
    void theCharterIsMeasuredOnOneVersionOfTheOrganisation() {
        campus.addCollege(new College(EDU, "教育学院"));
        campus.addMajor(new Major(MajorId.of("EDU-01"), EDU, "小学教育"));
        campus.addClass(new AdminClass(ClassId.of("EDU2201"), "2022级小学教育1班", EDU, MajorId.of("EDU-01"), Cohort.of(2022)));
        campus.enrol(Enrolment.of(StudentNo.of("E0001"), "学生E0001", ClassId.of("EDU2201"), START));
        campus.register(new Person(LEADER, "孙书记", EnumSet.of(Role.SCHOOL_LEADER), Optional.of(StaffNo.of("L0001")), Optional.empty()));
        tree.found(OrgUnit.of(SCHOOL_GROUP, OrgKind.SCHOOL_LEADING_GROUP, "校易班建设领导小组", null, null, START), LEADER);
        tree.found(OrgUnit.of(EDU_GROUP, OrgKind.COLLEGE_LEADING_GROUP, "教育学院易班建设领导小组", SCHOOL_GROUP, EDU, START), LEADER);
        CollegePreset preset = CollegePreset.seed();
        BigDecimal before = completeness(CollegeMeter.measure(preset, core, campus, tree, FROM, TO, List.of()).raw().get("EDU", COMPLETENESS));

        DissolvesAfterTheSnapshot racing = new DissolvesAfterTheSnapshot(tree, () -> tree.dissolve(EDU_GROUP, LocalDate.of(2022, 10, 1)));
        BigDecimal during = completeness(CollegeMeter.measure(preset, core, campus, racing, FROM, TO, List.of()).raw().get("EDU", COMPLETENESS));
        BigDecimal after = completeness(CollegeMeter.measure(preset, core, campus, tree, FROM, TO, List.of()).raw().get("EDU", COMPLETENESS));

        assertThat(racing.write.done()).as("the group was dissolved during the measure").isTrue();
        assertThat(before).isGreaterThan(after);
        assertThat(during).isEqualByComparingTo(after);
    }

    private static BigDecimal completeness(Optional<Measure> measure) {
        return measure.orElseThrow().value();
    }

    /** A tree that lets a writer change the organisation once, right after the next snapshot is taken. */
    private static final class DissolvesAfterTheSnapshot implements OrganisationTree {
        private final OrganisationTree tree;
        final OneWrite write;

        DissolvesAfterTheSnapshot(OrganisationTree tree, Runnable writer) {
            this.tree = tree;
            this.write = new OneWrite(writer);
        }

        @Override
        public OrgSnapshot at(LocalDate date) {
            return write.after(tree.at(date));
        }

        @Override
        public Charter charter() {
            return tree.charter();
        }

        @Override
        public OrgUnit found(OrgUnit unit, PersonId founder) {
            return tree.found(unit, founder);
        }

        @Override
        public void dissolve(OrgId org, LocalDate lastDay) {
            tree.dissolve(org, lastDay);
        }

        @Override
        public AppointmentRef takeOffice(OfficeHolding holding) {
            return tree.takeOffice(holding);
        }

        @Override
        public void leaveOffice(AppointmentRef holding, LocalDate lastDay) {
            tree.leaveOffice(holding, lastDay);
        }

        @Override
        public AppointmentRef appoint(Appointment appointment) {
            return tree.appoint(appointment);
        }

        @Override
        public void endAppointment(AppointmentRef appointment, LocalDate lastDay) {
            tree.endAppointment(appointment, lastDay);
        }

        @Override
        public AppointmentRef recommend(Recommendation recommendation) {
            return tree.recommend(recommendation);
        }

        @Override
        public void linkClass(OrgId org, ClassId classId, LocalDate from) {
            tree.linkClass(org, classId, from);
        }

        @Override
        public AppointmentRef send(InSiteMessage message) {
            return tree.send(message);
        }

        @Override
        public List<InSiteMessage> inbox(PersonId person) {
            return tree.inbox(person);
        }

        @Override
        public List<CharterViolation> validate(LocalDate date) {
            return tree.validate(date);
        }

        @Override
        public Space space(OrgId org) {
            return tree.space(org);
        }

        @Override
        public long version() {
            return tree.version();
        }
    }
}

package edu.yiban.org.tree;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.space.Space;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The YiBan organisation (易班组织机构) of a campus, kept on the ledger stream {@code organisation} so its
 * history is kept and verifiable, and checked against a {@link Charter}: its nodes (the school leading
 * group, the development centre, the student work station, each college's group and sub-station,
 * teacher-run groups, the role model workshop, culture studios), the campus offices people hold, the
 * appointments with their terms of office, the colleges' recommendations to the station, links to class
 * spaces and in-site messages. Every node has its own online space.
 *
 * <p>A change that breaks a hard rule of the charter is refused ({@link edu.yiban.org.tree.CharterException})
 * and writes nothing; rules of completeness (a slot still short of its minimum, a college without its
 * sub-station) are reported by {@link #validate(LocalDate)}, since an organisation is built up step by step.
 *
 * <pre>{@code
 * OrganisationTree tree = organisation.tree();
 * tree.found(OrgUnit.of(centre, OrgKind.DEVELOPMENT_CENTRE, "易班发展中心", group, null, day), founder);
 * tree.takeOffice(OfficeHolding.of(head, Office.head(Department.STUDENT_AFFAIRS), day));
 * tree.appoint(Appointment.of(centre, head, Position.DIRECTOR, day).concurrently());
 * List<Appointed> onStation = tree.at(LocalDate.of(2023, 3, 1)).appointments(station);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface OrganisationTree {

    /** The charter the tree is checked against. */
    Charter charter();

    /**
     * Sets up a node and opens its online space, with {@code founder} as the space's first admin.
     *
     * @throws edu.yiban.org.tree.CharterException if the charter does not allow the kind, its place or another node of it
     */
    OrgUnit found(OrgUnit unit, PersonId founder);

    /** Dissolves a node after {@code lastDay}; its appointments end with it. */
    void dissolve(OrgId org, LocalDate lastDay);

    /** Records that a person holds a campus office from a day on. */
    AppointmentRef takeOffice(OfficeHolding holding);

    /** Records the last day of an office holding. */
    void leaveOffice(AppointmentRef holding, LocalDate lastDay);

    /**
     * Appoints a person to a position of a node.
     *
     * @throws edu.yiban.org.tree.CharterException if the appointment breaks a hard rule on its first day
     */
    AppointmentRef appoint(Appointment appointment);

    /** Records the last day of an appointment. */
    void endAppointment(AppointmentRef appointment, LocalDate lastDay);

    /** Records a college's recommendation of a student to a node (择优推荐). */
    AppointmentRef recommend(Recommendation recommendation);

    /** Links a node to a class, whose class network space it works with. */
    void linkClass(OrgId org, ClassId classId, LocalDate from);

    /** Sends an in-site message (站内信) from a node, by someone holding a position in it. */
    AppointmentRef send(InSiteMessage message);

    /** The in-site messages sent to {@code person}, oldest first. */
    List<InSiteMessage> inbox(PersonId person);

    /** The organisation as it stood on {@code date}. */
    OrgSnapshot at(LocalDate date);

    /** Every way the organisation breaks its charter on {@code date}, hard and soft rules, in a stable order. */
    List<CharterViolation> validate(LocalDate date);

    /** The online space of node {@code org}. */
    Space space(OrgId org);

    /** The version of the {@code organisation} stream. */
    long version();
}

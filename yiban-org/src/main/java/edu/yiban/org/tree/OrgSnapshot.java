package edu.yiban.org.tree;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The organisation as it stood on one day: the nodes that existed, the appointments and offices held,
 * the recommendations made so far and the class links. An immutable value; "who was on the station on
 * 2023-03-01?" is {@code tree.at(LocalDate.of(2023, 3, 1)).appointments(station)}.
 *
 * <p>The organisation shows as it stood and as it was planned that day: an appointment still held shows
 * the term it was given, even if a later record cut it short, so that a snapshot of a day equals the
 * one rebuilt from the records written up to that day.
 *
 * @param date            the day
 * @param units           the nodes that existed, by code
 * @param appointments    the appointments held, in the order they were made
 * @param offices         the campus offices held, in the order they were taken
 * @param recommendations the recommendations made up to the day and not withdrawn, in order
 * @param classLinks      the links from nodes to classes (and their class spaces), in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OrgSnapshot(LocalDate date, List<OrgUnit> units, List<Appointed> appointments, List<HeldOffice> offices,
                          List<Recommendation> recommendations, List<ClassLink> classLinks) {

    /** An appointment with its name. */
    public record Appointed(AppointmentRef ref, Appointment appointment) {
        public Appointed {
            Objects.requireNonNull(ref, "ref is null");
            Objects.requireNonNull(appointment, "appointment is null");
        }
    }

    /** An office holding with its name. */
    public record HeldOffice(AppointmentRef ref, OfficeHolding holding) {
        public HeldOffice {
            Objects.requireNonNull(ref, "ref is null");
            Objects.requireNonNull(holding, "holding is null");
        }
    }

    /** A node's link to a class, whose class network space it works with, from a day on. */
    public record ClassLink(OrgId org, ClassId classId, LocalDate from) {
        public ClassLink {
            Objects.requireNonNull(org, "org is null");
            Objects.requireNonNull(classId, "classId is null");
            Objects.requireNonNull(from, "from is null");
        }
    }

    public OrgSnapshot {
        Objects.requireNonNull(date, "date is null");
        units = List.copyOf(units);
        appointments = List.copyOf(appointments);
        offices = List.copyOf(offices);
        recommendations = List.copyOf(recommendations);
        classLinks = List.copyOf(classLinks);
    }

    /** The node {@code id}, if it existed. */
    public Optional<OrgUnit> unit(OrgId id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The nodes of {@code kind}. */
    public List<OrgUnit> units(OrgKind kind) {
        return units.stream().filter(u -> u.kind().equals(kind)).toList();
    }

    /** The nodes of {@code kind} in {@code college}. */
    public List<OrgUnit> units(OrgKind kind, CollegeId college) {
        return units.stream().filter(u -> u.kind().equals(kind) && u.college().filter(college::equals).isPresent()).toList();
    }

    /** The nodes directly under {@code parent}. */
    public List<OrgUnit> children(OrgId parent) {
        return units.stream().filter(u -> u.parent().filter(parent::equals).isPresent()).toList();
    }

    /** The nodes at the top (under nothing). */
    public List<OrgUnit> roots() {
        return units.stream().filter(u -> u.parent().isEmpty()).toList();
    }

    /** The appointments held in {@code org}. */
    public List<Appointed> appointments(OrgId org) {
        return appointments.stream().filter(a -> a.appointment().org().equals(org)).toList();
    }

    /** The appointments {@code person} held. */
    public List<Appointed> appointmentsOf(PersonId person) {
        return appointments.stream().filter(a -> a.appointment().person().equals(person)).toList();
    }

    /** The offices {@code person} held. */
    public List<Office> officesOf(PersonId person) {
        return offices.stream().filter(o -> o.holding().person().equals(person)).map(o -> o.holding().office()).toList();
    }

    /** Whether {@code person} held {@code office}. */
    public boolean holds(PersonId person, Office office) {
        return offices.stream().anyMatch(o -> o.holding().person().equals(person) && o.holding().office().equals(office));
    }

    /** Whether a college had recommended {@code person} to {@code org}. */
    public boolean recommended(OrgId org, PersonId person) {
        return recommendations.stream().anyMatch(r -> r.org().equals(org) && r.student().equals(person));
    }

    /** The recommendations to {@code org}. */
    public List<Recommendation> recommendationsTo(OrgId org) {
        return recommendations.stream().filter(r -> r.org().equals(org)).toList();
    }

    /** The classes {@code org} was linked to. */
    public List<ClassId> classes(OrgId org) {
        return classLinks.stream().filter(l -> l.org().equals(org)).map(ClassLink::classId).toList();
    }
}

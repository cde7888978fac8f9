package edu.yiban.org.internal.tree;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.access.Access;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Subject;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.InSiteMessage;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.Recommendation;
import java.time.LocalDate;

/** The records of the {@code organisation} stream. */
sealed interface OrgEvent {

    /** A node was founded by {@code founder}. */
    record UnitFounded(OrgUnit unit, PersonId founder) implements OrgEvent {
    }

    /** A node was dissolved, {@code lastDay} its last day. */
    record UnitDissolved(OrgId org, LocalDate lastDay) implements OrgEvent {
    }

    /** A person took a campus office. */
    record OfficeTaken(OfficeHolding holding) implements OrgEvent {
    }

    /** The office holding made by record {@code holding} ended, {@code lastDay} its last day. */
    record OfficeLeft(long holding, LocalDate lastDay) implements OrgEvent {
    }

    /** A person was appointed to a position in a node. */
    record Appointed(Appointment appointment) implements OrgEvent {
    }

    /** The appointment made by record {@code appointment} ended early, {@code lastDay} its last day. */
    record AppointmentEnded(long appointment, LocalDate lastDay) implements OrgEvent {
    }

    /** A college recommended a student to a node. */
    record StudentRecommended(Recommendation recommendation) implements OrgEvent {
    }

    /** A node was linked to a class from {@code from} on. */
    record ClassLinked(OrgId org, ClassId classId, LocalDate from) implements OrgEvent {
    }

    /** An in-site message was sent from a node. */
    record MessageSent(InSiteMessage message) implements OrgEvent {
    }

    /** The codec of these records, with their stable type names. */
    static RecordCodec<OrgEvent> codec(ObjectMapper mapper, Access access) {
        return RecordCodec.builder(OrgEvent.class, mapper)
                .admission((stream, event) -> access.check(Action.ORG_CHANGE, Subject.campus()))
                .add("org.unit-founded", UnitFounded.class)
                .add("org.unit-dissolved", UnitDissolved.class)
                .add("org.office-taken", OfficeTaken.class)
                .add("org.office-left", OfficeLeft.class)
                .add("org.appointed", Appointed.class)
                .add("org.appointment-ended", AppointmentEnded.class)
                .add("org.student-recommended", StudentRecommended.class)
                .add("org.class-linked", ClassLinked.class)
                .add("org.message-sent", MessageSent.class)
                .build();
    }
}

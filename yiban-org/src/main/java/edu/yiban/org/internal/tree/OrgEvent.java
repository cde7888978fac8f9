package edu.yiban.org.internal.tree;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.RecordCodec;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.InSiteMessage;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.Recommendation;
import java.time.LocalDate;

/** The records of the {@code organisation} stream. */
public sealed interface OrgEvent {

    record UnitFounded(OrgUnit unit, PersonId founder) implements OrgEvent {
    }

    record UnitDissolved(OrgId org, LocalDate lastDay) implements OrgEvent {
    }

    record OfficeTaken(OfficeHolding holding) implements OrgEvent {
    }

    record OfficeLeft(long holding, LocalDate lastDay) implements OrgEvent {
    }

    record Appointed(Appointment appointment) implements OrgEvent {
    }

    record AppointmentEnded(long appointment, LocalDate lastDay) implements OrgEvent {
    }

    record StudentRecommended(Recommendation recommendation) implements OrgEvent {
    }

    record ClassLinked(OrgId org, ClassId classId, LocalDate from) implements OrgEvent {
    }

    record MessageSent(InSiteMessage message) implements OrgEvent {
    }

    static RecordCodec<OrgEvent> codec(ObjectMapper mapper) {
        return RecordCodec.builder(OrgEvent.class, mapper)
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

package edu.yiban.core.internal.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.directory.Major;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.StatusChange;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.append.RecordCodec;
import java.time.LocalDate;

/** The records of the {@code directory} stream. */
sealed interface DirectoryEvent {

    record CollegeAdded(College college) implements DirectoryEvent {
    }

    record MajorAdded(Major major) implements DirectoryEvent {
    }

    record TermDeclared(Term term) implements DirectoryEvent {
    }

    record ClassAdded(AdminClass adminClass) implements DirectoryEvent {
    }

    record PersonRegistered(Person person) implements DirectoryEvent {
    }

    record RoleGranted(PersonId person, Role role, LocalDate date) implements DirectoryEvent {
    }

    record RoleRevoked(PersonId person, Role role, LocalDate date) implements DirectoryEvent {
    }

    record StudentEnrolled(Enrolment enrolment) implements DirectoryEvent {
    }

    record StatusChanged(StudentNo student, StatusChange change) implements DirectoryEvent {
    }

    record StudentTransferred(StudentNo student, ClassId to, LocalDate date) implements DirectoryEvent {
    }

    record CounsellorAssigned(ClassId classId, PersonId counsellor, LocalDate date) implements DirectoryEvent {
    }

    record CadreAppointed(ClassId classId, CadrePost post, StudentNo student, LocalDate date) implements DirectoryEvent {
    }

    record CadreRelieved(ClassId classId, CadrePost post, LocalDate date) implements DirectoryEvent {
    }

    record ParentLinked(PersonId parent, StudentNo student) implements DirectoryEvent {
    }

    /** The codec of these records, with their stable type names. */
    static RecordCodec<DirectoryEvent> codec(ObjectMapper mapper, RecordCodec.Admission<DirectoryEvent> admission) {
        return RecordCodec.builder(DirectoryEvent.class, mapper)
                .add("directory.college-added", CollegeAdded.class)
                .add("directory.major-added", MajorAdded.class)
                .add("directory.term-declared", TermDeclared.class)
                .add("directory.class-added", ClassAdded.class)
                .add("directory.person-registered", PersonRegistered.class)
                .add("directory.role-granted", RoleGranted.class)
                .add("directory.role-revoked", RoleRevoked.class)
                .add("directory.student-enrolled", StudentEnrolled.class)
                .add("directory.status-changed", StatusChanged.class)
                .add("directory.student-transferred", StudentTransferred.class)
                .add("directory.counsellor-assigned", CounsellorAssigned.class)
                .add("directory.cadre-appointed", CadreAppointed.class)
                .add("directory.cadre-relieved", CadreRelieved.class)
                .add("directory.parent-linked", ParentLinked.class)
                .admission(admission)
                .build();
    }
}

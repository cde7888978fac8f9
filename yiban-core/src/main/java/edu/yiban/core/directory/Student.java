package edu.yiban.core.directory;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A student as the directory holds them: identity, classes over time and status over time.
 *
 * @param person     their campus identity
 * @param studentNo  their 学号
 * @param name       their name
 * @param placements the classes they were placed in, oldest first; the first is from enrolment
 * @param statuses   their status changes, oldest first; the first is {@link StudentStatus#STUDYING} on enrolment
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Student(PersonId person, StudentNo studentNo, String name, List<Placement> placements, List<StatusChange> statuses) {
    public Student {
        Objects.requireNonNull(person, "person is null");
        Objects.requireNonNull(studentNo, "studentNo is null");
        Objects.requireNonNull(name, "name is null");
        placements = List.copyOf(placements);
        statuses = List.copyOf(statuses);
        if (placements.isEmpty() || statuses.isEmpty()) {
            throw new IllegalArgumentException("a student has a class and a status from enrolment");
        }
    }

    /** The day of enrolment. */
    public LocalDate enrolledOn() {
        return statuses.get(0).date();
    }

    /** The current class. */
    public ClassId classId() {
        return placements.get(placements.size() - 1).classId();
    }

    /** The class on {@code date} (the first class before enrolment). */
    public ClassId classOn(LocalDate date) {
        ClassId found = placements.get(0).classId();
        for (Placement p : placements) {
            if (!p.from().isAfter(date)) {
                found = p.classId();
            }
        }
        return found;
    }

    /** The current status. */
    public StudentStatus status() {
        return statuses.get(statuses.size() - 1).status();
    }

    /** The status on {@code date}, or empty before enrolment. */
    public Optional<StudentStatus> statusOn(LocalDate date) {
        StudentStatus found = null;
        for (StatusChange change : statuses) {
            if (!change.date().isAfter(date)) {
                found = change.status();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The day they withdrew or graduated, if they have. */
    public Optional<LocalDate> leftOn() {
        StatusChange last = statuses.get(statuses.size() - 1);
        return last.status().isFinal() ? Optional.of(last.date()) : Optional.empty();
    }

    /** Whether the student was on the register (enrolled and not yet gone) on some day of {@code from .. to}. */
    public boolean registeredDuring(LocalDate from, LocalDate to) {
        return !enrolledOn().isAfter(to) && leftOn().map(left -> !left.isBefore(from)).orElse(true);
    }

    /** The same student after {@code change}. */
    public Student with(StatusChange change) {
        List<StatusChange> more = new ArrayList<>(statuses);
        more.add(change);
        return new Student(person, studentNo, name, placements, more);
    }

    /** The same student after moving to {@code placement}. */
    public Student with(Placement placement) {
        List<Placement> more = new ArrayList<>(placements);
        more.add(placement);
        return new Student(person, studentNo, name, more, statuses);
    }
}

package edu.yiban.core.directory;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A student's enrolment (入学): who, under which 学号, into which class, on which day. A person the
 * directory does not know yet is registered by it.
 *
 * @param person    the student's campus identity
 * @param studentNo their 学号
 * @param name      their name
 * @param classId   the administrative class they join
 * @param date      the day of enrolment
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Enrolment(
        @NotNull PersonId person,
        @NotNull StudentNo studentNo,
        @NotBlank @Size(max = 64) String name,
        @NotNull ClassId classId,
        @NotNull LocalDate date) {

    /** An enrolment whose campus identity is the 学号 itself, as on most campuses. */
    public static Enrolment of(StudentNo studentNo, String name, ClassId classId, LocalDate date) {
        return new Enrolment(PersonId.of(studentNo.value()), studentNo, name, classId, date);
    }
}

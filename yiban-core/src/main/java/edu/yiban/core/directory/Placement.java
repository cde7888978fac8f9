package edu.yiban.core.directory;

import edu.yiban.core.id.ClassId;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A student's place in a class from a day on: at enrolment, and again at each transfer (转班, 转专业).
 *
 * @param classId the class
 * @param from    the first day in it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Placement(ClassId classId, LocalDate from) {
    public Placement {
        Objects.requireNonNull(classId, "classId is null");
        Objects.requireNonNull(from, "from is null");
    }
}

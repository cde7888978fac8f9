package edu.yiban.core.directory;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.StudentNo;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A student holding a cadre post in a class (学生干部), from a day on.
 *
 * @param classId the class
 * @param post    the post
 * @param student who holds it
 * @param from    since when
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Cadre(ClassId classId, CadrePost post, StudentNo student, LocalDate from) {
    public Cadre {
        Objects.requireNonNull(classId, "classId is null");
        Objects.requireNonNull(post, "post is null");
        Objects.requireNonNull(student, "student is null");
        Objects.requireNonNull(from, "from is null");
    }
}

package edu.yiban.core.directory;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * A major (专业) taught by one college.
 *
 * @param id      the major's code
 * @param college the college that teaches it
 * @param name    its Chinese name, e.g. 小学教育
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Major(@NotNull MajorId id, @NotNull CollegeId college, @NotBlank @Size(max = 64) String name) {
}

package edu.yiban.core.directory;

import edu.yiban.core.id.CollegeId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A college (学院), the second-level unit that runs its own YiBan leading group and work sub-station.
 *
 * @param id     the college's code
 * @param name   its Chinese name, e.g. 数学与统计学院
 * @param nameEn its English name, where it has one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record College(@NotNull CollegeId id, @NotBlank @Size(max = 64) String name, Optional<@Size(max = 128) String> nameEn) {
    public College {
        nameEn = nameEn == null ? Optional.empty() : nameEn;
    }

    /** A college with a Chinese name only. */
    public College(CollegeId id, String name) {
        this(id, name, Optional.empty());
    }
}

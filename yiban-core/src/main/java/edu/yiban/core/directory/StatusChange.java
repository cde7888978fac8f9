package edu.yiban.core.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A change of a student's status, from {@code date} on.
 *
 * @param status the new status
 * @param date   the day it takes effect
 * @param reason why, as the registry writes it (may be empty)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StatusChange(@NotNull StudentStatus status, @NotNull LocalDate date, @NotNull @Size(max = 200) String reason) {
    /** A change with no reason written. */
    public StatusChange(StudentStatus status, LocalDate date) {
        this(status, date, "");
    }
}

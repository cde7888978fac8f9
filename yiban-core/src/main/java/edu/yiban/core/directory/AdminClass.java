package edu.yiban.core.directory;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * An administrative class (行政班, 班级): the offline class a student belongs to, with its counsellor
 * and cadres, and its online twin, the class network space (班级网络空间).
 *
 * @param id      the class's code
 * @param name    its name as campus writes it, e.g. 2022级小学教育1班
 * @param college its college
 * @param major   its major, taught by that college
 * @param cohort  its cohort (年级)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AdminClass(
        @NotNull ClassId id,
        @NotBlank @Size(max = 64) String name,
        @NotNull CollegeId college,
        @NotNull MajorId major,
        @NotNull Cohort cohort) {
}

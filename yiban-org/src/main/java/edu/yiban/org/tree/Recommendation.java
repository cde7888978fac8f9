package edu.yiban.org.tree;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A college's recommendation of a student to a node (各学院择优推荐), e.g. to the student work station,
 * with the college's rank for them (1 = first choice).
 *
 * @param org     the node recommended to
 * @param college the recommending college
 * @param student the student
 * @param rank    the college's order of preference, from 1
 * @param date    the day of recommendation
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Recommendation(@NotNull OrgId org, @NotNull CollegeId college, @NotNull PersonId student,
                             @Min(1) int rank, @NotNull LocalDate date) {
}

package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.validation.Checks;
import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an allocation policy may weigh of one college: its students and, where the school has one, its
 * YiBan construction evaluation score (易班建设评价得分).
 *
 * @param college  the college
 * @param students its studying students (在读, 复学), not negative
 * @param score    its evaluation score, not negative, where given (held without trailing zeros)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CollegeFigures(CollegeId college, int students, Optional<BigDecimal> score) {
    public CollegeFigures {
        OrgChecks.required(college, "college");
        Checks.inRange(students, "students", 0, Integer.MAX_VALUE, OrgChecks.label("students"));
        score = score == null ? Optional.empty() : score.map(s -> BudgetRules.notNegative(s, "score"));
    }

    /** Figures without a score. */
    public CollegeFigures(CollegeId college, int students) {
        this(college, students, Optional.empty());
    }
}

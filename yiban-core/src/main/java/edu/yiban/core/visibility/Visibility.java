package edu.yiban.core.visibility;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.internal.CoreMessages;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.validation.Checks;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which audiences may see an archive entry. The student always may: a visibility without
 * {@link Audience#STUDENT} is refused. A viewer sees the entry when at least one of their relations
 * to the student is in the set (and everyone is {@link Audience#PUBLIC}).
 *
 * <pre>{@code
 * Visibility.CAMPUS            // the student, their counsellor, college and school
 * Visibility.FAMILY            // CAMPUS and the student's parents
 * Visibility.of(Audience.STUDENT, Audience.COUNSELLOR)
 * }</pre>
 *
 * @param audiences who may see the entry; held in {@link Audience} order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Visibility(Set<Audience> audiences) {
    /** The student and the campus staff responsible for them: counsellor, college, school. */
    public static final Visibility CAMPUS = of(Audience.STUDENT, Audience.COUNSELLOR, Audience.COLLEGE, Audience.SCHOOL);
    /** {@link #CAMPUS} and the student's parents. */
    public static final Visibility FAMILY = of(Audience.STUDENT, Audience.PARENT, Audience.COUNSELLOR, Audience.COLLEGE, Audience.SCHOOL);
    /** Everyone. */
    public static final Visibility PUBLIC = new Visibility(EnumSet.allOf(Audience.class));

    public Visibility {
        Checks.required(audiences, "visibility", IdRules.label("visibility"));
        if (audiences.contains(null)) {
            throw InvalidInputException.of("visibility", CoreMessages.BUNDLE.text("check.required", IdRules.label("visibility")));
        }
        if (!audiences.contains(Audience.STUDENT)) {
            throw InvalidInputException.of("visibility", CoreMessages.BUNDLE.text("visibility.student"));
        }
        audiences = Collections.unmodifiableSet(EnumSet.copyOf(audiences));
    }

    /** The visibility to exactly these audiences (which must include the student). */
    public static Visibility of(Audience... audiences) {
        return new Visibility(audiences.length == 0 ? EnumSet.noneOf(Audience.class) : EnumSet.of(audiences[0], audiences));
    }

    /** Whether a viewer with these relations to the student may see the entry. */
    public boolean allows(Set<Audience> relations) {
        if (audiences.contains(Audience.PUBLIC)) {
            return true;
        }
        for (Audience relation : relations) {
            if (audiences.contains(relation)) {
                return true;
            }
        }
        return false;
    }

    /** The set as a bit mask, bit {@code a.ordinal()} for each audience {@code a}; for compact projections. */
    public int mask() {
        int mask = 0;
        for (Audience audience : audiences) {
            mask |= 1 << audience.ordinal();
        }
        return mask;
    }
}

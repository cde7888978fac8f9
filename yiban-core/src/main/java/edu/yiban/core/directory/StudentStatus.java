package edu.yiban.core.directory;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A student's status (学籍状态) from enrolment to graduation. The allowed changes:
 * <pre>
 * STUDYING  → SUSPENDED | WITHDRAWN | GRADUATED
 * SUSPENDED → RESUMED | WITHDRAWN
 * RESUMED   → SUSPENDED | WITHDRAWN | GRADUATED
 * WITHDRAWN, GRADUATED: final
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum StudentStatus {
    /** 在读: studying, from enrolment. */
    STUDYING,
    /** 休学: suspended for a while. */
    SUSPENDED,
    /** 复学: back to study after a suspension. */
    RESUMED,
    /** 退学: withdrawn for good. */
    WITHDRAWN,
    /** 毕业: graduated. */
    GRADUATED;

    /** The statuses this one may change to. */
    public Set<StudentStatus> next() {
        return switch (this) {
            case STUDYING, RESUMED -> EnumSet.of(SUSPENDED, WITHDRAWN, GRADUATED);
            case SUSPENDED -> EnumSet.of(RESUMED, WITHDRAWN);
            case WITHDRAWN, GRADUATED -> EnumSet.noneOf(StudentStatus.class);
        };
    }

    /** Whether a student with this status is studying (在读 or 复学). */
    public boolean isStudying() {
        return this == STUDYING || this == RESUMED;
    }

    /** Whether the student has left for good (退学 or 毕业). */
    public boolean isFinal() {
        return this == WITHDRAWN || this == GRADUATED;
    }

    /** The status's name for people, e.g. 休学 / suspended. */
    public Text label() {
        return CoreMessages.BUNDLE.text("status." + name().toLowerCase(Locale.ROOT));
    }
}

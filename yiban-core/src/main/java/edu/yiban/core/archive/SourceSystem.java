package edu.yiban.core.archive;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.internal.rules.Vocabulary;
import org.apiguardian.api.API;

/**
 * The campus system an archive entry came from. An open vocabulary: the constants are the usual
 * sources; a campus names its own with lower-case letters, digits and '-'.
 *
 * @param code the system's code, e.g. {@code academic-affairs}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SourceSystem(String code) implements Comparable<SourceSystem> {
    /** 教务系统: the academic affairs system (grades, courses). */
    public static final SourceSystem ACADEMIC_AFFAIRS = new SourceSystem("academic-affairs");
    /** 学工系统: the student affairs system (awards, sanctions, aid). */
    public static final SourceSystem STUDENT_AFFAIRS = new SourceSystem("student-affairs");
    /** 团委 / 第二课堂: the youth league's system (volunteer hours, activities). */
    public static final SourceSystem YOUTH_LEAGUE = new SourceSystem("youth-league");
    /** 易班平台: the YiBan platform itself. */
    public static final SourceSystem YIBAN = new SourceSystem("yiban");
    /** 人工录入: entered by hand by a member of staff. */
    public static final SourceSystem MANUAL = new SourceSystem("manual");

    public SourceSystem {
        IdRules.check(code, "source", IdRules.VOCABULARY, "vocabulary");
    }

    /** The system with {@code code}. */
    public static SourceSystem of(String code) {
        return new SourceSystem(code);
    }

    /** The system's name for people; a campus's own codes show as themselves. */
    public Text label() {
        return Vocabulary.label("source", code);
    }

    @Override
    public int compareTo(SourceSystem other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

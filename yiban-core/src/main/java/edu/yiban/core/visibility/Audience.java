package edu.yiban.core.visibility;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Who may look at a student's growth archive entry, by their relation to the student. The seed asks
 * that parents and society can follow a student's growth (让家长和社会了解学生成长); each entry says
 * which of these audiences may see it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Audience {
    /** The student themself (本人). Every entry is visible to its student. */
    STUDENT,
    /** A parent or guardian linked to the student (家长). */
    PARENT,
    /** The counsellor of the student's class (辅导员). */
    COUNSELLOR,
    /** Staff of the student's college (学院). */
    COLLEGE,
    /** School leaders and staff of the school's departments (学校). */
    SCHOOL,
    /** Anyone, signed in or not (社会公众). */
    PUBLIC;

    /** The audience's name for people, e.g. 家长 / parent. */
    public Text label() {
        return CoreMessages.BUNDLE.text("audience." + name().toLowerCase(Locale.ROOT));
    }
}

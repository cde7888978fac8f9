package edu.yiban.core.archive;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** The five dimensions of a student's all-round development (德智体美劳) that evaluation scores. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Dimension {
    /** 德: moral character, conduct, service. */
    MORAL,
    /** 智: academic study. */
    INTELLECTUAL,
    /** 体: physical health and sport. */
    PHYSICAL,
    /** 美: aesthetics and the arts. */
    AESTHETIC,
    /** 劳: labour and practice. */
    LABOUR;

    /** The dimension's name for people, e.g. 德 / moral. */
    public Text label() {
        return CoreMessages.BUNDLE.text("dimension." + name().toLowerCase(Locale.ROOT));
    }
}

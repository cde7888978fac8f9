package edu.yiban.core.privacy;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.util.Locale;
import org.apiguardian.api.API;

/** Why a person's personal details were erased. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ErasureReason {
    /** The person asked for it (个人信息删除请求, PIPL Art. 47), through {@link PersonalData#erase}. */
    SUBJECT_REQUEST,
    /** Their retention period ended (保存期限届满), through {@link PersonalData#applyRetention}. */
    RETENTION;

    /** The reason's name for people. */
    public Text label() {
        return CoreMessages.BUNDLE.text("personal.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}

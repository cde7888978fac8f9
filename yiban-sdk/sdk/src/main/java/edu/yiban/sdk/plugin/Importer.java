package edu.yiban.sdk.plugin;

import edu.yiban.core.i18n.Bilingual;
import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * Brings data from another campus system into YiBan Kit (导入): a roster, grades, volunteer hours. An
 * import is all-or-nothing where the library's writes allow it (the archives' {@code recordAll}, the
 * directory's {@code enrolAll}); bad input is refused naming its row.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Importer {

    /** A stable id, unique among importers. */
    String id();

    /** Its name, for people. */
    Bilingual name();

    /** Reads {@code in} into {@code yiban}; returns how many records it wrote. */
    int importFrom(InputStream in, RuntimeView yiban) throws IOException;
}

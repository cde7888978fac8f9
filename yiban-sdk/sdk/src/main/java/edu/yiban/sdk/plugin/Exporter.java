package edu.yiban.sdk.plugin;

import edu.yiban.core.i18n.Bilingual;
import java.io.IOException;
import java.io.OutputStream;
import org.apiguardian.api.API;

/**
 * Takes data out of YiBan Kit for another campus system (导出): results for the student affairs system, a
 * report for the league. National ID and phone numbers stay masked unless an export is asked for them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Exporter {

    /** A stable id, unique among exporters. */
    String id();

    /** Its name, for people. */
    Bilingual name();

    /** The media type it writes, e.g. {@code text/csv}. */
    String mediaType();

    /** Writes what it exports from {@code yiban} to {@code out}. */
    void exportTo(RuntimeView yiban, OutputStream out) throws IOException;
}

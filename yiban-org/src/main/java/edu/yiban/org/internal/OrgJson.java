package edu.yiban.org.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.org.json.YibanOrgModule;
import org.apiguardian.api.API;

/**
 * The organisation module's one canonical mapper ({@link YibanOrgModule#newMapper()}), shared by its
 * streams, presets and charts. A configured mapper is safe to share between threads and costly to build,
 * so it is built once; nothing may configure it further.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class OrgJson {
    /** The canonical mapper with the core and organisation modules. */
    public static final ObjectMapper MAPPER = YibanOrgModule.newMapper();

    private OrgJson() {
    }
}

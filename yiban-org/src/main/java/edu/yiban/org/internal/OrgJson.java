package edu.yiban.org.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.org.json.YibanOrgModule;

/**
 * The organisation module's one canonical mapper ({@link YibanOrgModule#newMapper()}), shared by its
 * streams, presets and charts. A configured mapper is safe to share between threads and costly to build,
 * so it is built once; nothing may configure it further.
 */
public final class OrgJson {
    /** The canonical mapper with the core and organisation modules. */
    public static final ObjectMapper MAPPER = YibanOrgModule.newMapper();

    private OrgJson() {
    }
}

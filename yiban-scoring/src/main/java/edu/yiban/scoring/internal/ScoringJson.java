package edu.yiban.scoring.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import java.io.InputStream;

/**
 * The scoring module's JSON: the canonical mapper (core, organisation and scoring modules), made once and
 * shared, and the reading of presets from a stream.
 */
public final class ScoringJson {
    private ScoringJson() {
    }

    /** The canonical scoring mapper, shared (made on first use, after the module classes are loaded). */
    public static ObjectMapper mapper() {
        return Holder.JSON;
    }

    /**
     * A {@code type} read from {@code json}, not yet checked; the stream is closed. Malformed JSON, an unknown
     * field or a value a type refuses is an {@link edu.yiban.core.InvalidInputException} naming the JSON path.
     */
    public static <T> T read(InputStream json, Class<T> type) {
        return YibanJson.read(mapper(), json, type);
    }

    private static final class Holder {
        static final ObjectMapper JSON = YibanScoringModule.newMapper();
    }
}

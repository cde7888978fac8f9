package edu.yiban.org.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import java.io.InputStream;
import org.apiguardian.api.API;

/** Reading the organisation module's presets from JSON: a mapper that knows the preset's types, then Bean Validation. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Presets {
    private Presets() {
    }

    /**
     * Reads a {@code type} from {@code json} with {@code mapper} and checks it. A refusal is an
     * {@link edu.yiban.core.error.InvalidInputException} naming the JSON path; the stream is closed.
     */
    public static <T> T read(ObjectMapper mapper, InputStream json, Class<T> type) {
        return OrgMessages.validator().check(YibanJson.read(mapper, json, type));
    }
}

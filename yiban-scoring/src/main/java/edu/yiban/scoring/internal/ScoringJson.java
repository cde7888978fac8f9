package edu.yiban.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import java.io.IOException;
import java.io.InputStream;
import org.apiguardian.api.API;

/**
 * The scoring module's JSON: the canonical mapper (core, organisation and scoring modules), made once and
 * shared, and the reading of presets from a stream, checked first against the type's shipped JSON Schema
 * ({@code SchemaCheck}).
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ScoringJson {
    private ScoringJson() {
    }

    /** The canonical scoring mapper, shared (made on first use, after the module classes are loaded). */
    public static ObjectMapper mapper() {
        return Holder.JSON;
    }

    /**
     * A {@code type} read from {@code json}, not yet checked; the stream is closed. Malformed JSON, an unknown
     * field or a value a type refuses is an {@link edu.yiban.core.error.InvalidInputException} naming the JSON path.
     */
    public static <T> T read(InputStream json, Class<T> type) {
        return YibanJson.read(mapper(), YibanJson.bytes(json, type), type);
    }

    /**
     * A {@code type} read from {@code json} as {@link #read(InputStream, Class)} reads it, but first checked
     * against the type's shipped JSON Schema {@code schema} (rule sets, indicator systems, grade scales, award
     * policies, college rules), and nothing is read when it does not fit: every fault of the document (an unknown
     * field, with the valid ones; a missing field; a wrong type; a value or a {@code "type"} outside its list; too
     * many items; too long a text) is one violation of one {@link edu.yiban.core.error.InvalidInputException}, at its JSON
     * path, e.g. {@code rules[0].method.rows[2].points}. Such a document may name its schema for an editor in a
     * top-level {@code "$schema"} member ({@link DocumentSchema#SCHEMA_MEMBER}), which is read past.
     */
    public static <T> T read(InputStream json, Class<T> type, DocumentSchema schema) {
        byte[] bytes = YibanJson.bytes(json, type);
        JsonNode document;
        try {
            document = mapper().readTree(bytes);
        } catch (IOException malformed) {
            document = null; // the reading below names the fault as it always has
        }
        if (document != null && !document.isMissingNode()) {
            SchemaCheck.check(document, schema);
            if (document instanceof ObjectNode top && top.has(DocumentSchema.SCHEMA_MEMBER)) {
                // "$schema" names the schema for an editor; it is no field of the type
                top.remove(DocumentSchema.SCHEMA_MEMBER);
                bytes = YibanJson.write(mapper(), top);
            }
        }
        return YibanJson.read(mapper(), bytes, type);
    }

    private static final class Holder {
        static final ObjectMapper JSON = YibanScoringModule.newMapper();
    }
}

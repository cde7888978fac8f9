package edu.yiban.scoring.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The scoring module's JSON: the canonical mapper (core, organisation and scoring modules), made once and
 * shared, and the reading of presets — from a stream a caller hands in or from the class path.
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
        Objects.requireNonNull(json, "json is null");
        byte[] bytes;
        try (json) {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + type.getSimpleName() + " JSON", e);
        }
        return YibanJson.read(mapper(), bytes, type);
    }

    /** The preset read from the class-path resource {@code path} (beside {@code anchor}) by {@code read}. */
    public static <T> T resource(Class<?> anchor, String path, Function<InputStream, T> read) {
        InputStream in = anchor.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the preset " + path + " is missing from the class path");
        }
        return read.apply(in);
    }

    private static final class Holder {
        static final ObjectMapper JSON = YibanScoringModule.newMapper();
    }
}

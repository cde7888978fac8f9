package edu.yiban.org.internal;

import edu.yiban.core.json.YibanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;

/** Reading the organisation module's presets from JSON: the canonical mapper, then Bean Validation. */
public final class Presets {
    private Presets() {
    }

    /**
     * Reads a {@code type} from {@code json} and checks it. A refusal is an
     * {@link edu.yiban.core.InvalidInputException} naming the JSON path; the stream is closed.
     */
    public static <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json is null");
        byte[] bytes;
        try (json) {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + type.getSimpleName() + " JSON", e);
        }
        return OrgMessages.validator().check(YibanJson.read(OrgJson.MAPPER, bytes, type));
    }

    /** The preset read from the class-path resource {@code path} (beside {@code anchor}) by {@code read}. */
    public static <T> T resource(Class<?> anchor, String path, Function<InputStream, T> read) {
        InputStream in = anchor.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the preset " + path + " is missing from the class path");
        }
        return read.apply(in);
    }
}

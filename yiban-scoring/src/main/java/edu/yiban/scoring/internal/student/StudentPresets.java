package edu.yiban.scoring.internal.student;

import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.json.YibanScoringModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Function;

/** Reading the students' evaluation presets: the canonical scoring mapper, strict on unknown fields. */
public final class StudentPresets {
    private StudentPresets() {
    }

    /** A {@code type} read from {@code json} (closed afterwards); malformed JSON is an InvalidInputException naming the path. */
    public static <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json is null");
        try (json) {
            return YibanJson.read(YibanScoringModule.newMapper(), json.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + type.getSimpleName() + " JSON", e);
        }
    }

    /** The preset at the class-path resource {@code path}, read by {@code read}. */
    public static <T> T resource(String path, Function<InputStream, T> read) {
        InputStream in = StudentPresets.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the preset " + path + " is missing from the class path");
        }
        return read.apply(in);
    }
}

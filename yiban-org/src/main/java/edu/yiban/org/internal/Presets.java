package edu.yiban.org.internal;

import edu.yiban.core.json.YibanJson;
import edu.yiban.org.json.YibanOrgModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reading presets (charters, recruitment rules…) from JSON streams and class-path resources. */
public final class Presets {
    private Presets() {
    }

    /** Reads {@code json} as a {@code type} and checks its constraints; a bad preset is refused by JSON path. */
    public static <T> T read(InputStream json, Class<T> type) {
        byte[] bytes;
        try {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OrgMessages.validator().check(YibanJson.read(YibanOrgModule.newMapper(), bytes, type));
    }

    /** Reads the class-path resource {@code name} (absolute, e.g. {@code /edu/yiban/org/presets/x.json}) as a {@code type}. */
    public static <T> T resource(String name, Class<T> type) {
        try (InputStream in = Presets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return read(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

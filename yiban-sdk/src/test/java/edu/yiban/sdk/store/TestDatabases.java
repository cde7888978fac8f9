package edu.yiban.sdk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the store tests keep their databases. */
final class TestDatabases {
    private TestDatabases() {
    }

    /** A folder under target/ for H2 files, which {@code mvn clean} removes. */
    static Path scratch() {
        try {
            return Files.createDirectories(Path.of("target", "h2-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package edu.yiban.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the store tests keep their databases: H2 files under target/, and, where the environment names a
 * PostgreSQL database, one schema per store in it, dropped when the test JVM ends.
 */
final class TestDatabases {
    /** The environment variable that names the PostgreSQL test database (.ci/run sets it). */
    static final String POSTGRES_URL = "YIBAN_TEST_PG_URL";
    private static final List<String> SCHEMAS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropSchemas, "drop-test-schemas"));
    }

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

    /** The PostgreSQL test database's URL; the test is skipped where there is none. */
    static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL);
        Assumptions.assumeTrue(url != null && !url.isBlank(), POSTGRES_URL + " names no PostgreSQL database");
        return url;
    }

    /** The URL of a new, empty schema of the PostgreSQL test database. */
    static String newPostgresSchema() {
        String url = postgresUrl();
        String schema = "yiban_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " in the PostgreSQL test database", e);
        }
        synchronized (SCHEMAS) {
            SCHEMAS.add(schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropSchemas() {
        String url = System.getenv(POSTGRES_URL);
        List<String> schemas;
        synchronized (SCHEMAS) {
            schemas = List.copyOf(SCHEMAS);
        }
        if (url == null || schemas.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test schemas " + schemas + ": " + e.getMessage());
        }
    }
}

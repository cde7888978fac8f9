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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the store tests keep their databases: H2 files under target/, and, where the environment names a
 * PostgreSQL database (or this project's machines run one), one schema per store in it, and likewise one database per
 * store on a MariaDB server; all dropped when the test JVM ends.
 */
final class TestDatabases {
    /** The environment variable that names the PostgreSQL test database (.ci/run sets it). */
    static final String POSTGRES_URL = "YIBAN_TEST_PG_URL";
    /** The environment variable that names the MariaDB test database. */
    static final String MARIADB_URL = "YIBAN_TEST_MARIADB_URL";
    /** PostgreSQL as this project's machines run it (../shared/TOOLCHAIN.md), asked where the variable is unset. */
    static final String POSTGRES_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** MariaDB as this project's machines run it, asked where the variable is unset. */
    static final String MARIADB_DEFAULT = "jdbc:mariadb://127.0.0.1:3306/test?user=root";
    private static final Pattern MARIADB_FORM = Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/]+/)([^?]*)(.*)");
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static final List<String> MARIADB_DATABASES = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dropAll(SCHEMAS, TestDatabases::postgres, "DROP SCHEMA IF EXISTS %s CASCADE");
            dropAll(MARIADB_DATABASES, TestDatabases::mariadb, "DROP DATABASE IF EXISTS %s");
        }, "drop-test-schemas"));
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
        return postgres().orElseGet(() -> skip(POSTGRES_URL, POSTGRES_DEFAULT));
    }

    /**
     * The PostgreSQL test database: the one {@value #POSTGRES_URL} names, or else this project's machines' server
     * ({@value #POSTGRES_DEFAULT}) when it answers; none elsewhere.
     */
    static Optional<String> postgres() {
        return server(POSTGRES_URL, POSTGRES_DEFAULT);
    }

    /** The MariaDB test database's URL; the test is skipped where there is none. */
    static String mariadbUrl() {
        return mariadb().orElseGet(() -> skip(MARIADB_URL, MARIADB_DEFAULT));
    }

    /**
     * The MariaDB test database: the one {@value #MARIADB_URL} names, or else this project's machines' server
     * ({@value #MARIADB_DEFAULT}) when it answers; none elsewhere.
     */
    static Optional<String> mariadb() {
        return server(MARIADB_URL, MARIADB_DEFAULT);
    }

    private static Optional<String> server(String variable, String fallback) {
        String url = System.getenv(variable);
        if (url != null && !url.isBlank()) {
            return Optional.of(url);
        }
        return ANSWERS.computeIfAbsent(fallback, TestDatabases::answers) ? Optional.of(fallback) : Optional.empty();
    }

    private static boolean answers(String url) {
        try (Connection c = DriverManager.getConnection(url)) {
            return c.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String skip(String variable, String fallback) {
        return Assumptions.abort(variable + " names no database, and none answers at " + fallback
                + " (this project's machines run one there; see ../shared/TOOLCHAIN.md)");
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

    /** The URL of a new, empty database on the MariaDB test server (MariaDB's schemas are its databases). */
    static String newMariadbDatabase() {
        String url = mariadbUrl();
        String database = "yiban_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on the MariaDB test server", e);
        }
        synchronized (MARIADB_DATABASES) {
            MARIADB_DATABASES.add(database);
        }
        Matcher parts = MARIADB_FORM.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException(MARIADB_URL + " is not jdbc:mariadb://host[:port]/database[?options]: " + url);
        }
        return parts.group(1) + database + parts.group(3);
    }

    /** Drops what the tests made on a server, by {@code drop} of each name (nothing where the server is gone). */
    private static void dropAll(List<String> made, Supplier<Optional<String>> server, String drop) {
        List<String> names;
        synchronized (made) {
            names = List.copyOf(made);
        }
        Optional<String> url = names.isEmpty() ? Optional.empty() : server.get();
        if (url.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url.get()); Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute(drop.formatted(name));
            }
        } catch (SQLException e) {
            System.err.println("could not drop the test schemas " + names + ": " + e.getMessage());
        }
    }
}

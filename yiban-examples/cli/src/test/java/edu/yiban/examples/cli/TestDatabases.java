package edu.yiban.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the command's tests keep campuses in databases: H2 files under target/, and, where a server answers, a new
 * PostgreSQL schema or MariaDB database for each — the servers {@code YIBAN_TEST_PG_URL} and {@code YIBAN_TEST_MARIADB_URL}
 * name, else this project's machines' own (as the JDBC store's tests find them). A test on a server that does not answer
 * is skipped, naming the variable. What the tests made on a server is dropped when the test JVM ends.
 */
final class TestDatabases {
    /** The environment variable that names the PostgreSQL test database. */
    static final String POSTGRES_URL = "YIBAN_TEST_PG_URL";
    /** The environment variable that names the MariaDB test database. */
    static final String MARIADB_URL = "YIBAN_TEST_MARIADB_URL";
    /** PostgreSQL as this project's machines run it, asked where the variable is unset. */
    static final String POSTGRES_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    /** MariaDB as this project's machines run it, asked where the variable is unset. */
    static final String MARIADB_DEFAULT = "jdbc:mariadb://127.0.0.1:3306/test?user=root";
    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:[a-z]+://[^/]+/)([^?]*)(.*)");
    private static final Map<String, Boolean> ANSWERS = new ConcurrentHashMap<>();
    private static final List<String> SCHEMAS = new ArrayList<>();
    private static final List<String> DATABASES = new ArrayList<>();

    /** The databases the command speaks. */
    enum Kind {
        H2("H2 file"), POSTGRESQL("PostgreSQL"), MARIADB("MariaDB");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The URL of a new, empty database of this kind for the command; the test is skipped where no server answers. */
        String newDatabase() {
            return switch (this) {
                case H2 -> "jdbc:h2:file:" + scratch().resolve("campus-" + UUID.randomUUID()).toAbsolutePath();
                case POSTGRESQL -> newPostgresSchema();
                case MARIADB -> newMariadbDatabase();
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            drop(SCHEMAS, () -> server(POSTGRES_URL, POSTGRES_DEFAULT), "DROP SCHEMA IF EXISTS %s CASCADE");
            drop(DATABASES, () -> server(MARIADB_URL, MARIADB_DEFAULT), "DROP DATABASE IF EXISTS %s");
        }, "drop-cli-test-databases"));
    }

    private TestDatabases() {
    }

    /** A folder under target/ for H2 files, which {@code mvn clean} removes. */
    static Path scratch() {
        try {
            return Files.createDirectories(Path.of("target", "h2-cli-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PostgreSQL test server's URL; the test is skipped where none answers. */
    static String postgres() {
        return server(POSTGRES_URL, POSTGRES_DEFAULT).orElseGet(() -> skip(POSTGRES_URL, POSTGRES_DEFAULT));
    }

    /** The MariaDB test server's URL; the test is skipped where none answers. */
    static String mariadb() {
        return server(MARIADB_URL, MARIADB_DEFAULT).orElseGet(() -> skip(MARIADB_URL, MARIADB_DEFAULT));
    }

    /** The URL of a new, empty schema of the PostgreSQL test database. */
    static String newPostgresSchema() {
        String url = postgres();
        String schema = newName();
        execute(url, "CREATE SCHEMA " + schema);
        synchronized (SCHEMAS) {
            SCHEMAS.add(schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The URL of a new, empty database on the MariaDB test server (utf8mb4, as a campus makes it). */
    static String newMariadbDatabase() {
        String url = mariadb();
        String database = newName();
        execute(url, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
        synchronized (DATABASES) {
            DATABASES.add(database);
        }
        return onDatabase(url, database);
    }

    /** {@code url} (of a server, {@code jdbc:…://host:port/db?…}) naming {@code database} instead of its own. */
    static String onDatabase(String url, String database) {
        Matcher parts = SERVER_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("not jdbc:…://host[:port]/database[?options]: " + StoreUrl.shown(url));
        }
        return parts.group(1) + database + parts.group(3);
    }

    /** The database's name in {@code url} ({@code jdbc:…://host:port/db?…}). */
    static String database(String url) {
        Matcher parts = SERVER_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("not jdbc:…://host[:port]/database[?options]: " + StoreUrl.shown(url));
        }
        return parts.group(2);
    }

    /** Runs {@code sql} on a connection of the test's own to {@code url} (an H2 file's as the command names it). */
    static void execute(String url, String sql) {
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + StoreUrl.shown(url) + ": " + e.getMessage(), e);
        }
    }

    /** A number from a one-row query on a connection of the test's own. */
    static long number(String url, String sql) {
        try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + StoreUrl.shown(url) + ": " + e.getMessage(), e);
        }
    }

    /** How many of the ledger's tables (yiban_ledger_*) the database at {@code url} has, in the schema the URL names. */
    static long ledgerTables(String url) {
        try (Connection c = connect(url)) {
            String schema = c.getSchema();
            String catalog = c.getCatalog();
            long tables = 0;
            try (ResultSet t = c.getMetaData().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (t.next()) {
                    tables += t.getString("TABLE_NAME").toLowerCase(Locale.ROOT).startsWith("yiban_ledger_") ? 1 : 0;
                }
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the tables of " + StoreUrl.shown(url) + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(String url) throws SQLException {
        return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "") : DriverManager.getConnection(url);
    }

    private static String newName() {
        return "yiban_cli_test_" + UUID.randomUUID().toString().replace("-", "");
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

    /** Drops what the tests made on a server, by {@code drop} of each name (nothing where the server is gone). */
    private static void drop(List<String> made, Supplier<Optional<String>> server, String drop) {
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
            System.err.println("could not drop the test schemas and databases " + names + ": " + e.getMessage());
        }
    }
}

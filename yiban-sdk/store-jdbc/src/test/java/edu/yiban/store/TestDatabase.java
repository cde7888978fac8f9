package edu.yiban.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One database for a test of the JDBC store: how to open the store over it, and a connection of its own to
 * look at the tables or write round the store. H2 files always; PostgreSQL and MariaDB where a server answers.
 */
record TestDatabase(String name, Supplier<JdbcLedgerStore> opener, String rawUrl) {

    /** A new H2 file and, where there is a test server ({@link TestDatabases}), a new PostgreSQL schema and MariaDB database. */
    static List<TestDatabase> each() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(h2File());
        if (TestDatabases.postgres().isPresent()) {
            String url = TestDatabases.newPostgresSchema();
            databases.add(new TestDatabase("PostgreSQL", () -> JdbcLedgerStore.postgres(url), url));
        }
        if (TestDatabases.mariadb().isPresent()) {
            String url = TestDatabases.newMariadbDatabase();
            databases.add(new TestDatabase("MariaDB", () -> JdbcLedgerStore.mariadb(url), url));
        }
        return databases;
    }

    /** A new H2 file. */
    static TestDatabase h2File() {
        Path file = TestDatabases.scratch().resolve("store-" + UUID.randomUUID()).toAbsolutePath();
        return new TestDatabase("H2 file", () -> JdbcLedgerStore.h2File(file),
                "jdbc:h2:file:" + file + ";USER=sa;PASSWORD=");
    }

    /** Opens the store over this database (creating the schema when missing). */
    JdbcLedgerStore open() {
        return opener.get();
    }

    /** A connection of the test's own, in auto-commit mode. */
    Connection raw() throws SQLException {
        return DriverManager.getConnection(rawUrl);
    }

    /** Runs one statement on a connection of the test's own. */
    void execute(String sql) throws SQLException {
        try (Connection c = raw(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A number from a one-row query on a connection of the test's own. */
    long number(String sql) throws SQLException {
        try (Connection c = raw(); Statement s = c.createStatement(); var row = s.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

package edu.yiban.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One database for a test of the JDBC store: how to open the store over it, and a connection of its own to
 * look at the tables or write round the store. H2 files always; PostgreSQL and MariaDB where a server answers.
 * A database is named by its kind and its location, so that a child process can open the same one
 * ({@code kind.open(location)}).
 */
record TestDatabase(Kind kind, String location, String rawUrl) {

    /** The databases the store runs on, each opened from its location: an H2 file's path, a server database's URL. */
    enum Kind {
        H2_FILE("H2 file", location -> JdbcLedgerStore.h2File(Path.of(location)), TestDatabase::h2File),
        POSTGRESQL("PostgreSQL", JdbcLedgerStore::postgres, TestDatabase::postgres),
        MARIADB("MariaDB", JdbcLedgerStore::mariadb, TestDatabase::mariadb);

        private final String label;
        private final Function<String, JdbcLedgerStore> opener;
        private final Supplier<TestDatabase> maker;

        Kind(String label, Function<String, JdbcLedgerStore> opener, Supplier<TestDatabase> maker) {
            this.label = label;
            this.opener = opener;
            this.maker = maker;
        }

        /** Opens the store over the database at {@code location} (creating the schema when missing). */
        JdbcLedgerStore open(String location) {
            return opener.apply(location);
        }

        /** A new database of this kind; the test is skipped, naming the variable, where no server of it answers. */
        TestDatabase newDatabase() {
            return maker.get();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A new H2 file and, where there is a test server ({@link TestDatabases}), a new PostgreSQL schema and MariaDB database. */
    static List<TestDatabase> each() {
        List<TestDatabase> databases = new ArrayList<>();
        databases.add(h2File());
        if (TestDatabases.postgres().isPresent()) {
            databases.add(postgres());
        }
        if (TestDatabases.mariadb().isPresent()) {
            databases.add(mariadb());
        }
        return databases;
    }

    /** A new H2 file. */
    static TestDatabase h2File() {
        Path file = TestDatabases.scratch().resolve("store-" + UUID.randomUUID()).toAbsolutePath();
        return new TestDatabase(Kind.H2_FILE, file.toString(), "jdbc:h2:file:" + file + ";USER=sa;PASSWORD=");
    }

    /** A new schema of the PostgreSQL test database; the test is skipped, naming the variable, where there is none. */
    static TestDatabase postgres() {
        String url = TestDatabases.newPostgresSchema();
        return new TestDatabase(Kind.POSTGRESQL, url, url);
    }

    /** A new database on the MariaDB test server; the test is skipped, naming the variable, where there is none. */
    static TestDatabase mariadb() {
        String url = TestDatabases.newMariadbDatabase();
        return new TestDatabase(Kind.MARIADB, url, url);
    }

    /** The kind's name: "H2 file", "PostgreSQL" or "MariaDB". */
    String name() {
        return kind.toString();
    }

    /** Opens the store over this database (creating the schema when missing). */
    JdbcLedgerStore open() {
        return kind.open(location);
    }

    /**
     * {@code count} stores opened over this database from as many threads at the same moment, as runtimes starting
     * together do; each must open within 60 s.
     */
    List<JdbcLedgerStore> openAtOnce(int count) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JdbcLedgerStore>> opening = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            opening.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return open();
            }));
        }
        start.countDown();
        List<JdbcLedgerStore> stores = new ArrayList<>();
        try {
            for (CompletableFuture<JdbcLedgerStore> store : opening) {
                stores.add(store.get(60, TimeUnit.SECONDS)); // every one opens: none trips over another's tables
            }
        } catch (Exception e) {
            stores.forEach(JdbcLedgerStore::close);
            throw e;
        }
        return stores;
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
        return name();
    }
}

package edu.yiban.store;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.ledger.spi.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ledger's tables: created in an empty database, migrated forward from an older schema version, refused when
 * newer than this code knows. Runs in the transaction that opens a store, under the schema lock (PostgreSQL: an
 * advisory lock held until commit; MariaDB: a named lock held until the schema is committed; H2: this JVM's turn on the
 * database, {@link H2Turns}), so a migration runs once
 * however many stores open at the same moment.
 *
 * <h2>Migrations (迁移)</h2>
 * Numbered by the version they reach; each runs once, in order, and the meta row {@code schema_version} is raised at
 * its end.
 * <ol start="2">
 *   <li><b>Version 1 → 2</b>: the table of streams and heads ({@value Dialect#STREAMS}), the table of record types
 *       ({@value Dialect#TYPES}) and the records' table {@value Dialect#RECORDS}, whose rows name their stream and type
 *       by number and keep the payload in a compact form ({@link Payloads}), filled from version 1's
 *       {@value Dialect#RECORDS_V1} in position order (each stream numbered in the order of its first record), which is
 *       then dropped. On PostgreSQL, whose DDL is transactional, it is one transaction: a failure leaves the database
 *       as it was. On H2, where DDL commits, the copy commits page by page and the version is raised before version 1's
 *       table is dropped: a failure leaves version 1's table whole and the version at 1, and the next open starts the
 *       copy again from the beginning (the new tables are dropped and made anew); an open that finds version 2 and
 *       version 1's table still there drops it.</li>
 * </ol>
 */
final class Schema {
    /** An advisory lock key ("YBLEDGER") that serialises schema creation and migration between PostgreSQL clients. */
    private static final long SCHEMA_LOCK = 0x59424C4544474552L;
    /** MariaDB's named lock that serialises schema creation and migration between its clients. */
    private static final String MARIADB_LOCK = "yiban_ledger_schema";
    private static final int MARIADB_LOCK_SECONDS = 60;
    /** The least {@code max_allowed_packet} that carries a record of 16 MiB (the store contract's largest) and its row. */
    private static final long MARIADB_PACKET = 32L << 20;
    /** Rows copied a page (a commit a page on H2) by a migration. */
    private static final int COPY_PAGE = 10_000;

    private final Connection c;
    private final Dialect dialect;
    private final Text database;

    private Schema(Connection c, Dialect dialect, Text database) {
        this.c = c;
        this.dialect = dialect;
        this.database = database;
    }

    /**
     * Brings the database on {@code c} (in a transaction) to {@link Dialect#SCHEMA_VERSION}: creates the tables when
     * missing, migrates an older version, refuses a newer one with a {@link StoreException}.
     */
    static void open(Connection c, Dialect dialect, Text database) throws SQLException {
        new Schema(c, dialect, database).open();
    }

    private void open() throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            String encoding = text("SHOW server_encoding");
            if (!encoding.equalsIgnoreCase("UTF8")) {
                throw new StoreException(message("store.encoding", encoding), null);
            }
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, SCHEMA_LOCK);
                lock.execute();
            }
        }
        if (dialect == Dialect.MARIADB) {
            long packet = Long.parseLong(text("SELECT @@max_allowed_packet"));
            if (packet < MARIADB_PACKET) {
                throw new StoreException(message("store.mariadb.packet", packet >> 20, MARIADB_PACKET >> 20), null);
            }
            // a named lock is the session's, not the transaction's: taken here, released once the schema is committed
            if (!"1".equals(text("SELECT GET_LOCK('" + MARIADB_LOCK + "', " + MARIADB_LOCK_SECONDS + ")"))) {
                throw new SQLException("the schema lock " + MARIADB_LOCK + " was not given within " + MARIADB_LOCK_SECONDS + " s");
            }
            try {
                create();
                c.commit();
            } finally {
                text("SELECT RELEASE_LOCK('" + MARIADB_LOCK + "')");
            }
            return;
        }
        create();
    }

    private void create() throws SQLException {
        execute(dialect.createMeta());
        long version = version();
        if (version > Dialect.SCHEMA_VERSION) {
            throw new StoreException(message("store.schema.newer", version, Dialect.SCHEMA_VERSION), null);
        }
        if (version == 0) { // an empty database (or one whose creation was cut off before the version row)
            for (String table : dialect.createTables()) {
                execute(table);
            }
            setVersion(Dialect.SCHEMA_VERSION);
        }
        if (version == 1) {
            migrateToVersion2();
        }
        if (version == 2 && exists(Dialect.RECORDS_V1)) {
            execute("DROP TABLE " + Dialect.RECORDS_V1); // an H2 migration cut off after raising the version
        }
        execute("INSERT INTO yiban_ledger_meta (name, number) SELECT 'last_position', "
                + "(SELECT COALESCE(MAX(position), 0) FROM " + Dialect.RECORDS + ") WHERE NOT EXISTS "
                + "(SELECT 1 FROM yiban_ledger_meta WHERE name = 'last_position')");
        execute(dialect.createSubjectKeys()); // not the ledger's: made when missing, whatever the schema version
    }

    /** The version in the meta row; without it, 1 if version 1's table of records is there, else 0 (an empty database). */
    private long version() throws SQLException {
        try (Statement query = c.createStatement();
                ResultSet row = query.executeQuery("SELECT number FROM yiban_ledger_meta WHERE name = 'schema_version'")) {
            if (row.next()) {
                return row.getLong(1);
            }
        }
        return exists(Dialect.RECORDS_V1) ? 1 : 0;
    }

    private void setVersion(long version) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE yiban_ledger_meta SET number = ? WHERE name = 'schema_version'")) {
            update.setLong(1, version);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO yiban_ledger_meta (name, number) VALUES ('schema_version', ?)")) {
            insert.setLong(1, version);
            insert.executeUpdate();
        }
    }

    /** Version 1 → 2: see the class's comment. */
    private void migrateToVersion2() throws SQLException {
        for (String drop : dialect.dropTables()) {
            execute(drop); // what an H2 migration cut off left behind
        }
        for (String table : dialect.createTables()) {
            execute(table);
        }
        commitWhereDdlCommits();
        Map<String, Head> heads = new LinkedHashMap<>();
        Map<String, Integer> types = new HashMap<>();
        long after = 0;
        try (PreparedStatement page = c.prepareStatement("SELECT position, stream, sequence, type, recorded_at, payload, hash FROM "
                + Dialect.RECORDS_V1 + " WHERE position > ? ORDER BY position LIMIT " + COPY_PAGE);
                PreparedStatement insert = c.prepareStatement(Rows.INSERT);
                PreparedStatement insertType = c.prepareStatement(Rows.INSERT_TYPE)) {
            while (true) {
                page.setLong(1, after);
                int rows = 0;
                try (ResultSet row = page.executeQuery()) {
                    while (row.next()) {
                        long position = row.getLong(1);
                        String stream = row.getString(2);
                        long sequence = row.getLong(3);
                        byte[] hash = row.getBytes(7);
                        Head head = heads.computeIfAbsent(stream, name -> new Head(heads.size() + 1, hash));
                        head.version = sequence;
                        head.position = position;
                        head.hash = hash;
                        Integer type = types.get(row.getString(4));
                        if (type == null) {
                            type = types.size() + 1;
                            types.put(row.getString(4), type);
                            insertType.setInt(1, type);
                            insertType.setString(2, row.getString(4));
                            insertType.executeUpdate();
                        }
                        Rows.bind(insert, dialect, position, head.id, sequence, type, dialect.readTime(row, 5),
                                row.getBytes(6), hash);
                        insert.addBatch();
                        after = position;
                        rows++;
                    }
                }
                if (rows == 0) {
                    break;
                }
                insert.executeBatch();
                commitWhereDdlCommits();
            }
        }
        try (PreparedStatement insert = c.prepareStatement(Rows.INSERT_STREAM)) {
            int pending = 0;
            for (Map.Entry<String, Head> entry : heads.entrySet()) {
                Head head = entry.getValue();
                Rows.bindStream(insert, head.id, entry.getKey(), head.version, head.position, head.hash);
                insert.addBatch();
                if (++pending == COPY_PAGE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        setVersion(2);
        commitWhereDdlCommits();
        execute("DROP TABLE " + Dialect.RECORDS_V1);
    }

    /** A stream's number and head while a migration copies its records. */
    private static final class Head {
        final int id;
        long version;
        long position;
        byte[] hash;

        Head(int id, byte[] hash) {
            this.id = id;
            this.hash = hash;
        }
    }

    private void commitWhereDdlCommits() throws SQLException {
        if (dialect.ddlCommits()) {
            c.commit();
        }
    }

    /** Whether a table of this name is in the connection's current schema. */
    private boolean exists(String table) throws SQLException {
        try (PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = " + dialect.currentSchema() + " AND LOWER(TABLE_NAME) = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getLong(1) > 0;
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    private String text(String sql) throws SQLException {
        try (Statement query = c.createStatement(); ResultSet row = query.executeQuery(sql)) {
            return row.next() ? row.getString(1) : "";
        }
    }

    private Text message(String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = database;
        System.arraycopy(args, 0, all, 1, args.length);
        return StoreMessages.BUNDLE.text(key, all);
    }
}

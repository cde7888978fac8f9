package edu.yiban.sdk.internal.store;

import static org.apiguardian.api.API.Status.INTERNAL;

import edu.yiban.core.YibanException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.ConcurrencyException;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoreException;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.sdk.store.JdbcLedgerStore;
import edu.yiban.sdk.store.StoreCapability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The JDBC ledger store: one table of records, a row lock that hands out positions in commit order, a
 * unique key on (stream, sequence). {@link JdbcLedgerStore} is its public face; docs/storage.md explains
 * the schema and the locking.
 */
@API(status = INTERNAL)
public final class JdbcStore implements JdbcLedgerStore {
    private static final String COLUMNS = "position, stream, sequence, type, recorded_at, payload, hash";
    /** The position lock: the meta row {@code last_position}, locked until commit and never read for positions. */
    private static final String LOCK_POSITIONS =
            "SELECT number FROM yiban_ledger_meta WHERE name = 'last_position' FOR UPDATE";
    private static final String LAST_POSITION = "SELECT COALESCE(MAX(position), 0) FROM yiban_ledger_record";
    private static final String NOTE_LAST_POSITION = "UPDATE yiban_ledger_meta SET number = ? WHERE name = 'last_position'";
    private static final String VERSION = "SELECT MAX(sequence) FROM yiban_ledger_record WHERE stream = ?";
    private static final String INSERT = "INSERT INTO yiban_ledger_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String READ = "SELECT " + COLUMNS
            + " FROM yiban_ledger_record WHERE stream = ? AND sequence >= ? ORDER BY sequence LIMIT ?";
    private static final String READ_ALL = "SELECT " + COLUMNS
            + " FROM yiban_ledger_record WHERE position >= ? ORDER BY position LIMIT ?";
    /** An advisory lock key ("YBLEDGER") that serialises schema creation between PostgreSQL clients. */
    private static final long SCHEMA_LOCK = 0x59424C4544474552L;
    private static final int SCHEMA_ATTEMPTS = 3;
    /** PostgreSQL and H2 both report a unique key violation with this SQL state. */
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * The SQL states of a transaction the database rolled back to break a deadlock or a serialisation
     * conflict (H2 and PostgreSQL: 40001; PostgreSQL's deadlock: 40P01): it wrote nothing, and is run again.
     */
    private static final Set<String> ROLLED_BACK = Set.of("40001", "40P01");
    /** How many times an append runs when the database keeps rolling it back. */
    private static final int APPEND_ATTEMPTS = 5;
    /** Rows sent to the database in one JDBC batch of an append. */
    private static final int INSERT_BATCH = 1_000;

    private final Connections connections;
    private final Dialect dialect;
    private final Text database;
    private final Set<StoreCapability> capabilities;
    /** On H2, the turn an append takes in this JVM before the database's row lock ({@link H2Turns}); else null. */
    private final Lock turns;
    private volatile boolean closed;

    private JdbcStore(Connections connections, Dialect dialect, Text database, Set<StoreCapability> capabilities,
            Lock turns) {
        this.connections = connections;
        this.dialect = dialect;
        this.database = database;
        EnumSet<StoreCapability> all = EnumSet.of(StoreCapability.ATOMIC_APPENDS_ACROSS_STREAMS);
        all.addAll(capabilities);
        this.capabilities = Set.copyOf(all);
        this.turns = turns;
    }

    /**
     * Opens the ledger in a database, creating its tables when missing; on failure closes the connections.
     *
     * @param database the database's name for messages, e.g. "PostgreSQL database //db/yiban"
     */
    static JdbcStore open(Connections connections, Dialect dialect, Text database, Set<StoreCapability> capabilities) {
        try {
            JdbcStore opening = new JdbcStore(connections, dialect, database, capabilities, null);
            opening.createSchema();
            if (dialect != Dialect.H2) {
                return opening;
            }
            Lock turns = opening.autoCommit(H2Turns::of, detail -> opening.text("store.open", detail));
            return new JdbcStore(connections, dialect, database, capabilities, turns);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    @Override
    public Set<StoreCapability> capabilities() {
        return capabilities;
    }

    @Override
    public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
        Objects.requireNonNull(stream, "stream is null");
        Objects.requireNonNull(records, "records is null");
        if (records.isEmpty()) {
            PendingRecord.checkBatch(expectedVersion, records); // refuses a negative version
            long actual = version(stream);
            if (actual != expectedVersion) {
                throw new ConcurrencyException(stream, expectedVersion, actual);
            }
            return List.of();
        }
        return appendAll(List.of(new StreamAppend(stream, expectedVersion, records)));
    }

    /** Appends every part in one transaction: all or none, positions consecutive in the order given. */
    @Override
    public List<StoredRecord> appendAll(List<StreamAppend> appends) {
        StreamAppend.checkDistinct(appends);
        int total = appends.stream().mapToInt(append -> append.records().size()).sum();
        for (StreamAppend append : appends) {
            checkMillis(append.records()); // a StreamAppend's sequences are checked when it is made
        }
        if (appends.isEmpty()) {
            return List.of();
        }
        Function<String, Text> failure = appends.size() == 1
                ? detail -> text("store.append", appends.get(0).records().size(), appends.get(0).stream().value(), detail)
                : detail -> text("store.append.all", total, appends.size(), detail);
        for (int attempt = 1; ; attempt++) {
            try {
                return inTurn(() -> transaction(c -> appendIn(c, appends), failure));
            } catch (StoreException e) {
                // no SQL state: a failure of the store's own (no connection free, the lock row gone) or a driver's without one
                String state = e.getCause() instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
                if (ROLLED_BACK.contains(state) && attempt < APPEND_ATTEMPTS) {
                    continue; // the database rolled the append back whole: nothing was written, run it again
                }
                if (UNIQUE_VIOLATION.equals(state)) {
                    // a writer that went round the position lock got there first: the unique key refused us
                    for (StreamAppend append : appends) {
                        long actual = version(append.stream());
                        if (actual != append.expectedVersion()) {
                            throw new ConcurrencyException(append.stream(), append.expectedVersion(), actual);
                        }
                    }
                }
                throw e;
            }
        }
    }

    /** Runs an append in this JVM's turn on the database, where the store takes turns (H2), waiting as long as for a connection. */
    private <T> T inTurn(Supplier<T> append) {
        if (turns == null) {
            return append.get();
        }
        try {
            if (!turns.tryLock(Connections.WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new StoreException(text("store.turn.busy", Connections.WAIT_SECONDS), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(text("store.turn.interrupted"), e);
        }
        try {
            return append.get();
        } finally {
            turns.unlock();
        }
    }

    /**
     * One append to one stream or many, in one transaction: take the position lock (held until commit, so
     * appends are serialised and positions become visible in order), check every stream's version, insert
     * after the last position the table holds, note it in the meta row. A refused append has changed nothing
     * when it rolls back: positions come from the records themselves, not from a counter a rollback must
     * restore (H2 2.3 has been seen to restore a concurrently updated row to a stale value, handing out the
     * same positions for ever).
     */
    private List<StoredRecord> appendIn(Connection c, List<StreamAppend> appends) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement(LOCK_POSITIONS); ResultSet row = lock.executeQuery()) {
            if (!row.next()) {
                throw new StoreException(text("store.lock.missing"), null);
            }
        }
        checkVersions(c, appends);
        long first = single(c, LAST_POSITION, null) + 1;
        List<StoredRecord> stored = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (StreamAppend append : appends) {
                String stream = append.stream().value();
                for (PendingRecord record : append.records()) {
                    StoredRecord row = record.storedAt(append.stream(), first + stored.size());
                    insert.setLong(1, row.position());
                    insert.setString(2, stream);
                    insert.setLong(3, row.sequence());
                    insert.setString(4, row.type());
                    insert.setObject(5, OffsetDateTime.ofInstant(row.recordedAt(), ZoneOffset.UTC));
                    insert.setBytes(6, row.payload());
                    insert.setBytes(7, row.hash().bytes());
                    insert.addBatch();
                    stored.add(row);
                    if (++pending == INSERT_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
        try (PreparedStatement note = c.prepareStatement(NOTE_LAST_POSITION)) {
            note.setLong(1, first + stored.size() - 1);
            note.executeUpdate();
        }
        return List.copyOf(stored);
    }

    /**
     * Refuses with {@link ConcurrencyException} the first append whose stream is not at its expected version. One
     * statement, run per stream: each an index lookup (a query of all streams at once, {@code IN (…) GROUP BY}, was
     * planned by PostgreSQL as a scan of the table on a fresh database, and an import slowed as the table grew).
     */
    private void checkVersions(Connection c, List<StreamAppend> appends) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(VERSION)) {
            for (StreamAppend append : appends) {
                query.setString(1, append.stream().value());
                long actual;
                try (ResultSet row = query.executeQuery()) {
                    actual = row.next() ? row.getLong(1) : 0;
                }
                if (actual != append.expectedVersion()) {
                    throw new ConcurrencyException(append.stream(), append.expectedVersion(), actual);
                }
            }
        }
    }

    @Override
    public long version(StreamId stream) {
        Objects.requireNonNull(stream, "stream is null");
        return autoCommit(c -> single(c, VERSION, stream), detail -> text("store.version", stream.value(), detail));
    }

    @Override
    public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
        Objects.requireNonNull(stream, "stream is null");
        checkCount(maxCount);
        if (maxCount == 0) {
            return List.of();
        }
        return autoCommit(c -> {
            try (PreparedStatement read = c.prepareStatement(READ)) {
                read.setString(1, stream.value());
                read.setLong(2, fromSequence);
                read.setInt(3, maxCount);
                return records(read);
            }
        }, detail -> text("store.read", stream.value(), detail));
    }

    @Override
    public List<StoredRecord> readAll(long fromPosition, int maxCount) {
        checkCount(maxCount);
        if (maxCount == 0) {
            return List.of();
        }
        return autoCommit(c -> {
            try (PreparedStatement read = c.prepareStatement(READ_ALL)) {
                read.setLong(1, fromPosition);
                read.setInt(2, maxCount);
                return records(read);
            }
        }, detail -> text("store.read.all", fromPosition, detail));
    }

    @Override
    public List<StreamId> streams() {
        return autoCommit(c -> {
            List<StreamId> streams = new ArrayList<>();
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(dialect.listStreams())) {
                while (rows.next()) {
                    streams.add(streamId(rows.getString(1)));
                }
            }
            // sorted here, by String.compareTo, so that the order never depends on a database collation
            streams.sort(null);
            return List.copyOf(streams);
        }, detail -> text("store.streams", detail));
    }

    @Override
    public void close() {
        closed = true;
        connections.close();
    }

    @Override
    public String toString() {
        return "JdbcLedgerStore[" + database.en() + "]";
    }

    // ---- the schema

    private void createSchema() {
        SQLException last = null;
        for (int attempt = 0; attempt < SCHEMA_ATTEMPTS; attempt++) {
            try {
                transaction(this::createSchemaIn, detail -> text("store.open", detail));
                return;
            } catch (StoreException e) {
                if (!(e.getCause() instanceof SQLException sql)) {
                    throw e; // the schema is newer, or the encoding is wrong: trying again changes nothing
                }
                last = sql; // another client created the tables at the same moment: IF NOT EXISTS holds next time
            }
        }
        throw new StoreException(text("store.open", describe(last)), last);
    }

    private Void createSchemaIn(Connection c) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            String encoding = singleText(c, "SHOW server_encoding");
            if (!encoding.equalsIgnoreCase("UTF8")) {
                throw new StoreException(text("store.encoding", encoding), null);
            }
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, SCHEMA_LOCK);
                lock.execute();
            }
        }
        try (Statement ddl = c.createStatement()) {
            for (String table : dialect.createTables()) {
                ddl.execute(table);
            }
            ddl.executeUpdate("INSERT INTO yiban_ledger_meta (name, number) SELECT 'schema_version', "
                    + Dialect.SCHEMA_VERSION + " WHERE NOT EXISTS "
                    + "(SELECT 1 FROM yiban_ledger_meta WHERE name = 'schema_version')");
            ddl.executeUpdate("INSERT INTO yiban_ledger_meta (name, number) SELECT 'last_position', "
                    + "(SELECT COALESCE(MAX(position), 0) FROM yiban_ledger_record) WHERE NOT EXISTS "
                    + "(SELECT 1 FROM yiban_ledger_meta WHERE name = 'last_position')");
        }
        long version = single(c, "SELECT number FROM yiban_ledger_meta WHERE name = 'schema_version'", null);
        if (version > Dialect.SCHEMA_VERSION) {
            throw new StoreException(text("store.schema.newer", version, Dialect.SCHEMA_VERSION), null);
        }
        return null;
    }

    // ---- running statements

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T autoCommit(Work<T> work, Function<String, Text> failure) {
        return use(false, work, failure);
    }

    private <T> T transaction(Work<T> work, Function<String, Text> failure) {
        return use(true, work, failure);
    }

    /**
     * Runs {@code work} on a borrowed connection, in one transaction if asked; a database failure becomes a
     * {@link StoreException} saying what failed ({@code failure} of the driver's words), any other
     * exception (a version conflict) rolls back and passes.
     */
    private <T> T use(boolean transaction, Work<T> work, Function<String, Text> failure) {
        if (closed) {
            throw new StoreException(text("store.closed"), null);
        }
        Connection c;
        try {
            c = connections.borrow();
        } catch (SQLTimeoutException e) {
            throw new StoreException(text("store.busy", Connections.WAIT_SECONDS), e);
        } catch (SQLException e) {
            throw new StoreException(failure.apply(describe(e)), e);
        }
        boolean broken = false;
        try {
            if (transaction) {
                c.setAutoCommit(false);
                if (connections.setsIsolationPerTransaction()) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
            }
            T result = work.run(c);
            if (transaction) {
                c.commit();
            }
            return result;
        } catch (SQLException e) {
            broken = isConnectionLost(e) || !rollback(c, transaction);
            throw new StoreException(failure.apply(describe(e)), e);
        } catch (RuntimeException | Error e) {
            broken = !rollback(c, transaction);
            throw e;
        } finally {
            if (transaction && !broken) {
                broken = !resetAutoCommit(c);
            }
            connections.giveBack(c, broken);
        }
    }

    private static boolean rollback(Connection c, boolean transaction) {
        if (!transaction) {
            return true;
        }
        try {
            c.rollback();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean resetAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || (state != null && (state.startsWith("08") || state.startsWith("57P")));
    }

    /** The driver's own words about a failure, for the end of a message: its first line, with its SQL state. */
    private static String describe(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int line = message.indexOf('\n');
        String first = line < 0 ? message : message.substring(0, line);
        return e.getSQLState() == null ? first : first + " (SQL state " + e.getSQLState() + ")";
    }

    /** A long from a one-row query, with an optional stream parameter; 0 for a SQL NULL (an empty stream). */
    private static long single(Connection c, String sql, StreamId stream) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            if (stream != null) {
                query.setString(1, stream.value());
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static String singleText(Connection c, String sql) throws SQLException {
        try (Statement query = c.createStatement(); ResultSet row = query.executeQuery(sql)) {
            return row.next() ? row.getString(1) : "";
        }
    }

    private List<StoredRecord> records(PreparedStatement query) throws SQLException {
        List<StoredRecord> records = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                records.add(record(rows));
            }
        }
        return List.copyOf(records);
    }

    /** The record in {@code row}; a row the store cannot have written (a hand-edited table) is named by its position. */
    private StoredRecord record(ResultSet row) throws SQLException {
        long position = row.getLong(1);
        try {
            return new StoredRecord(StreamId.of(row.getString(2)), row.getLong(3), position, row.getString(4),
                    row.getObject(5, OffsetDateTime.class).toInstant(), row.getBytes(6), ChainHash.of(row.getBytes(7)));
        } catch (RuntimeException e) {
            Object detail = e instanceof YibanException y ? y.text() : String.valueOf(e.getMessage());
            throw new StoreException(text("store.record.malformed", position, detail), e);
        }
    }

    private StreamId streamId(String value) {
        try {
            return StreamId.of(value);
        } catch (RuntimeException e) {
            throw new StoreException(text("store.stream.malformed", value), e);
        }
    }

    /** Refuses a record timed to a fraction of a millisecond, which a timestamp column would not keep exactly. */
    private static void checkMillis(List<PendingRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            PendingRecord record = records.get(i);
            if (record.recordedAt().getNano() % 1_000_000 != 0) {
                throw new IllegalArgumentException("record " + i + " of the batch was recorded at "
                        + record.recordedAt() + ": the ledger keeps times to the millisecond");
            }
        }
    }

    private static void checkCount(int maxCount) {
        if (maxCount < 0) {
            throw new IllegalArgumentException("maxCount is negative: " + maxCount);
        }
    }

    /** A sentence of the store's bundle about this database: {@code key}'s {0} is the database. */
    private Text text(String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = database;
        System.arraycopy(args, 0, all, 1, args.length);
        return StoreMessages.BUNDLE.text(key, all);
    }
}

package edu.yiban.store;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.StoreCapability;
import edu.yiban.core.privacy.SubjectKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JDBC ledger store: a table of records and a table of streams with their heads (kept in each append's
 * transaction), a row lock that hands out positions in commit order, a unique key on (stream, sequence).
 * {@link JdbcLedgerStore} is its public face; {@link Schema} creates and migrates the tables; docs/storage.md
 * explains the schema and the locking.
 */
final class JdbcStore implements JdbcLedgerStore {
    private static final String COLUMNS = "position, stream_id, sequence, type_id, recorded_at, payload, hash";
    /** The position lock: the meta row {@code last_position}, locked until commit and never read for positions. */
    private static final String LOCK_POSITIONS =
            "SELECT number FROM yiban_ledger_meta WHERE name = 'last_position' FOR UPDATE";
    private static final String LAST_POSITION = "SELECT COALESCE(MAX(position), 0) FROM " + Dialect.RECORDS;
    private static final String NOTE_LAST_POSITION = "UPDATE yiban_ledger_meta SET number = ? WHERE name = 'last_position'";
    private static final String HEAD = "SELECT id, version FROM " + Dialect.STREAMS + " WHERE name = ?";
    private static final String LAST_STREAM_ID = "SELECT COALESCE(MAX(id), 0) FROM " + Dialect.STREAMS;
    private static final String STREAM_ID = "SELECT id FROM " + Dialect.STREAMS + " WHERE name = ?";
    private static final String STREAM_NAME = "SELECT name FROM " + Dialect.STREAMS + " WHERE id = ?";
    private static final String STREAM_NAMES = "SELECT name FROM " + Dialect.STREAMS;
    private static final String TYPE_ID = "SELECT id FROM " + Dialect.TYPES + " WHERE name = ?";
    private static final String TYPE_NAME = "SELECT name FROM " + Dialect.TYPES + " WHERE id = ?";
    private static final String LAST_TYPE_ID = "SELECT COALESCE(MAX(id), 0) FROM " + Dialect.TYPES;
    private static final String HEADS = "SELECT name, version, hash FROM " + Dialect.STREAMS;
    private static final String READ = "SELECT " + COLUMNS
            + " FROM " + Dialect.RECORDS + " WHERE stream_id = ? AND sequence >= ? ORDER BY sequence LIMIT ?";
    private static final String READ_ALL = "SELECT " + COLUMNS
            + " FROM " + Dialect.RECORDS + " WHERE position >= ? ORDER BY position LIMIT ?";
    private static final int SCHEMA_ATTEMPTS = 3;
    /** PostgreSQL and H2 both report a unique key violation with this SQL state. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** MariaDB's and MySQL's error number of a duplicate key (ER_DUP_ENTRY). */
    private static final int MARIADB_DUPLICATE = 1062;
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
    /** This JVM's turn on the database, where the store takes turns (H2); else null. */
    private final @Nullable Lock turns;
    private volatile boolean closed;
    /** The database's product and version, read once the schema is in place. */
    private volatile String product = "";
    /**
     * Streams' numbers and names as read from the stream table: a stream's number never changes once its first append has
     * committed, so both are kept for the store's life (a campus has tens of thousands of streams). Only committed rows
     * are read into them, never what an append that may still roll back has written.
     */
    private final Map<StreamId, Integer> streamIds = new ConcurrentHashMap<>();
    private final Map<Integer, StreamId> streamNames = new ConcurrentHashMap<>();
    /** Record types' numbers and names as read from the type table: as for streams, committed rows only. */
    private final Map<String, Integer> typeIds = new ConcurrentHashMap<>();
    private final Map<Integer, String> typeNames = new ConcurrentHashMap<>();

    private JdbcStore(Connections connections, Dialect dialect, Text database, Set<StoreCapability> capabilities,
            @Nullable Lock turns) {
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
            Lock turns = dialect != Dialect.H2 ? null
                    : opening.autoCommit(H2Turns::of, detail -> opening.text("store.open", detail));
            JdbcStore store = new JdbcStore(connections, dialect, database, capabilities, turns);
            store.inTurn(() -> {
                store.createSchema(); // on H2 in this JVM's turn: the schema lock there
                return null;
            });
            store.product = store.autoCommit(c -> c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion(), detail -> store.text("store.open", detail));
            return store;
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
                if (UNIQUE_VIOLATION.equals(state) || isMariadbDuplicate(e.getCause())) {
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
        int[] ids = checkVersions(c, appends);
        long first = single(c, LAST_POSITION, (String) null) + 1;
        List<StoredRecord> stored = new ArrayList<>();
        for (StreamAppend append : appends) {
            for (PendingRecord record : append.records()) {
                stored.add(record.storedAt(append.stream(), first + stored.size()));
            }
        }
        writeHeads(c, appends, ids, stored);
        Map<String, Integer> types = typeIds(c, appends);
        try (PreparedStatement insert = c.prepareStatement(Rows.INSERT)) {
            int pending = 0;
            int at = 0;
            for (int i = 0; i < appends.size(); i++) {
                for (int n = appends.get(i).records().size(); n > 0; n--) {
                    StoredRecord row = stored.get(at++);
                    int type = Objects.requireNonNull(types.get(row.type()), "typeIds numbers every type appended");
                    Rows.bind(insert, dialect, row.position(), ids[i], row.sequence(), type, row.recordedAt(), row.payload(),
                            row.hash().bytes());
                    insert.addBatch();
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
     * Refuses with {@link ConcurrencyException} the first append whose stream is not at its expected version, reading
     * each stream's head from the stream table (one index lookup a stream), and returns each stream's number: 0 for a
     * stream without records yet, which {@link #writeHeads} numbers.
     */
    private int[] checkVersions(Connection c, List<StreamAppend> appends) throws SQLException {
        int[] ids = new int[appends.size()];
        try (PreparedStatement query = c.prepareStatement(HEAD)) {
            for (int i = 0; i < appends.size(); i++) {
                StreamAppend append = appends.get(i);
                query.setString(1, append.stream().value());
                long actual = 0;
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        ids[i] = row.getInt(1);
                        actual = row.getLong(2);
                    }
                }
                if (actual != append.expectedVersion()) {
                    throw new ConcurrencyException(append.stream(), append.expectedVersion(), actual);
                }
            }
        }
        return ids;
    }

    /**
     * The number of every record type in {@code appends}: from the type table, a type new to it numbered after the
     * highest number (under the position lock) and inserted. Numbers read are kept for the store's life; those this
     * append inserts are not (it may still roll back) and are read back by a later append.
     */
    private Map<String, Integer> typeIds(Connection c, List<StreamAppend> appends) throws SQLException {
        Map<String, Integer> types = new HashMap<>();
        int next = 0;
        for (StreamAppend append : appends) {
            for (PendingRecord record : append.records()) {
                String type = record.type();
                if (types.containsKey(type)) {
                    continue;
                }
                Integer id = typeIds.get(type);
                if (id == null) {
                    id = (int) single(c, TYPE_ID, type);
                    if (id != 0) {
                        typeIds.put(type, id);
                    } else {
                        if (next == 0) {
                            next = Math.toIntExact(single(c, LAST_TYPE_ID, (String) null) + 1);
                        }
                        id = next++;
                        try (PreparedStatement insert = c.prepareStatement(Rows.INSERT_TYPE)) {
                            insert.setInt(1, id);
                            insert.setString(2, type);
                            insert.executeUpdate();
                        }
                    }
                }
                types.put(type, id);
            }
        }
        return types;
    }

    /**
     * Notes every stream's new head (its last record in {@code stored}) in the stream table: a new row, numbered after
     * the highest number (under the position lock, so no other append numbers at once), for a new stream, an update of
     * the row otherwise. Fills in {@code ids} for the new streams.
     */
    private static void writeHeads(Connection c, List<StreamAppend> appends, int[] ids, List<StoredRecord> stored)
            throws SQLException {
        int next = 0;
        int newStreams = 0;
        int updates = 0;
        try (PreparedStatement insert = c.prepareStatement(Rows.INSERT_STREAM);
                PreparedStatement update = c.prepareStatement(Rows.UPDATE_HEAD)) {
            int end = 0;
            for (int i = 0; i < appends.size(); i++) {
                StreamAppend append = appends.get(i);
                end += append.records().size();
                StoredRecord head = stored.get(end - 1);
                if (ids[i] == 0) {
                    if (next == 0) {
                        next = Math.toIntExact(single(c, LAST_STREAM_ID, (String) null) + 1);
                    }
                    ids[i] = next++;
                    Rows.bindStream(insert, ids[i], append.stream().value(), head.sequence(), head.position(), head.hash().bytes());
                    insert.addBatch();
                    newStreams++;
                } else {
                    Rows.bindHead(update, ids[i], head.sequence(), head.position(), head.hash().bytes());
                    update.addBatch();
                    updates++;
                }
            }
            if (newStreams > 0) {
                insert.executeBatch();
            }
            if (updates > 0) {
                update.executeBatch();
            }
        }
    }

    @Override
    public long version(StreamId stream) {
        Objects.requireNonNull(stream, "stream is null");
        return autoCommit(c -> single(c, "SELECT version FROM " + Dialect.STREAMS + " WHERE name = ?", stream),
                detail -> text("store.version", stream.value(), detail));
    }

    @Override
    public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
        Objects.requireNonNull(stream, "stream is null");
        checkCount(maxCount);
        if (maxCount == 0) {
            return List.of();
        }
        return autoCommit(c -> {
            Integer id = streamId(c, stream);
            if (id == null) {
                return List.<StoredRecord>of();
            }
            try (PreparedStatement read = c.prepareStatement(READ)) {
                read.setInt(1, id);
                read.setLong(2, fromSequence);
                read.setInt(3, maxCount);
                return records(c, read, stream);
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
                return records(c, read, null);
            }
        }, detail -> text("store.read.all", fromPosition, detail));
    }

    /** The highest position in the records table: one look at the end of its primary key. */
    @Override
    public long headPosition() {
        return autoCommit(c -> single(c, LAST_POSITION, (String) null), detail -> text("store.head", detail));
    }

    @Override
    public List<StreamId> streams() {
        return autoCommit(c -> {
            List<StreamId> streams = new ArrayList<>();
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(STREAM_NAMES)) {
                while (rows.next()) {
                    streams.add(streamId(rows.getString(1)));
                }
            }
            // sorted here, by String.compareTo, so that the order never depends on a database collation
            streams.sort(null);
            return List.copyOf(streams);
        }, detail -> text("store.streams", detail));
    }

    /** Every stream's head from the stream table, in one query. */
    @Override
    public List<Checkpoint> heads() {
        return autoCommit(c -> {
            List<Checkpoint> heads = new ArrayList<>();
            try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(HEADS)) {
                while (rows.next()) {
                    StreamId stream = streamId(rows.getString(1));
                    try {
                        heads.add(new Checkpoint(stream, rows.getLong(2), ChainHash.of(rows.getBytes(3))));
                    } catch (RuntimeException e) {
                        throw new StoreException(text("store.stream.malformed", stream.value()), e);
                    }
                }
            }
            // sorted here, by String.compareTo, so that the order never depends on a database collation
            heads.sort(Comparator.comparing(Checkpoint::stream));
            return List.copyOf(heads);
        }, detail -> text("store.heads", detail));
    }

    @Override
    public void close() {
        closed = true;
        connections.close();
    }

    @Override
    public int schemaVersion() {
        return Dialect.SCHEMA_VERSION; // open() brought the database to it, or refused
    }

    @Override
    public String databaseVersion() {
        return product;
    }

    @Override
    public String toString() {
        return "JdbcLedgerStore[" + database.en() + ", " + product + ", schema version " + Dialect.SCHEMA_VERSION + "]";
    }

    // ---- the schema

    @SuppressWarnings("NullAway") // the work is a Work<Void>, run for its effect: its null result is never read
    private void createSchema() {
        SQLException last = null;
        for (int attempt = 0; attempt < SCHEMA_ATTEMPTS; attempt++) {
            try {
                transaction(c -> {
                    Schema.open(c, dialect, database);
                    return null;
                }, detail -> text("store.open", detail));
                return;
            } catch (StoreException e) {
                if (!(e.getCause() instanceof SQLException sql)) {
                    throw e; // the schema is newer, or the encoding is wrong: trying again changes nothing
                }
                last = sql; // another client created the tables at the same moment: IF NOT EXISTS holds next time
            }
        }
        SQLException failure = Objects.requireNonNull(last, "every attempt failed on SQL");
        throw new StoreException(text("store.open", describe(failure)), failure);
    }

    // ---- running statements

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T autoCommit(Work<T> work, Function<String, Text> failure) {
        return use(false, work, failure);
    }

    private <T> T transaction(Work<T> work, Function<String, Text> failure) {
        return use(true, work, failure);
    }

    /** {@code work} in one transaction on a borrowed connection, for the subject keys' table ({@link JdbcSubjectKeys}). */
    <T> T inTransaction(Work<T> work, Function<String, Text> failure) {
        return transaction(work, failure);
    }

    @Override
    public SubjectKeys subjectKeys() {
        return new JdbcSubjectKeys(this);
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
            broken = !leavesConnectionSound(e) || !rollback(c, transaction);
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

    /** MariaDB and MySQL report a unique key violation as the general SQL state 23000 with their error 1062. */
    private static boolean isMariadbDuplicate(@Nullable Throwable cause) {
        return cause instanceof SQLException sql && "23000".equals(sql.getSQLState()) && sql.getErrorCode() == MARIADB_DUPLICATE;
    }

    /**
     * Whether {@code e} is the statement's own failure — bad data (SQL state 22), a key or constraint (23), a
     * transaction the database rolled back (40), bad SQL or a missing right (42) — after which the connection is as
     * good as before. Any other failure (a lost connection, an I/O error, a database gone read-only) evicts the
     * connection from the pool, so the next call opens a fresh one: an H2 file made writable again is written again.
     */
    private static boolean leavesConnectionSound(SQLException e) {
        String state = e.getSQLState();
        return state != null && !isConnectionLost(e)
                && (state.startsWith("22") || state.startsWith("23") || state.startsWith("40") || state.startsWith("42"));
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

    /** A long from a one-row query, with an optional stream parameter; 0 for no row or a SQL NULL (an empty stream). */
    private static long single(Connection c, String sql, @Nullable StreamId stream) throws SQLException {
        return single(c, sql, stream == null ? null : stream.value());
    }

    /** A long from a one-row query, with an optional text parameter; 0 for no row or a SQL NULL. */
    private static long single(Connection c, String sql, @Nullable String parameter) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** The records {@code query} finds, all of {@code stream} if not null, else each of the stream its number names. */
    private List<StoredRecord> records(Connection c, PreparedStatement query, @Nullable StreamId stream) throws SQLException {
        List<StoredRecord> records = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                records.add(record(c, rows, stream));
            }
        }
        return List.copyOf(records);
    }

    /** The record in {@code row}; a row the store cannot have written (a hand-edited table) is named by its position. */
    private StoredRecord record(Connection c, ResultSet row, @Nullable StreamId stream) throws SQLException {
        long position = row.getLong(1);
        try {
            return new StoredRecord(stream != null ? stream : streamName(c, row.getInt(2)), row.getLong(3), position,
                    typeName(c, row.getInt(4)), dialect.readTime(row, 5),
                    Payloads.decode(row.getBytes(6)), ChainHash.of(row.getBytes(7)));
        } catch (RuntimeException e) {
            Object detail = e instanceof YibanException y ? y.text() : String.valueOf(e.getMessage());
            throw new StoreException(text("store.record.malformed", position, detail), e);
        }
    }

    /** The number of {@code stream} in the stream table, or null when it has no record. */
    private @Nullable Integer streamId(Connection c, StreamId stream) throws SQLException {
        Integer id = streamIds.get(stream);
        if (id != null) {
            return id;
        }
        try (PreparedStatement query = c.prepareStatement(STREAM_ID)) {
            query.setString(1, stream.value());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                id = row.getInt(1);
            }
        }
        streamIds.put(stream, id);
        return id;
    }

    /** The stream numbered {@code id}; a number the stream table lacks is a record of no stream (a hand-edited table). */
    private StreamId streamName(Connection c, int id) throws SQLException {
        StreamId stream = streamNames.get(id);
        if (stream != null) {
            return stream;
        }
        try (PreparedStatement query = c.prepareStatement(STREAM_NAME)) {
            query.setInt(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no stream is numbered " + id);
                }
                stream = StreamId.of(row.getString(1));
            }
        }
        streamNames.put(id, stream);
        return stream;
    }

    private StreamId streamId(String value) {
        try {
            return StreamId.of(value);
        } catch (RuntimeException e) {
            throw new StoreException(text("store.stream.malformed", value), e);
        }
    }

    /** The record type numbered {@code id}; a number the type table lacks is a hand-edited table. */
    private String typeName(Connection c, int id) throws SQLException {
        String type = typeNames.get(id);
        if (type != null) {
            return type;
        }
        try (PreparedStatement query = c.prepareStatement(TYPE_NAME)) {
            query.setInt(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("no record type is numbered " + id);
                }
                type = row.getString(1);
            }
        }
        typeNames.put(id, type);
        return type;
    }

    /** Refuses a record timed to a fraction of a millisecond, which a timestamp column would not keep exactly. */
    @SuppressWarnings("JavaInstantGetSecondsGetNano") // the nanoseconds within the second are what is checked
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

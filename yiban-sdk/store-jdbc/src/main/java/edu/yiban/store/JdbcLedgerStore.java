package edu.yiban.store;

import edu.yiban.core.ledger.spi.CapableStore;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.spi.StoreCapability;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.privacy.SubjectKeys;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The durable ledger store (持久化账本存储): every record in one table of a relational database, H2
 * embedded in the app, PostgreSQL or MariaDB/MySQL in production.
 *
 * <p>It keeps the {@link edu.yiban.core.ledger.spi.LedgerStore} contract with the database's own means:
 * <ul>
 *   <li>a batch is appended in one transaction, so it is kept whole or not at all;</li>
 *   <li>a unique key on (stream, sequence) lets the database itself refuse a second writer at the same
 *       version, and every append checks the stream's version under the position lock, so a stale
 *       append from any thread or any process gets a {@link ConcurrencyException} with the stream's
 *       actual version and keeps nothing;</li>
 *   <li>global positions are handed out under a row lock held until commit, so they are dense
 *       (1, 2, 3 …) and become visible in order: a reader paging forward with {@code readAll} never
 *       skips a committed record; on H2, whose row lock is not always exclusive under load, the stores
 *       over one database in one JVM also take turns in the JVM first;</li>
 *   <li>an append the database rolls back to break a deadlock (SQL state 40001 or 40P01) wrote nothing
 *       and is run again, up to 5 times;</li>
 *   <li>payloads and hashes are kept as binary (BYTEA, BINARY VARYING), streams and types as UTF-8 text,
 *       times to the millisecond;</li>
 *   <li>the schema is created when missing, with a schema version row; a database with a newer schema
 *       is refused;</li>
 *   <li>a database failure is a bilingual {@link StoreException} naming the database (never its
 *       password) and what was being done.</li>
 * </ul>
 * docs/storage.md gives the schema and the reasons.
 *
 * <pre>{@code
 * try (JdbcLedgerStore store = JdbcLedgerStore.h2File(Path.of("campus"))) {   // keeps campus.mv.db
 *     Ledger ledger = new Ledger(store, Clock.systemUTC());
 *     StreamId stream = StreamId.of("archive", "2022030117");
 *     ledger.append(stream, ledger.version(stream), List.of(new RecordDraft("archive.entry-recorded", bytes)));
 * }
 *
 * // production: one PostgreSQL database shared by every app server
 * JdbcLedgerStore store = JdbcLedgerStore.postgres("jdbc:postgresql://db.campus.edu.cn/yiban", "yiban", password);
 * }</pre>
 *
 * <p>The factories other than {@link #of(DataSource)} keep a small pool of connections of their own,
 * which {@link #close()} closes. Stores are safe for use by many threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface JdbcLedgerStore extends CapableStore {

    /**
     * A store in the H2 database file {@code file}, created if missing. H2 names its file
     * {@code <file>.mv.db}; a {@code file} that already ends in {@code .mv.db} names that file itself.
     * Only one process may open the file at a time: the store is {@link StoreCapability#DURABLE}, not
     * {@link StoreCapability#CONCURRENT_WRITERS_ACROSS_PROCESSES}.
     *
     * @throws IllegalArgumentException if the path holds a ';', which H2 cannot take in a file name
     * @throws StoreException           if the file cannot be opened (e.g. another process holds it)
     */
    static JdbcLedgerStore h2File(Path file) {
        return JdbcStores.h2File(file);
    }

    /**
     * A store in the H2 in-memory database {@code name} of this JVM: for tests and demos. It lives while
     * a store over it is open; stores opened with the same name at the same time share it.
     *
     * @param name letters, digits, '_' or '-'
     */
    static JdbcLedgerStore h2InMemory(String name) {
        return JdbcStores.h2InMemory(name);
    }

    /**
     * A store in the PostgreSQL database at {@code url}, e.g.
     * {@code jdbc:postgresql://127.0.0.1:5432/yiban?user=yiban&password=…}. The database must be encoded
     * UTF8. Several processes may write at once.
     *
     * @throws IllegalArgumentException if {@code url} is not a {@code jdbc:postgresql:} URL
     * @throws StoreException           if the database cannot be reached or is not usable
     */
    static JdbcLedgerStore postgres(String url) {
        return JdbcStores.postgres(url, null, null);
    }

    /**
     * Like {@link #postgres(String)}, with the user and password kept out of the URL; either may be {@code null}, and is
     * then not given to the driver (the URL's, or the driver's default, applies).
     */
    static JdbcLedgerStore postgres(String url, @Nullable String user, @Nullable String password) {
        return JdbcStores.postgres(url, user, password);
    }

    /**
     * A store in the MariaDB (or MySQL) database at {@code url}, e.g.
     * {@code jdbc:mariadb://127.0.0.1:3306/yiban?user=yiban&password=…}, with the MariaDB driver
     * ({@code org.mariadb.jdbc:mariadb-java-client}) on the class path. Stream names are kept in UTF-8 and compared
     * byte for byte, times in UTC. Several processes may write at once.
     *
     * @throws IllegalArgumentException if {@code url} is not a {@code jdbc:mariadb:} or {@code jdbc:mysql:} URL
     * @throws StoreException           if the database cannot be reached or is not usable
     */
    static JdbcLedgerStore mariadb(String url) {
        return JdbcStores.mariadb(url, null, null);
    }

    /**
     * Like {@link #mariadb(String)}, with the user and password kept out of the URL; either may be {@code null}, and is
     * then not given to the driver.
     */
    static JdbcLedgerStore mariadb(String url, @Nullable String user, @Nullable String password) {
        return JdbcStores.mariadb(url, user, password);
    }

    /**
     * A store over connections from {@code dataSource} (e.g. the app's own HikariCP pool), to an H2, a
     * PostgreSQL or a MariaDB/MySQL database. Every call borrows a connection and gives it back; {@link #close()} leaves the
     * data source open, as it belongs to the caller. Capabilities follow the database: PostgreSQL is
     * durable and takes writers across processes; an H2 file is durable; an H2 server (tcp) takes writers
     * across processes. Give an H2 URL {@code ;OPTIMIZE_REUSE_RESULTS=FALSE}, as the store's own H2
     * factories do: H2 2.3 otherwise now and then answers a query with the cached result of its last run
     * while another session commits, and the store refuses an append it should have accepted (a
     * {@code ConcurrencyException} the caller retries, never a wrong record).
     *
     * @throws StoreException if the database cannot be reached, is not H2, PostgreSQL, MariaDB or MySQL, or is not usable
     */
    static JdbcLedgerStore of(DataSource dataSource) {
        return JdbcStores.of(dataSource);
    }

    /**
     * The version of the ledger's tables (表结构版本) this store reads and writes: the database was brought to it when the
     * store opened (created, or migrated once from an older version; a newer one is refused). docs/storage.md gives each
     * version's tables.
     */
    int schemaVersion();

    /** The database's product and version as its driver reports them when the store opened, e.g. "PostgreSQL 15.14". */
    String databaseVersion();

    /**
     * The subjects' keys (个人密钥) in this database, in their own table ({@code yiban_subject_key}, made when the store
     * opens), for {@code YibanCore.builder().subjectKeys(...)}: every app server over one database then reads the same
     * keys. Destroying a person's keys deletes their rows; the database may keep the old row versions a while (MVCC,
     * its log, its backups), so erasure is only as final as the campus's handling of those (docs/privacy.md).
     *
     * <pre>{@code
     * JdbcLedgerStore store = JdbcLedgerStore.postgres(url, user, password);
     * YibanCore core = YibanCore.builder().store(store).subjectKeys(store.subjectKeys()).build();
     * }</pre>
     */
    SubjectKeys subjectKeys();
}

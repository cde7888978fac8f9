package edu.yiban.examples.benchmarks;

import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.store.JdbcLedgerStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The durable stores (持久化存储): appending through the {@link WritableLedger} to the JDBC store on an H2 file, a
 * PostgreSQL database and a MariaDB database, one transaction per batch of 200-byte records round 1,000 streams, with
 * its baseline in the same run: {@code rawBatchInsert}, the same rows (position, stream, sequence, type, time, payload,
 * hash, with the hashes computed beforehand) inserted with one JDBC batch a transaction into a plain table with the
 * same keys, on its own connection to the same database. The score counts batches a second; multiply by {@code batch}
 * for records, and divide {@code append} by {@code rawBatchInsert} for the store's share of the database's own speed.
 *
 * <p>PostgreSQL and MariaDB are those that {@code YIBAN_BENCH_PG_URL} and {@code YIBAN_BENCH_MARIADB_URL} name, else
 * the tests' ({@code YIBAN_TEST_PG_URL}, {@code YIBAN_TEST_MARIADB_URL}), else this project's machines' servers
 * (../shared/TOOLCHAIN.md); each trial works in a new schema or database, dropped at its end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class JdbcStoreBenchmark {
    private static final String POSTGRES = server("YIBAN_BENCH_PG_URL", "YIBAN_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final String MARIADB = server("YIBAN_BENCH_MARIADB_URL", "YIBAN_TEST_MARIADB_URL",
            "jdbc:mariadb://127.0.0.1:3306/test?user=root");

    /** The database: an H2 file, PostgreSQL or MariaDB. */
    @Param({"h2", "postgres", "mariadb"})
    public String store;

    /** Records per append (one transaction). */
    @Param({"1", "100"})
    public int batch;

    private Path directory;
    private String name;
    private String url;
    private JdbcLedgerStore opened;
    private WritableLedger ledger;
    private final StreamId[] streams = LedgerBenchmark.streams("archive");
    private final long[] versions = new long[LedgerBenchmark.STREAMS];
    private List<List<RecordDraft>> drafts;
    private int next;

    private Connection raw;
    private PreparedStatement insert;
    private final long[] rawVersions = new long[LedgerBenchmark.STREAMS];
    private final ChainHash[] rawHeads = new ChainHash[LedgerBenchmark.STREAMS];
    private long rawPosition;
    private int rawNext;

    /** Opens the store over a new database, and the baseline's connection and table in the same one. */
    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        drafts = LedgerBenchmark.drafts(batch, 3L);
        name = "yiban_bench_" + UUID.randomUUID().toString().replace("-", "");
        switch (store) {
            case "h2" -> {
                directory = Files.createTempDirectory("yiban-bench-h2-");
                opened = JdbcLedgerStore.h2File(directory.resolve("ledger"));
                url = "jdbc:h2:file:" + directory.resolve("ledger").toAbsolutePath() + ";USER=sa;PASSWORD=";
            }
            case "postgres" -> {
                execute(POSTGRES, "CREATE SCHEMA " + name);
                url = POSTGRES + (POSTGRES.contains("?") ? "&" : "?") + "currentSchema=" + name;
                opened = JdbcLedgerStore.postgres(url);
            }
            case "mariadb" -> {
                execute(MARIADB, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                url = MARIADB.replaceFirst("(jdbc:(?:mariadb|mysql)://[^/]+/)[^?]*", "$1" + name);
                opened = JdbcLedgerStore.mariadb(url);
            }
            default -> throw new IllegalArgumentException("no such store: " + store + " (h2, postgres or mariadb)");
        }
        ledger = new WritableLedger(opened, Clock.systemUTC());
        raw = DriverManager.getConnection(url);
        try (Statement s = raw.createStatement()) {
            s.execute(switch (store) {
                case "postgres" -> "CREATE TABLE raw_record (position BIGINT PRIMARY KEY, stream VARCHAR(255) NOT NULL, "
                        + "sequence BIGINT NOT NULL, type VARCHAR(255) NOT NULL, recorded_at TIMESTAMP(3) WITH TIME ZONE NOT NULL, "
                        + "payload BYTEA NOT NULL, hash BYTEA NOT NULL, UNIQUE (stream, sequence))";
                case "mariadb" -> "CREATE TABLE raw_record (position BIGINT PRIMARY KEY, stream VARCHAR(255) NOT NULL, "
                        + "sequence BIGINT NOT NULL, type VARCHAR(255) NOT NULL, recorded_at DATETIME(3) NOT NULL, "
                        + "payload LONGBLOB NOT NULL, hash BINARY(32) NOT NULL, UNIQUE (stream, sequence)) ENGINE=InnoDB";
                default -> "CREATE TABLE raw_record (position BIGINT PRIMARY KEY, stream VARCHAR(255) NOT NULL, "
                        + "sequence BIGINT NOT NULL, type VARCHAR(255) NOT NULL, recorded_at TIMESTAMP(3) WITH TIME ZONE NOT NULL, "
                        + "payload BINARY VARYING NOT NULL, hash BINARY(32) NOT NULL, UNIQUE (stream, sequence))";
            });
        }
        raw.setAutoCommit(false);
        insert = raw.prepareStatement("INSERT INTO raw_record (position, stream, sequence, type, recorded_at, payload, hash) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
        Arrays.fill(rawHeads, ChainHash.GENESIS);
    }

    /** Closes the store and the baseline's connection, and drops what the trial made. */
    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        insert.close();
        raw.close();
        opened.close();
        switch (store) {
            case "postgres" -> execute(POSTGRES, "DROP SCHEMA " + name + " CASCADE");
            case "mariadb" -> execute(MARIADB, "DROP DATABASE " + name);
            default -> TempDirectories.delete(directory);
        }
    }

    /** Appends one batch to the next stream in one transaction, through the ledger and the store. */
    @Benchmark
    public Object append() {
        int stream = next++ % streams.length;
        List<RecordDraft> records = drafts.get(next & 63);
        Object stored = ledger.append(streams[stream], versions[stream], records);
        versions[stream] += records.size();
        return stored;
    }

    /**
     * The baseline: the same batch as rows, each linked into its stream's chain (cheap beside a commit: LedgerBenchmark
     * links a million a second), inserted with one JDBC batch and committed.
     */
    @Benchmark
    public int rawBatchInsert() throws SQLException {
        int stream = rawNext++ % streams.length;
        List<RecordDraft> records = drafts.get(rawNext & 63);
        List<PendingRecord> pending = PendingRecord.chain(rawHeads[stream], streams[stream], rawVersions[stream],
                Instant.now().truncatedTo(ChronoUnit.MILLIS), records);
        Timestamp time = Timestamp.from(pending.get(0).recordedAt());
        for (PendingRecord record : pending) {
            insert.setLong(1, ++rawPosition);
            insert.setString(2, streams[stream].value());
            insert.setLong(3, record.sequence());
            insert.setString(4, record.type());
            insert.setTimestamp(5, time);
            insert.setBytes(6, record.payload());
            insert.setBytes(7, record.hash().bytes());
            insert.addBatch();
        }
        int[] counts = insert.executeBatch();
        raw.commit();
        rawVersions[stream] += records.size();
        rawHeads[stream] = pending.get(pending.size() - 1).hash();
        return counts.length;
    }

    /** The database the first variable names, else the one the tests use (the second), else this project's machines'. */
    private static String server(String variable, String tests, String fallback) {
        for (String name : List.of(variable, tests)) {
            String url = System.getenv(name);
            if (url != null && !url.isBlank()) {
                return url;
            }
        }
        return fallback;
    }

    private static void execute(String serverUrl, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}

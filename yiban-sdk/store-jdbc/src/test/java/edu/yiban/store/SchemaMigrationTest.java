package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database of schema version 1 (the stream's name in every row, no stream table) is migrated to version 2 when a
 * store opens it: every record, version, position and chain reads the same, and appends go on.
 */
class SchemaMigrationTest {
    /** Version 1's tables, as version 1 of the store created them (PostgreSQL: COLLATE "C" and BYTEA; H2: BINARY). */
    private static String v1Records(boolean postgres) {
        return """
                CREATE TABLE yiban_ledger_record (
                  position    BIGINT NOT NULL PRIMARY KEY,
                  stream      VARCHAR(255)%s NOT NULL,
                  sequence    BIGINT NOT NULL,
                  type        VARCHAR(255) NOT NULL,
                  recorded_at TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                  payload     %s NOT NULL,
                  hash        %s NOT NULL,
                  CONSTRAINT yiban_ledger_record_stream_sequence UNIQUE (stream, sequence),
                  CONSTRAINT yiban_ledger_record_sequence_from_1 CHECK (sequence >= 1),
                  CONSTRAINT yiban_ledger_record_hash_32_bytes CHECK (OCTET_LENGTH(hash) = 32)
                )""".formatted(postgres ? " COLLATE \"C\"" : "", postgres ? "BYTEA" : "BINARY VARYING",
                postgres ? "BYTEA" : "BINARY(32)");
    }

    private static final String V1_META = """
            CREATE TABLE yiban_ledger_meta (
              name  VARCHAR(64) NOT NULL PRIMARY KEY,
              number BIGINT NOT NULL
            )""";

    static List<TestDatabase> databases() {
        // schema version 1 was never written on MariaDB: its store begins at version 2
        return TestDatabase.each().stream().filter(database -> !database.name().equals("MariaDB")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aVersion1DatabaseIsMigratedAndReadsAndVerifiesTheSame(TestDatabase database) throws SQLException {
        List<StoredRecord> written = writeVersion1(database);

        try (JdbcLedgerStore store = database.open()) {
            assertThat(database.number("SELECT number FROM yiban_ledger_meta WHERE name = 'schema_version'")).isEqualTo(2);
            assertThat(tableCount(database, "yiban_ledger_record")).isZero();
            assertThat(store.readAll(1, 1_000)).containsExactlyElementsOf(written);
            assertThat(store.streams()).containsExactly(StreamId.of("archive:2022030117"), StreamId.of("archive:2022030118"),
                    StreamId.of("directory"), StreamId.of("space:class.EDU2201"));
            for (StreamId stream : store.streams()) {
                List<StoredRecord> own = written.stream().filter(r -> r.stream().equals(stream)).toList();
                assertThat(store.read(stream, 1, 1_000)).containsExactlyElementsOf(own);
                assertThat(store.version(stream)).isEqualTo(own.size());
            }
            WritableLedger ledger = new WritableLedger(store, Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));
            assertThat(ledger.verifyAll().ok()).isTrue();

            StreamId archive = StreamId.of("archive:2022030117");
            StoredRecord next = ledger.append(archive, ledger.version(archive),
                    List.of(new RecordDraft("archive.entry-recorded", "{\"after\":1}".getBytes(StandardCharsets.UTF_8)))).get(0);
            assertThat(next.position()).isEqualTo(written.size() + 1);
            assertThat(ledger.verifyAll().ok()).isTrue();
        }
        try (JdbcLedgerStore reopened = database.open()) { // migrated once: opening again changes nothing
            assertThat(reopened.readAll(1, 1_000)).hasSize(written.size() + 1).startsWith(written.toArray(StoredRecord[]::new));
        }
    }

    /** Six runtimes starting together over a version 1 database: every one opens, and the records are copied once. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesOpeningAVersion1DatabaseAtTheSameMomentMigrateItOnce(TestDatabase database) throws Exception {
        List<StoredRecord> written = writeVersion1(database);
        int openers = 6;
        List<JdbcLedgerStore> stores = database.openAtOnce(openers);
        try {
            assertThat(database.number("SELECT number FROM yiban_ledger_meta WHERE name = 'schema_version'")).isEqualTo(2);
            assertThat(database.number("SELECT COUNT(*) FROM yiban_ledger_meta WHERE name = 'schema_version'")).isEqualTo(1);
            assertThat(tableCount(database, "yiban_ledger_record")).isZero();
            for (JdbcLedgerStore store : stores) {
                assertThat(store.readAll(1, 1_000)).containsExactlyElementsOf(written);
                assertThat(store.schemaVersion()).isEqualTo(2);
            }
        } finally {
            stores.forEach(JdbcLedgerStore::close);
        }
    }

    /** H2 commits DDL as it goes: a migration cut off after it made (part of) version 2's tables starts again whole. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMigrationCutOffHalfwayStartsAgainFromVersion1sTable(TestDatabase database) throws SQLException {
        List<StoredRecord> written = writeVersion1(database);
        // what a migration killed during its copy leaves: version 2's tables, partly filled, the version still 1
        database.execute("""
                CREATE TABLE yiban_ledger_stream (id INTEGER NOT NULL PRIMARY KEY, version BIGINT NOT NULL,
                  position BIGINT NOT NULL, name VARCHAR(255) NOT NULL, hash BYTEA NOT NULL)""".replace("BYTEA",
                database.name().startsWith("H2") ? "BINARY(32)" : "BYTEA"));
        database.execute("INSERT INTO yiban_ledger_stream VALUES (7, 1, 1, 'archive:half', " + zeros(database) + ")");

        try (JdbcLedgerStore store = database.open()) {
            assertThat(store.readAll(1, 1_000)).containsExactlyElementsOf(written);
            assertThat(store.streams()).doesNotContain(StreamId.of("archive:half")).hasSize(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void version1sTableLeftBehindAfterTheVersionWasRaisedIsDropped(TestDatabase database) throws SQLException {
        database.open().close();
        try (Connection c = database.raw(); Statement s = c.createStatement()) {
            s.execute(v1Records(!database.name().startsWith("H2")));
        }

        try (JdbcLedgerStore store = database.open()) {
            assertThat(tableCount(database, "yiban_ledger_record")).isZero();
            assertThat(store.streams()).isEmpty();
        }
    }

    private static String zeros(TestDatabase database) {
        return database.name().startsWith("H2") ? "X'" + "00".repeat(32) + "'" : "'\\x" + "00".repeat(32) + "'::bytea";
    }

    private static long tableCount(TestDatabase database, String table) throws SQLException {
        return database.number("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA "
                + "AND LOWER(TABLE_NAME) = '" + table + "'");
    }

    /**
     * Writes a version 1 database by plain SQL: its tables, its meta rows, and the records a ledger chained in memory
     * across four streams, interleaved; returns those records.
     */
    private static List<StoredRecord> writeVersion1(TestDatabase database) throws SQLException {
        WritableLedger memory = new WritableLedger(LedgerStore.inMemory(), Clock.fixed(Instant.parse("2022-06-09T08:00:00.123Z"), ZoneOffset.UTC));
        List<StreamId> streams = List.of(StreamId.of("directory"), StreamId.of("archive:2022030118"),
                StreamId.of("space:class.EDU2201"), StreamId.of("archive:2022030117"));
        for (int turn = 0; turn < 12; turn++) {
            StreamId stream = streams.get(turn % streams.size());
            List<RecordDraft> drafts = new ArrayList<>();
            for (int i = 0; i <= turn % 3; i++) {
                drafts.add(new RecordDraft(stream.kind() + ".recorded", ("{\"turn\":" + turn + ",\"i\":" + i + ",\"名\":\"档案\"}")
                        .getBytes(StandardCharsets.UTF_8)));
            }
            memory.append(stream, memory.version(stream), drafts);
        }
        List<StoredRecord> records = memory.store().readAll(1, 1_000);
        boolean postgres = !database.name().startsWith("H2");
        try (Connection c = database.raw(); Statement s = c.createStatement()) {
            s.execute(V1_META);
            s.execute(v1Records(postgres));
            s.execute("INSERT INTO yiban_ledger_meta VALUES ('schema_version', 1)");
            s.execute("INSERT INTO yiban_ledger_meta VALUES ('last_position', " + records.size() + ")");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO yiban_ledger_record "
                    + "(position, stream, sequence, type, recorded_at, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (StoredRecord r : records) {
                    insert.setLong(1, r.position());
                    insert.setString(2, r.stream().value());
                    insert.setLong(3, r.sequence());
                    insert.setString(4, r.type());
                    insert.setObject(5, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
                    insert.setBytes(6, r.payload());
                    insert.setBytes(7, r.hash().bytes());
                    insert.executeUpdate();
                }
            }
        }
        return records;
    }
}

package edu.yiban.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What differs between the databases the store speaks: the column types of the schema, how a time is bound and read,
 * how the current schema is named. Every other statement the store runs is the same SQL on all three.
 */
enum Dialect {
    H2("BINARY VARYING", "BINARY(32)", "", "TIMESTAMP(3) WITH TIME ZONE", "CURRENT_SCHEMA"),
    /** Stream names sort and compare byte for byte ({@code COLLATE "C"}), whatever the database's locale. */
    POSTGRESQL("BYTEA", "BYTEA", " COLLATE \"C\"", "TIMESTAMP(3) WITH TIME ZONE", "CURRENT_SCHEMA"),
    /**
     * MariaDB (and MySQL): stream names in UTF-8 compared byte for byte ({@code utf8mb4_bin}), times as UTC in a
     * {@code DATETIME(3)} (bound and read as local date-times, so no session time zone can shift them).
     */
    MARIADB("LONGBLOB", "BINARY(32)", " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", "DATETIME(3)", "DATABASE()");

    /** The version of the schema below; a database with a higher one is refused, a lower one migrated ({@link Schema}). */
    static final int SCHEMA_VERSION = 2;
    /** The table of records of schema version 2 (version 1's was {@code yiban_ledger_record}, with the stream's name in each row). */
    static final String RECORDS = "yiban_ledger_record_v2";
    /** The table of streams and their heads, kept at every append in the append's transaction. */
    static final String STREAMS = "yiban_ledger_stream";
    /** The table of record types: each type's name once, its number in the records' rows. */
    static final String TYPES = "yiban_ledger_type";
    /** The table of the subjects' keys that seal their personal details ({@link JdbcSubjectKeys}). */
    static final String SUBJECT_KEYS = "yiban_subject_key";
    /** Schema version 1's table of records, which the migration to version 2 copies and then drops. */
    static final String RECORDS_V1 = "yiban_ledger_record";

    private final String binary;
    private final String hash;
    private final String bytewise;
    private final String time;
    private final String currentSchema;

    Dialect(String binary, String hash, String bytewise, String time, String currentSchema) {
        this.binary = binary;
        this.hash = hash;
        this.bytewise = bytewise;
        this.time = time;
        this.currentSchema = currentSchema;
    }

    /** The dialect of a database, by the product name its driver reports; null for any other database. */
    static @Nullable Dialect of(String productName) {
        return switch (productName.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            case "mariadb", "mysql" -> MARIADB;
            default -> null;
        };
    }

    /** Whether a schema change (CREATE, DROP) commits the transaction it runs in, as on H2 and MariaDB. */
    boolean ddlCommits() {
        return this != POSTGRESQL;
    }

    /** The SQL expression of the schema (MariaDB: the database) the store's tables are in. */
    String currentSchema() {
        return currentSchema;
    }

    /** Binds {@code recordedAt} to parameter {@code index}. */
    void bindTime(PreparedStatement statement, int index, Instant recordedAt) throws SQLException {
        if (this == MARIADB) {
            statement.setObject(index, LocalDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
        }
    }

    /** Reads the time in column {@code index} of {@code row}. */
    Instant readTime(ResultSet row, int index) throws SQLException {
        if (this == MARIADB) {
            return row.getObject(index, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
        return row.getObject(index, OffsetDateTime.class).toInstant();
    }

    /** The meta table: the schema version and the position lock's row. */
    String createMeta() {
        return """
                CREATE TABLE IF NOT EXISTS yiban_ledger_meta (
                  name   VARCHAR(64) NOT NULL PRIMARY KEY,
                  number BIGINT NOT NULL
                )""";
    }

    /**
     * The tables of schema version 2 but the meta table, each created only if missing (docs/storage.md explains every
     * column). Columns are ordered for PostgreSQL's alignment: 8-byte ones first.
     */
    List<String> createTables() {
        return List.of("""
                CREATE TABLE IF NOT EXISTS yiban_ledger_stream (
                  id       INTEGER NOT NULL PRIMARY KEY,
                  version  BIGINT NOT NULL,
                  position BIGINT NOT NULL,
                  name     VARCHAR(255)%s NOT NULL,
                  hash     %s NOT NULL,
                  CONSTRAINT yiban_ledger_stream_name UNIQUE (name),
                  CONSTRAINT yiban_ledger_stream_version_from_1 CHECK (version >= 1),
                  CONSTRAINT yiban_ledger_stream_hash_32_bytes CHECK (OCTET_LENGTH(hash) = 32)
                )""".formatted(bytewise, hash), """
                CREATE TABLE IF NOT EXISTS yiban_ledger_type (
                  id   INTEGER NOT NULL PRIMARY KEY,
                  name VARCHAR(255)%s NOT NULL,
                  CONSTRAINT yiban_ledger_type_name UNIQUE (name)
                )""".formatted(bytewise), """
                CREATE TABLE IF NOT EXISTS yiban_ledger_record_v2 (
                  position    BIGINT NOT NULL PRIMARY KEY,
                  sequence    BIGINT NOT NULL,
                  recorded_at %s NOT NULL,
                  stream_id   INTEGER NOT NULL,
                  type_id     INTEGER NOT NULL,
                  payload     %s NOT NULL,
                  hash        %s NOT NULL,
                  CONSTRAINT yiban_ledger_record_v2_stream_sequence UNIQUE (stream_id, sequence),
                  CONSTRAINT yiban_ledger_record_v2_sequence_from_1 CHECK (sequence >= 1),
                  CONSTRAINT yiban_ledger_record_v2_payload_form CHECK (OCTET_LENGTH(payload) >= 1),
                  CONSTRAINT yiban_ledger_record_v2_hash_32_bytes CHECK (OCTET_LENGTH(hash) = 32)
                )""".formatted(time, binary, hash));
    }

    /** The table of subject keys (个人密钥, {@link JdbcSubjectKeys}): outside the ledger's schema version, created when missing. */
    String createSubjectKeys() {
        return """
                CREATE TABLE IF NOT EXISTS %s (
                  person   VARCHAR(64)%s NOT NULL,
                  key_id   CHAR(16) NOT NULL,
                  material %s NOT NULL,
                  CONSTRAINT yiban_subject_key_person_key PRIMARY KEY (person, key_id),
                  CONSTRAINT yiban_subject_key_32_bytes CHECK (OCTET_LENGTH(material) = 32)
                )""".formatted(SUBJECT_KEYS, bytewise, hash);
    }

    /** Drops the tables {@link #createTables()} makes (a migration to version 2 that was cut off starts again). */
    List<String> dropTables() {
        return List.of("DROP TABLE IF EXISTS " + RECORDS, "DROP TABLE IF EXISTS " + STREAMS, "DROP TABLE IF EXISTS " + TYPES);
    }
}

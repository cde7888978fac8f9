package edu.yiban.sdk.internal.store;

import java.util.List;

/**
 * What differs between the databases the store speaks: the column types of the schema, and how the streams are
 * listed. Every other statement the store runs is the same SQL on both.
 */
enum Dialect {
    H2("BINARY VARYING", "BINARY(32)", ""),
    /** Stream names sort and compare byte for byte ({@code COLLATE "C"}), whatever the database's locale. */
    POSTGRESQL("BYTEA", "BYTEA", " COLLATE \"C\"");

    /** The version of the schema below; a database with a higher one is refused. */
    static final int SCHEMA_VERSION = 1;

    private final String binary;
    private final String hash;
    private final String bytewise;

    Dialect(String binary, String hash, String bytewise) {
        this.binary = binary;
        this.hash = hash;
        this.bytewise = bytewise;
    }

    /** The dialect of a database, by the product name its driver reports; null for any other database. */
    static Dialect of(String productName) {
        if (productName.equalsIgnoreCase("H2")) {
            return H2;
        }
        return productName.equalsIgnoreCase("PostgreSQL") ? POSTGRESQL : null;
    }

    /**
     * The statement that lists every stream (in no order). PostgreSQL takes one index seek a stream (a "loose index
     * scan": the next name after the last along the unique key on (stream, sequence)), where {@code SELECT DISTINCT}
     * reads every record — seconds at millions of records, paid at every start. H2 runs that recursive query by
     * scanning the rest of the index for each step (minutes at millions), and a seek a stream from Java costs about
     * 0.1 ms a statement (3.5 s for 30,000 streams): one pass over the index is faster there.
     */
    String listStreams() {
        if (this == H2) {
            return "SELECT DISTINCT stream FROM yiban_ledger_record";
        }
        return "WITH RECURSIVE s(stream) AS ("
                + "SELECT MIN(stream) FROM yiban_ledger_record "
                + "UNION ALL SELECT (SELECT MIN(r.stream) FROM yiban_ledger_record r WHERE r.stream > s.stream) "
                + "FROM s WHERE s.stream IS NOT NULL) "
                + "SELECT stream FROM s WHERE stream IS NOT NULL";
    }

    /** The tables, each created only if missing (docs/storage.md explains every column). */
    List<String> createTables() {
        return List.of("""
                CREATE TABLE IF NOT EXISTS yiban_ledger_meta (
                  name  VARCHAR(64) NOT NULL PRIMARY KEY,
                  number BIGINT NOT NULL
                )""", """
                CREATE TABLE IF NOT EXISTS yiban_ledger_record (
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
                )""".formatted(bytewise, binary, hash));
    }
}

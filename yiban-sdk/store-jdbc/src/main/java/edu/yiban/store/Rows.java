package edu.yiban.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** The statements that write the rows of schema version 2 ({@link Dialect#createTables()}), shared by appends and migrations. */
final class Rows {
    static final String INSERT = "INSERT INTO " + Dialect.RECORDS
            + " (position, stream_id, sequence, type_id, recorded_at, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_TYPE = "INSERT INTO " + Dialect.TYPES + " (id, name) VALUES (?, ?)";
    static final String INSERT_STREAM = "INSERT INTO " + Dialect.STREAMS
            + " (id, name, version, position, hash) VALUES (?, ?, ?, ?, ?)";
    static final String UPDATE_HEAD = "UPDATE " + Dialect.STREAMS + " SET version = ?, position = ?, hash = ? WHERE id = ?";

    private Rows() {
    }

    /** Binds a record's row to {@link #INSERT}, its payload in the column's form ({@link Payloads#encode}). */
    static void bind(PreparedStatement insert, Dialect dialect, long position, int stream, long sequence, int type,
            Instant recordedAt, byte[] payload, byte[] hash) throws SQLException {
        insert.setLong(1, position);
        insert.setInt(2, stream);
        insert.setLong(3, sequence);
        insert.setInt(4, type);
        dialect.bindTime(insert, 5, recordedAt);
        insert.setBytes(6, Payloads.encode(payload));
        insert.setBytes(7, hash);
    }

    /** Binds a new stream's row, with its head, to {@link #INSERT_STREAM}. */
    static void bindStream(PreparedStatement insert, int id, String name, long version, long position, byte[] hash)
            throws SQLException {
        insert.setInt(1, id);
        insert.setString(2, name);
        insert.setLong(3, version);
        insert.setLong(4, position);
        insert.setBytes(5, hash);
    }

    /** Binds a stream's new head to {@link #UPDATE_HEAD}. */
    static void bindHead(PreparedStatement update, int id, long version, long position, byte[] hash) throws SQLException {
        update.setLong(1, version);
        update.setLong(2, position);
        update.setBytes(3, hash);
        update.setInt(4, id);
    }
}

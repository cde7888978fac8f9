package edu.yiban.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Where the store gets its connections: a small pool of its own (for the factories that open the
 * database themselves), or the caller's data source, which pools as it likes.
 */
abstract class Connections {
    /** How long a call waits for a free connection of the store's own pool. */
    static final int WAIT_SECONDS = 30;
    /** A pooled connection idle for longer is checked before use (the server may have closed it). */
    private static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** Opens one new connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** A connection to work with; give it back with {@link #giveBack}. */
    abstract Connection borrow() throws SQLException;

    /**
     * Takes a borrowed connection back, in auto-commit mode; a broken one (lost, or left in an unknown
     * state) is closed rather than used again.
     */
    abstract void giveBack(Connection connection, boolean broken);

    /** Whether a transaction must set READ COMMITTED itself (a caller's connection may be set otherwise). */
    abstract boolean setsIsolationPerTransaction();

    /** Closes what belongs to the store; the caller's data source is left open. */
    abstract void close();

    /** A pool of at most {@code size} connections from {@code opener}, opened as needed and kept until close. */
    static Connections pool(Opener opener, int size) {
        return new Pool(opener, size);
    }

    /** Connections borrowed from the caller's {@code dataSource} for each call and closed (given back) after it. */
    static Connections of(DataSource dataSource) {
        return new Borrowed(dataSource);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // a connection that cannot even close is gone anyway
        }
    }

    private static final class Pool extends Connections {
        private final Opener opener;
        private final Semaphore permits;
        private final Deque<Idle> idle = new ConcurrentLinkedDeque<>();
        private volatile boolean closed;

        Pool(Opener opener, int size) {
            this.opener = Objects.requireNonNull(opener, "opener is null");
            this.permits = new Semaphore(size, true);
        }

        @Override
        Connection borrow() throws SQLException {
            try {
                if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new SQLTimeoutException("no connection free within " + WAIT_SECONDS + " s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLTimeoutException("interrupted while waiting for a connection", e);
            }
            for (Idle waiting = idle.pollFirst(); waiting != null; waiting = idle.pollFirst()) {
                if (System.nanoTime() - waiting.since() < CHECK_AFTER_IDLE_NANOS || isValid(waiting.connection())) {
                    return waiting.connection();
                }
                closeQuietly(waiting.connection());
            }
            Connection connection = null;
            try {
                connection = opener.open();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                return connection;
            } catch (SQLException | RuntimeException e) {
                if (connection != null) {
                    closeQuietly(connection);
                }
                permits.release();
                throw e;
            }
        }

        @Override
        void giveBack(Connection connection, boolean broken) {
            try {
                if (broken || closed) {
                    closeQuietly(connection);
                } else {
                    idle.addFirst(new Idle(connection, System.nanoTime()));
                    if (closed) {
                        drain(); // close() ran between the check and the add
                    }
                }
            } finally {
                permits.release();
            }
        }

        @Override
        boolean setsIsolationPerTransaction() {
            return false;
        }

        @Override
        void close() {
            closed = true;
            drain();
        }

        private void drain() {
            for (Idle waiting = idle.pollFirst(); waiting != null; waiting = idle.pollFirst()) {
                closeQuietly(waiting.connection());
            }
        }

        private static boolean isValid(Connection connection) {
            try {
                return connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }

        private record Idle(Connection connection, long since) {
        }
    }

    private static final class Borrowed extends Connections {
        private final DataSource dataSource;

        Borrowed(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource is null");
        }

        @Override
        Connection borrow() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        void giveBack(Connection connection, boolean broken) {
            closeQuietly(connection);
        }

        @Override
        boolean setsIsolationPerTransaction() {
            return true;
        }

        @Override
        void close() {
            // the data source is the caller's
        }
    }
}

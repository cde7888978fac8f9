package edu.yiban.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Where the store gets its connections: a small HikariCP pool of its own (for the factories that open the
 * database themselves), or the caller's data source, which pools as it likes.
 */
abstract class Connections {
    /** How long a call waits for a free connection of the store's own pool. */
    static final int WAIT_SECONDS = 30;

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
    static Connections pool(Opener opener, int size, String name) {
        return new Pool(opener, size, name);
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

    /**
     * The store's own HikariCP pool: at most {@code size} connections, each checked by the pool before it is handed
     * out, a connection the store found broken evicted (closed, not handed out again), and none retired while it
     * works (an H2 in-memory database lives as long as a connection to it).
     */
    private static final class Pool extends Connections {
        private final @Nullable HikariDataSource pool;
        /** Why the pool could not start (its first connection failed); every call then fails with it. */
        private final @Nullable SQLException startFailure;

        Pool(Opener opener, int size, String name) {
            HikariConfig config = new HikariConfig();
            config.setDataSource(new OpenerDataSource(opener));
            config.setPoolName(name);
            config.setMaximumPoolSize(size);
            config.setMinimumIdle(1);
            config.setIdleTimeout(0);
            config.setMaxLifetime(0);
            config.setKeepaliveTime(0);
            config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            config.setAutoCommit(true);
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            config.setInitializationFailTimeout(1); // one attempt at once: an unreachable database fails the open, not 30 s later
            HikariDataSource started = null;
            SQLException failure = null;
            try {
                started = new HikariDataSource(config);
            } catch (HikariPool.PoolInitializationException e) {
                failure = e.getCause() instanceof SQLException sql ? sql : new SQLException(String.valueOf(e.getMessage()), e);
            }
            this.pool = started;
            this.startFailure = failure;
        }

        @Override
        Connection borrow() throws SQLException {
            if (pool == null) {
                throw Objects.requireNonNull(startFailure, "a pool that did not start has its failure");
            }
            try {
                return pool.getConnection();
            } catch (SQLTransientConnectionException e) {
                if (e.getCause() instanceof SQLException cause) {
                    throw cause; // the database's own refusal (unreachable, a bad password), not the pool's wait
                }
                throw new SQLTimeoutException("no connection free within " + WAIT_SECONDS + " s", e);
            }
        }

        @Override
        void giveBack(Connection connection, boolean broken) {
            if (broken && pool != null) {
                pool.evictConnection(connection);
            } else {
                closeQuietly(connection);
            }
        }

        @Override
        boolean setsIsolationPerTransaction() {
            return false;
        }

        @Override
        void close() {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /** The opener as the data source HikariCP takes connections from. */
    private static final class OpenerDataSource implements DataSource {
        private final Opener opener;
        private @Nullable PrintWriter log;
        private int loginTimeout;

        OpenerDataSource(Opener opener) {
            this.opener = Objects.requireNonNull(opener, "opener is null");
        }

        @Override
        public Connection getConnection() throws SQLException {
            return opener.open();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException("the store's opener carries its own user");
        }

        @Override
        public @Nullable PrintWriter getLogWriter() {
            return log;
        }

        @Override
        public void setLogWriter(@Nullable PrintWriter out) {
            this.log = out;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            this.loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no java.util.logging here");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
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

package edu.yiban.store;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.ledger.spi.StoreCapability;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** Opens {@link JdbcStore}s for the factories of {@link JdbcLedgerStore}. */
final class JdbcStores {
    /** Connections of a store's own pool: appends take turns anyway, reads run side by side. */
    private static final int POOL_SIZE = 8;
    /**
     * H2's settings: wait up to 30 s for a lock (the position lock; its default is one second), write
     * every commit to the file at once (its default waits up to 500 ms, and a process killed meanwhile
     * loses records it had acknowledged), and run every query afresh (H2 2.3 may hand a query the cached
     * result of its last run while another session commits, so a stream's version would be stale).
     */
    private static final String H2_SETTINGS = ";LOCK_TIMEOUT=30000;WRITE_DELAY=0;OPTIMIZE_REUSE_RESULTS=FALSE";
    private static final String H2_FILE_SUFFIX = ".mv.db";
    private static final Pattern MEMORY_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    private static final String MARIADB_PREFIX = "jdbc:mariadb:";
    private static final String MYSQL_PREFIX = "jdbc:mysql:";

    private JdbcStores() {
    }

    public static JdbcLedgerStore h2File(Path file) {
        Objects.requireNonNull(file, "file is null");
        String base = file.toAbsolutePath().normalize().toString();
        if (base.endsWith(H2_FILE_SUFFIX)) {
            base = base.substring(0, base.length() - H2_FILE_SUFFIX.length());
        }
        if (base.indexOf(';') >= 0) {
            throw new IllegalArgumentException("H2 cannot open a file whose path holds ';': " + file);
        }
        return h2("jdbc:h2:file:" + base + H2_SETTINGS, text("db.h2.file", base + H2_FILE_SUFFIX),
                EnumSet.of(StoreCapability.DURABLE));
    }

    public static JdbcLedgerStore h2InMemory(String name) {
        Objects.requireNonNull(name, "name is null");
        if (!MEMORY_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an H2 in-memory database is named by 1 to 64 letters, digits, '_' or '-', not '"
                    + name + "'");
        }
        return h2("jdbc:h2:mem:" + name + H2_SETTINGS, text("db.h2.memory", name), EnumSet.noneOf(StoreCapability.class));
    }

    public static JdbcLedgerStore postgres(String url, @Nullable String user, @Nullable String password) {
        Objects.requireNonNull(url, "url is null");
        if (!url.startsWith(POSTGRES_PREFIX)) {
            throw new IllegalArgumentException("a PostgreSQL URL starts with " + POSTGRES_PREFIX + ", not " + redact(url));
        }
        Properties properties = login(user, password);
        Driver driver = driver(url, "org.postgresql:postgresql");
        return JdbcStore.open(Connections.pool(() -> driver.connect(url, properties), POOL_SIZE, "yiban-ledger-postgres"), Dialect.POSTGRESQL,
                text("db.postgres", redact(url.substring(POSTGRES_PREFIX.length()))),
                EnumSet.of(StoreCapability.DURABLE, StoreCapability.CONCURRENT_WRITERS_ACROSS_PROCESSES));
    }

    public static JdbcLedgerStore mariadb(String url, @Nullable String user, @Nullable String password) {
        Objects.requireNonNull(url, "url is null");
        String prefix = url.startsWith(MARIADB_PREFIX) ? MARIADB_PREFIX : MYSQL_PREFIX;
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException("a MariaDB URL starts with " + MARIADB_PREFIX + " (or " + MYSQL_PREFIX + "), not "
                    + redact(url));
        }
        Properties properties = login(user, password);
        Driver driver = driver(url, "org.mariadb.jdbc:mariadb-java-client");
        return JdbcStore.open(Connections.pool(() -> driver.connect(url, properties), POOL_SIZE, "yiban-ledger-mariadb"), Dialect.MARIADB,
                text("db.mariadb", redact(url.substring(prefix.length()))),
                EnumSet.of(StoreCapability.DURABLE, StoreCapability.CONCURRENT_WRITERS_ACROSS_PROCESSES));
    }

    public static JdbcLedgerStore of(DataSource dataSource) {
        Connections connections = Connections.of(dataSource);
        String product;
        String url;
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            product = meta.getDatabaseProductName();
            url = String.valueOf(meta.getURL());
        } catch (SQLException e) {
            Text database = text("db.other", "JDBC", dataSource.getClass().getName());
            throw new StoreException(StoreMessages.BUNDLE.text("store.open", database, String.valueOf(e.getMessage())), e);
        }
        Text database = text("db.other", product, redact(url));
        Dialect dialect = Dialect.of(product);
        if (dialect == null) {
            throw new StoreException(StoreMessages.BUNDLE.text("store.unsupported", database), null);
        }
        return JdbcStore.open(connections, dialect, database, capabilities(dialect, url));
    }

    /**
     * What a database reached through a caller's data source can do: PostgreSQL and MariaDB everything; H2 is durable
     * unless in memory, and takes writers from other processes when served over TCP or in AUTO_SERVER mode.
     */
    static Set<StoreCapability> capabilities(Dialect dialect, String url) {
        if (dialect != Dialect.H2) {
            return EnumSet.of(StoreCapability.DURABLE, StoreCapability.CONCURRENT_WRITERS_ACROSS_PROCESSES);
        }
        Set<StoreCapability> capabilities = EnumSet.noneOf(StoreCapability.class);
        String lower = url.toLowerCase(Locale.ROOT);
        String database = lower.replaceFirst("^jdbc:h2:(tcp|ssl)://[^/]*/", "jdbc:h2:");
        if (!database.startsWith("jdbc:h2:mem:")) {
            capabilities.add(StoreCapability.DURABLE);
        }
        if (!database.equals(lower) || lower.contains(";auto_server=true")) {
            capabilities.add(StoreCapability.CONCURRENT_WRITERS_ACROSS_PROCESSES);
        }
        return capabilities;
    }

    private static JdbcLedgerStore h2(String url, Text database, Set<StoreCapability> capabilities) {
        Driver driver = driver(url, "com.h2database:h2");
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "");
        return JdbcStore.open(Connections.pool(() -> driver.connect(url, properties), POOL_SIZE, "yiban-ledger-h2"), Dialect.H2,
                database, capabilities);
    }

    /** The driver's properties with {@code user} and {@code password}, each left out when null (the URL's, or the driver's default, applies). */
    private static Properties login(@Nullable String user, @Nullable String password) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return properties;
    }

    /**
     * The JDBC driver on the app's class path that takes {@code url}: the store names no driver class, so
     * the app chooses the driver (and its version) by the artifact it adds.
     */
    private static Driver driver(String url, String artifact) {
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new StoreException(text("store.noDriver", redact(url), artifact), e);
        }
    }

    /** A URL without its parameters, which may hold a password: {@code //host:5432/db?password=…} → {@code //host:5432/db}. */
    static String redact(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';', '&'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }

    private static Text text(String key, Object... args) {
        return StoreMessages.BUNDLE.text(key, args);
    }
}

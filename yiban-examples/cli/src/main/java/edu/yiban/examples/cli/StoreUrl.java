package edu.yiban.examples.cli;

import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.store.JdbcLedgerStore;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database named on the command line by its JDBC URL (数据库地址), where a campus's ledger is kept: an H2 file
 * ({@code jdbc:h2:file:PATH}, or the path of its {@code .mv.db} file), PostgreSQL ({@code jdbc:postgresql://HOST:PORT/DB})
 * or MariaDB/MySQL ({@code jdbc:mariadb://HOST:PORT/DB}, {@code jdbc:mysql://…}). Messages name it by {@link #shown()}:
 * the URL without its parameters, which may hold a password.
 *
 * <pre>{@code
 * StoreUrl url = StoreUrl.parse("jdbc:postgresql://db.campus.edu.cn/yiban?sslmode=require");
 * url.shown();                                   // jdbc:postgresql://db.campus.edu.cn/yiban
 * try (JdbcLedgerStore store = url.open(login, false)) { … }
 * }</pre>
 */
record StoreUrl(Kind kind, String url, Path file) {
    /** The databases the command speaks. */
    enum Kind { H2_FILE, POSTGRESQL, MARIADB }

    /** The forms of URL the command takes, as the messages list them. */
    static final String FORMS = "jdbc:h2:file:PATH, jdbc:postgresql://HOST:PORT/DB, jdbc:mariadb://HOST:PORT/DB, jdbc:mysql://HOST:PORT/DB";
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String MV_DB = ".mv.db";
    /** The table of the ledger's schema version, which every ledger has (docs/storage.md). */
    private static final String LEDGER_TABLE = "yiban_ledger_meta";
    /** The SQL states of a table that does not exist: PostgreSQL's, and MariaDB's and MySQL's. */
    private static final Set<String> NO_SUCH_TABLE = Set.of("42P01", "42S02");
    /** The user and password some drivers take before the host: {@code //user:password@host}. */
    private static final Pattern USER_INFO = Pattern.compile("^(jdbc:[A-Za-z0-9]+:(?:[A-Za-z0-9]+:)?//)([^/@?;&]*)@");

    /** Whether {@code value}, given where a campus is named, names a database rather than a saved-campus file. */
    static boolean names(String value) {
        return value.startsWith("jdbc:") || value.endsWith(MV_DB);
    }

    /**
     * The database {@code value} names.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} for a URL of a database the command does not speak, or an H2 URL with settings
     */
    static StoreUrl parse(String value) {
        if (value.startsWith(H2_FILE) || !value.startsWith("jdbc:") && value.endsWith(MV_DB)) {
            String path = value.startsWith(H2_FILE) ? value.substring(H2_FILE.length()) : value;
            if (path.indexOf(';') >= 0) {
                throw new Cli.Problem(Cli.USAGE, "store.h2Settings", shown(value));
            }
            if (path.isBlank()) {
                throw new Cli.Problem(Cli.USAGE, "store.h2NoPath", value);
            }
            if (path.equals("~") || path.startsWith("~/")) {
                path = System.getProperty("user.home") + path.substring(1); // as H2 reads it
            }
            try {
                return new StoreUrl(Kind.H2_FILE, value, Path.of(path).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                throw new Cli.Problem(Cli.USAGE, "store.h2Path", shown(value), Cli.oneLine(e.getReason()));
            }
        }
        if (value.startsWith("jdbc:postgresql:")) {
            return new StoreUrl(Kind.POSTGRESQL, value, null);
        }
        if (value.startsWith("jdbc:mariadb:") || value.startsWith("jdbc:mysql:")) {
            return new StoreUrl(Kind.MARIADB, value, null);
        }
        throw new Cli.Problem(Cli.USAGE, "store.scheme", shown(value), FORMS);
    }

    /**
     * {@code url} as messages name it: without its parameters ({@code ?…}, {@code ;…}) and without a user and password
     * before the host, which may hold a password: {@code jdbc:postgresql://db:5432/yiban?password=…} →
     * {@code jdbc:postgresql://db:5432/yiban}.
     */
    static String shown(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';', '&'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return USER_INFO.matcher(url.substring(0, cut)).replaceFirst("$1");
    }

    /** This URL as messages name it ({@link #shown(String)}); an H2 file by the file H2 keeps. */
    String shown() {
        return kind == Kind.H2_FILE ? mvFile().toString() : shown(url);
    }

    /** The H2 database's file, {@code PATH.mv.db}. */
    Path mvFile() {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(MV_DB) ? file : file.resolveSibling(name + MV_DB);
    }

    /** The passwords the URL itself carries, as written and as the driver decodes them: to keep out of messages. */
    List<String> passwords() {
        List<String> found = new ArrayList<>();
        Matcher info = USER_INFO.matcher(url);
        if (info.find() && info.group(2).indexOf(':') >= 0) {
            found.add(info.group(2).substring(info.group(2).indexOf(':') + 1));
        }
        int query = url.indexOf('?');
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("[&;]")) {
                int equals = parameter.indexOf('=');
                if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase("password")) {
                    String value = parameter.substring(equals + 1);
                    found.add(value);
                    try {
                        found.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        // not %-encoded: the value as written is the one the driver takes
                    }
                }
            }
        }
        return found;
    }

    /**
     * Opens the ledger in this database as {@code login} (an H2 file takes no login).
     *
     * @param create whether the ledger is made where there is none: a new H2 file, the ledger's tables in a database
     *               without them (as the store does when it opens). A command that only reads passes false, and gets a
     *               problem instead of a database it wrote empty tables into.
     * @throws Cli.Problem with {@link Cli#USAGE} when the database cannot be opened (unreachable, refused, no such
     *                     database, a missing H2 file) or, unless {@code create}, holds no ledger; naming it without its
     *                     parameters, with the database's reason
     */
    JdbcLedgerStore open(DatabaseLogin.Login login, boolean create) {
        if (!create && kind != Kind.H2_FILE && !holdsLedger(login)) {
            throw new Cli.Problem(Cli.USAGE, "store.noLedger", shown());
        }
        try {
            return switch (kind) {
                case H2_FILE -> {
                    if (!create && !Files.isRegularFile(mvFile())) {
                        String base = mvFile().toString();
                        throw new Cli.Problem(Cli.USAGE, "store.h2Missing", mvFile(), H2_FILE + base.substring(0, base.length() - MV_DB.length()));
                    }
                    yield JdbcLedgerStore.h2File(file);
                }
                case POSTGRESQL -> JdbcLedgerStore.postgres(url, login.user(), login.password());
                case MARIADB -> JdbcLedgerStore.mariadb(url, login.user(), login.password());
            };
        } catch (StoreException e) {
            throw new Cli.Problem(Cli.USAGE, kind == Kind.H2_FILE ? "store.cannotOpenH2" : "store.cannotOpen", e.text(),
                    DatabaseLogin.USER, DatabaseLogin.PASSWORD);
        }
    }

    /**
     * Whether the server's database holds the ledger's tables (docs/storage.md names them), asked with one query as the
     * store would name the table; true where it cannot tell (the server is not reached, the login is refused), for the
     * store's open to say why.
     */
    private boolean holdsLedger(DatabaseLogin.Login login) {
        Properties properties = new Properties();
        if (login.user() != null) {
            properties.setProperty("user", login.user());
        }
        if (login.password() != null) {
            properties.setProperty("password", login.password());
        }
        try (Connection c = DriverManager.getConnection(url, properties); Statement s = c.createStatement()) {
            s.executeQuery("SELECT number FROM " + LEDGER_TABLE + " WHERE name = 'schema_version'").close();
            return true;
        } catch (SQLException e) {
            return !NO_SUCH_TABLE.contains(String.valueOf(e.getSQLState()));
        }
    }

    /** As {@link #shown()}: a record's own would print the whole URL, password and all. */
    @Override
    public String toString() {
        return shown();
    }
}

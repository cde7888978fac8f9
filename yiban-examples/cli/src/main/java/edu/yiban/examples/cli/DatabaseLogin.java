package edu.yiban.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Option;

/**
 * Who a command logs in to a database as (数据库登录): the user from {@code YIBAN_DB_USER}; the password from the first
 * line of {@code --password-file FILE}, else of the file {@code YIBAN_DB_PASSWORD_FILE} names, else from
 * {@code YIBAN_DB_PASSWORD} — never from a value on the command line, which every user of the machine sees in
 * {@code ps}. Every password it reads, and any the URL itself carries, goes into the command line's {@link Secrets},
 * so that no error line prints it. An H2 file takes no login.
 *
 * <pre>
 * export YIBAN_DB_USER=yiban
 * yiban evaluate jdbc:postgresql://db.campus.edu.cn/yiban --password-file ~/.yiban-db-password
 * </pre>
 */
final class DatabaseLogin {
    /** The environment variable naming the database user. */
    static final String USER = "YIBAN_DB_USER";
    /** The environment variable holding the database password. */
    static final String PASSWORD = "YIBAN_DB_PASSWORD";
    /** The environment variable naming a file whose first line is the database password. */
    static final String PASSWORD_FILE = "YIBAN_DB_PASSWORD_FILE";

    /** A user and a password, either null where none was given (the URL's, or the driver's default, applies). */
    record Login(String user, String password) {
        /** No user, no password. */
        static final Login NONE = new Login(null, null);

        /** Without the password: a record's own would print it. */
        @Override
        public String toString() {
            return "Login[user=" + user + ", password=" + (password == null ? "none" : Secrets.BLANKED) + "]";
        }
    }

    private final Map<String, String> environment;
    private final Secrets secrets;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "option.passwordFile")
    private Path passwordFile;

    /** The login read from {@code environment} (the process's, or a test's), its passwords kept in {@code secrets}. */
    DatabaseLogin(Map<String, String> environment, Secrets secrets) {
        this.environment = Objects.requireNonNull(environment, "environment is null");
        this.secrets = Objects.requireNonNull(secrets, "secrets is null");
    }

    /**
     * The login to {@code url}'s database.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when a password file is missing, unreadable or empty, when both
     *                     {@code YIBAN_DB_PASSWORD} and {@code YIBAN_DB_PASSWORD_FILE} are set, or when
     *                     {@code --password-file} is given for an H2 file
     */
    Login to(StoreUrl url) {
        url.passwords().forEach(secrets::add);
        if (url.kind() == StoreUrl.Kind.H2_FILE) {
            refuseFile(url.shown());
            return Login.NONE;
        }
        String password;
        if (passwordFile != null) {
            password = firstLine(passwordFile, "--password-file");
        } else if (variable(PASSWORD_FILE) != null) {
            if (variable(PASSWORD) != null) {
                throw new Cli.Problem(Cli.USAGE, "login.both", PASSWORD, PASSWORD_FILE);
            }
            password = firstLine(Path.of(variable(PASSWORD_FILE)), PASSWORD_FILE);
        } else {
            password = variable(PASSWORD);
        }
        secrets.add(password);
        return new Login(variable(USER), password);
    }

    /**
     * Refuses {@code --password-file} where {@code campus} (a name, or a {@link edu.yiban.core.i18n.Text}) is no database that
     * takes a password (a saved campus, an H2 file, the demo's memory): given there, it would be ignored. The environment's variables are left alone there.
     */
    void refuseFile(Object campus) {
        if (passwordFile != null) {
            throw new Cli.Problem(Cli.USAGE, "login.notServer", passwordFile, campus);
        }
    }

    /** The variable's value; null when unset or blank. */
    private String variable(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** The first line of {@code file}, exactly (without its line end), named by {@code from} in messages. */
    private static String firstLine(Path file, String from) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new Cli.Problem(Cli.USAGE, "login.emptyFile", file, from);
            }
            return line;
        } catch (NoSuchFileException e) {
            throw new Cli.Problem(Cli.USAGE, "login.missingFile", file, from);
        } catch (CharacterCodingException e) {
            throw new Cli.Problem(Cli.USAGE, "login.unreadableFile", file, from, Cli.TEXT.text("login.notUtf8"));
        } catch (IOException e) {
            throw new Cli.Problem(Cli.USAGE, "login.unreadableFile", file, from, Outputs.reason(e));
        }
    }
}

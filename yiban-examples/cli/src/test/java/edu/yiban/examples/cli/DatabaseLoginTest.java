package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database login: the user and password come from the environment or a password file, and no password is ever
 * printed — not the one in the URL, the environment or the file — whatever the command and the language, in this JVM
 * and in a process of its own, on PostgreSQL (whose test server trusts every login, so a database that does not exist
 * provokes the error) and on MariaDB (which refuses a wrong password).
 */
class DatabaseLoginTest {
    private static final String SECRET = "s3cret-XYZ";
    private static final List<String> READERS = List.of("verify", "evaluate", "budget", "org-chart");

    @TempDir
    Path dir;

    /** A PostgreSQL URL the server refuses: no such database, with {@link #SECRET} as its password. */
    private static String noSuchPostgresDatabase() {
        return TestDatabases.onDatabase(TestDatabases.postgres(), "no_such_db");
    }

    /** The MariaDB test database's URL without a user or password: the login comes from elsewhere. */
    private static String mariadbWithoutLogin() {
        return StoreUrl.shown(TestDatabases.mariadb());
    }

    /** Every command that opens a database, on {@code url}: the four readers, and the demo writing into it. */
    private static List<String[]> everyCommandOn(String url, Path out) {
        List<String[]> commands = new ArrayList<>();
        for (String reader : READERS) {
            commands.add(new String[] {reader, url});
        }
        commands.add(new String[] {"demo", "--students", "40", "--colleges", "1", "--out", out.toString(), "--store", url});
        return commands;
    }

    private static void assertRefusedWithoutTheSecret(Run run, String what, String... names) {
        assertThat(run.exitCode()).as("%s: %s", what, run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err() + run.out()).as(what).doesNotContain(SECRET).doesNotContain("s3cret");
        assertThat(run.err()).as(what).contains(names);
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted() {
        String url = noSuchPostgresDatabase() + "&password=" + SECRET;
        // the database as the store names it (//host:port/no_such_db), without the URL's parameters
        String named = StoreUrl.shown(url).substring("jdbc:postgresql:".length());
        for (String[] args : everyCommandOn(url, dir.resolve("out"))) {
            for (Locale locale : List.of(MessageBundle.EN, MessageBundle.ZH)) {
                Run run = Run.of(locale, args);

                assertRefusedWithoutTheSecret(run, args[0] + " " + locale, named, "no_such_db\" does not exist");
            }
        }
    }

    @Test
    void aPasswordFromTheEnvironmentIsNeverPrinted() {
        Map<String, String> postgres = Map.of(DatabaseLogin.PASSWORD, SECRET);
        for (String[] args : everyCommandOn(noSuchPostgresDatabase(), dir.resolve("out"))) {
            assertRefusedWithoutTheSecret(Run.of(MessageBundle.EN, postgres, args), args[0], "no_such_db");
        }
        Map<String, String> mariadb = Map.of(DatabaseLogin.USER, "root", DatabaseLogin.PASSWORD, SECRET);
        for (String[] args : everyCommandOn(mariadbWithoutLogin(), dir.resolve("out"))) {
            assertRefusedWithoutTheSecret(Run.of(MessageBundle.EN, mariadb, args), args[0], "Access denied for user 'root'",
                    "using password: YES", "YIBAN_DB_PASSWORD");
        }
    }

    @Test
    void aPasswordFromAFileIsNeverPrinted() throws IOException {
        Path file = Files.writeString(dir.resolve("password"), SECRET + "\n", StandardCharsets.UTF_8);
        Map<String, String> root = Map.of(DatabaseLogin.USER, "root");
        Run option = Run.of(MessageBundle.EN, root, "verify", mariadbWithoutLogin(), "--password-file", file.toString());
        assertRefusedWithoutTheSecret(option, "--password-file", "Access denied for user 'root'", "using password: YES");

        Map<String, String> variable = Map.of(DatabaseLogin.USER, "root", DatabaseLogin.PASSWORD_FILE, file.toString());
        Run named = Run.of(MessageBundle.ZH, variable, "evaluate", mariadbWithoutLogin());
        assertRefusedWithoutTheSecret(named, DatabaseLogin.PASSWORD_FILE, "Access denied for user 'root'");
    }

    @Test
    void aUrlLeftOverOnTheCommandLineIsNamedWithoutItsParameters() {
        String url = "jdbc:postgresql://db.campus.edu.cn/yiban?user=yiban&password=" + SECRET;
        Run run = Run.en("verify", "campus.json", url);

        assertRefusedWithoutTheSecret(run, "an extra argument", "unknown option or argument", "jdbc:postgresql://db.campus.edu.cn/yiban");
    }

    @Test
    void inAProcessOfItsOwnTheCommandPrintsNoPasswordNorLogsOne() throws Exception {
        // the real environment, main's own exit code, and whatever the drivers and the pool would log to the process's stderr
        Process postgres = yiban(Map.of(DatabaseLogin.PASSWORD, SECRET), "evaluate", noSuchPostgresDatabase() + "&password=" + SECRET);
        Process mariadb = yiban(Map.of(DatabaseLogin.USER, "root", DatabaseLogin.PASSWORD, SECRET), "verify", mariadbWithoutLogin());

        for (Process process : List.of(postgres, mariadb)) {
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the command ends").isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(err).isEqualTo(2);
            assertThat(err.lines().filter(l -> !l.isBlank())).as(err).hasSize(1);
            assertThat(err + out).doesNotContain(SECRET);
        }
    }

    /** The command in a JVM of its own, with this test's class path and {@code environment} added to the process's. */
    private static Process yiban(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), YibanCommand.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--lang", "en"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    @Test
    void theUserAndPasswordComeFromTheEnvironmentOrAFile() throws IOException {
        // a MariaDB user of the test's own, with a password, allowed into a new database alone
        String server = TestDatabases.mariadb();
        String url = StoreUrl.shown(TestDatabases.newMariadbDatabase());
        String user = "yiban_cli_" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        TestDatabases.execute(server, "CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
        try {
            TestDatabases.execute(server, "GRANT ALL ON " + TestDatabases.database(url) + ".* TO '" + user + "'@'%'");
            Path file = Files.writeString(dir.resolve("password"), password + "\n", StandardCharsets.UTF_8);

            Run demo = Run.of(MessageBundle.EN, Map.of(DatabaseLogin.USER, user, DatabaseLogin.PASSWORD, password),
                    "demo", "--students", "40", "--colleges", "1", "--out", dir.resolve("out").toString(), "--store", url);
            assertThat(demo.exitCode()).as(demo.err()).isZero();
            assertThat(demo.out()).doesNotContain(password);

            Run byOption = Run.of(MessageBundle.EN, Map.of(DatabaseLogin.USER, user), "verify", url, "--password-file", file.toString());
            assertThat(byOption.exitCode()).as(byOption.err()).isZero();
            assertThat(byOption.out()).contains("every hash chain is intact");

            Run byVariable = Run.of(MessageBundle.EN, Map.of(DatabaseLogin.USER, user, DatabaseLogin.PASSWORD_FILE, file.toString()),
                    "org-chart", url);
            assertThat(byVariable.exitCode()).as(byVariable.err()).isZero();

            Run without = Run.of(MessageBundle.EN, Map.of(DatabaseLogin.USER, user), "verify", url);
            assertThat(without.exitCode()).isEqualTo(2);
            assertThat(without.err()).contains("Access denied for user '" + user + "'").contains("using password: NO");
        } finally {
            TestDatabases.execute(server, "DROP USER '" + user + "'@'%'");
        }
    }

    @Test
    void theErrorLinesAreClearedOfEverySecretAndOfEveryUrlsParameters() {
        Secrets secrets = new Secrets();
        secrets.add(SECRET);
        secrets.add("abc"); // too short to look for: it would blank ordinary letters

        assertThat(secrets.hide("refused " + SECRET + " at jdbc:mariadb://db:3306/yiban?user=yiban&password=other, abc"))
                .isEqualTo("refused ****** at jdbc:mariadb://db:3306/yiban, abc");
        assertThat(secrets.hide("jdbc:mysql://yiban:other@db/yiban;x=1 and jdbc:h2:file:/srv/campus")).isEqualTo(
                "jdbc:mysql://db/yiban and jdbc:h2:file:/srv/campus");
    }

    @Test
    void aPasswordThatIsOneOfTheCommandsOwnWordsOrPartOfALongerNameLeavesTheLineReadable() {
        Secrets secrets = new Secrets();
        secrets.add("yiban"); // the test servers' password in CI: the command's own name
        secrets.add("campus");

        assertThat(secrets.hide("yiban verify: jdbc:postgresql://db:5432/yiban_test?password=yiban has no campus_2022"))
                .isEqualTo("yiban verify: jdbc:postgresql://db:5432/yiban_test has no campus_2022");
        assertThat(secrets.hide("refused 'campus' for user yiban")).isEqualTo("refused '******' for user yiban");
    }

    @Test
    void aUrlKnowsThePasswordsItCarriesAndIsShownWithoutThem() {
        StoreUrl url = StoreUrl.parse("jdbc:mysql://yiban:p%40ss@db:3306/yiban?useSSL=true&password=p%40ss2");

        assertThat(url.passwords()).contains("p%40ss", "p%40ss2", "p@ss2");
        assertThat(url.shown()).isEqualTo("jdbc:mysql://db:3306/yiban");
        assertThat(url.toString()).isEqualTo(url.shown());
        assertThat(new DatabaseLogin.Login("yiban", SECRET).toString()).doesNotContain(SECRET);
        assertThat(StoreUrl.parse("jdbc:h2:file:~/campus").mvFile())
                .isEqualTo(Path.of(System.getProperty("user.home"), "campus.mv.db"));
    }
}

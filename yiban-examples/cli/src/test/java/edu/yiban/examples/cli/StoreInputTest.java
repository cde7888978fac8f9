package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.store.JdbcLedgerStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database or a login the commands cannot use: exit 2 and one line, in the language asked for, naming the database
 * (without its URL's parameters) or the file and what to do — an unknown kind of URL, a database that does not answer or
 * does not exist, one with no campus in it (left as it was), a campus the demo would write over, a password file that
 * is missing, empty or not wanted.
 */
class StoreInputTest {
    private static final List<String> READERS = List.of("verify", "evaluate", "budget", "org-chart");
    private static final List<String> LANGUAGES = List.of("zh", "en");
    /** A database no test reaches: where the login is refused before the command asks for it. */
    private static final String NO_SERVER = "jdbc:postgresql://db.invalid/yiban";

    @TempDir
    Path dir;

    /** Runs {@code args} in {@code language} with {@code environment}, as main would. */
    private static Run run(String language, Map<String, String> environment, List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("--lang", language));
        return Run.of(Cli.languageOf(all.toArray(String[]::new)), environment, all.toArray(String[]::new));
    }

    /** Exit 2, nothing on stdout, one line on stderr naming each of {@code names}, clean of exception text, in {@code language} alone. */
    private static void assertRefusedInOneLine(Run run, String language, List<String> args, String... names) {
        assertThat(run.exitCode()).as("%s: %s", args, run.err()).isEqualTo(2);
        assertThat(run.out()).as("%s", args).isEmpty();
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err()).as("%s", args).contains(names).doesNotContain("Exception", "unexpected", "意外", "\tat ", "Caused by");
        boolean chinese = run.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        assertThat(chinese).as("Chinese in: %s", run.err()).isEqualTo(language.equals("zh"));
    }

    /**
     * Each reading command on {@code campus} (and {@code more}) refused naming {@code names}, in Chinese and English by
     * turns: they open a campus alike, so each language is seen twice without running everything twice.
     */
    private static void everyReaderRefuses(Map<String, String> environment, String campus, List<String> more, String... names) {
        for (int i = 0; i < READERS.size(); i++) {
            String language = LANGUAGES.get(i % LANGUAGES.size());
            List<String> args = new ArrayList<>(List.of(READERS.get(i), campus));
            args.addAll(more);
            assertRefusedInOneLine(run(language, environment, args), language, args, names);
        }
    }

    @Test
    void aUrlOfADatabaseTheCommandDoesNotSpeakIsRefusedNamingTheFormsItTakes() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("jdbc:sqlite:/srv/campus.db", "jdbc:sqlite:/srv/campus.db");
        refused.put("jdbc:oracle:thin:@db:1521/yiban?password=s3cret-XYZ", "jdbc:oracle:thin:@db:1521/yiban");
        refused.put("jdbc:h2:mem:campus", "jdbc:h2:mem:campus");
        refused.put("jdbc:h2:tcp://db/campus", "jdbc:h2:tcp://db/campus");
        refused.forEach((url, named) -> everyReaderRefuses(Map.of(), url, List.of(), named, "jdbc:postgresql://HOST:PORT/DB",
                "jdbc:mariadb://HOST:PORT/DB", "jdbc:h2:file:PATH"));
        for (String language : LANGUAGES) {
            List<String> demo = List.of("demo", "--store", "jdbc:sqlite:/srv/campus.db", "--out", "never-made");
            assertRefusedInOneLine(run(language, Map.of(), demo), language, demo, "jdbc:sqlite:/srv/campus.db");
        }
        assertThat(Path.of("never-made")).doesNotExist();
    }

    @Test
    void anH2UrlWithSettingsOrWithoutAFileOrAMissingH2FileIsRefused() {
        everyReaderRefuses(Map.of(), "jdbc:h2:file:/srv/campus;AUTO_SERVER=TRUE", List.of(), "jdbc:h2:file:/srv/campus", "jdbc:h2:file:PATH");
        everyReaderRefuses(Map.of(), "jdbc:h2:file:", List.of(), "jdbc:h2:file:/srv/yiban/campus");
        Path missing = dir.resolve("missing");
        everyReaderRefuses(Map.of(), "jdbc:h2:file:" + missing, List.of(), missing + ".mv.db", "yiban demo --store jdbc:h2:file:" + missing);
        everyReaderRefuses(Map.of(), missing + ".mv.db", List.of(), missing + ".mv.db");
        assertThat(dir.resolve("missing.mv.db")).as("no H2 file made by reading").doesNotExist();
    }

    @Test
    void aDatabaseThatDoesNotAnswerOrDoesNotExistIsRefusedNamingIt() {
        // nothing listens on port 1
        everyReaderRefuses(Map.of(), "jdbc:postgresql://127.0.0.1:1/yiban?user=yiban", List.of(), "//127.0.0.1:1/yiban", "refused",
                DatabaseLogin.PASSWORD);
        everyReaderRefuses(Map.of(), "jdbc:mariadb://127.0.0.1:1/yiban", List.of(), "//127.0.0.1:1/yiban");
        everyReaderRefuses(Map.of(), TestDatabases.onDatabase(TestDatabases.postgres(), "no_such_db"), List.of(), "no_such_db");
        everyReaderRefuses(Map.of(), TestDatabases.onDatabase(TestDatabases.mariadb(), "no_such_db"), List.of(), "no_such_db");
    }

    @Test
    void aDatabaseWithNoLedgerIsRefusedAndLeftAsItWas() {
        for (String url : List.of(TestDatabases.newPostgresSchema(), TestDatabases.newMariadbDatabase())) {
            everyReaderRefuses(Map.of(), url, List.of(), StoreUrl.shown(url), "yiban demo --store " + StoreUrl.shown(url));

            assertThat(TestDatabases.ledgerTables(url)).as("the ledger's tables in %s", StoreUrl.shown(url)).isZero();
        }
    }

    @Test
    void aLedgerWithNoRecordIsRefused() {
        String h2 = TestDatabases.Kind.H2.newDatabase();
        JdbcLedgerStore.h2File(StoreUrl.parse(h2).file()).close(); // the tables, made by a store that then wrote nothing
        everyReaderRefuses(Map.of(), h2, List.of(), StoreUrl.parse(h2).shown(), "yiban demo --store");

        String postgres = TestDatabases.newPostgresSchema();
        JdbcLedgerStore.postgres(postgres).close();
        everyReaderRefuses(Map.of(), postgres, List.of(), StoreUrl.shown(postgres), "yiban demo --store");
    }

    @Test
    void theDemoWritesIntoNoDatabaseThatHoldsALedgerAlready() {
        String url = TestDatabases.Kind.H2.newDatabase();
        Run first = Run.en("demo", "--students", "40", "--colleges", "1", "--out", dir.resolve("first").toString(), "--store", url);
        assertThat(first.exitCode()).as(first.err()).isZero();
        long records = TestDatabases.number(url, "SELECT COUNT(*) FROM yiban_ledger_record_v2");

        for (String language : LANGUAGES) {
            List<String> again = List.of("demo", "--students", "40", "--colleges", "1", "--out", dir.resolve("again").toString(),
                    "--store", url);
            assertRefusedInOneLine(run(language, Map.of(), again), language, again, StoreUrl.parse(url).shown(),
                    Summary.count(records));
        }
        assertThat(TestDatabases.number(url, "SELECT COUNT(*) FROM yiban_ledger_record_v2")).isEqualTo(records);
    }

    @Test
    void aPasswordFileThatIsMissingEmptyOrAFolderIsRefusedNamingIt() throws IOException {
        String url = NO_SERVER; // the password is read before the database is asked
        Path missing = dir.resolve("no-password");
        Path empty = Files.writeString(dir.resolve("empty-password"), "\nsecond line", StandardCharsets.UTF_8);
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        Map<Path, String> reasons = new LinkedHashMap<>();
        reasons.put(missing, "no such file");
        reasons.put(empty, "is empty: its first line is the password");
        reasons.put(folder, "is a directory");
        reasons.forEach((file, reason) -> {
            everyReaderRefuses(Map.of(), url, List.of("--password-file", file.toString()), file.toString(), "--password-file");
            everyReaderRefuses(Map.of(DatabaseLogin.PASSWORD_FILE, file.toString()), url, List.of(), file.toString(),
                    DatabaseLogin.PASSWORD_FILE);
            assertThat(Run.en("verify", url, "--password-file", file.toString()).err()).contains(reason);
        });
    }

    @Test
    void aPasswordGivenTwoWaysOrWhereNoneIsTakenIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("password"), "pw-1234\n", StandardCharsets.UTF_8);
        String url = NO_SERVER;
        everyReaderRefuses(Map.of(DatabaseLogin.PASSWORD, "pw-1234", DatabaseLogin.PASSWORD_FILE, file.toString()), url, List.of(),
                DatabaseLogin.PASSWORD, DatabaseLogin.PASSWORD_FILE);

        Path saved = Files.writeString(dir.resolve("campus.json"), "{}", StandardCharsets.UTF_8);
        String h2 = "jdbc:h2:file:" + dir.resolve("campus");
        for (String campus : List.of(saved.toString(), h2)) {
            everyReaderRefuses(Map.of(), campus, List.of("--password-file", file.toString()), "--password-file", file.toString(),
                    StoreUrl.names(campus) ? StoreUrl.parse(campus).shown() : campus);
        }
        for (String language : LANGUAGES) {
            List<String> demo = List.of("demo", "--password-file", file.toString(), "--out", dir.resolve("out").toString());
            assertRefusedInOneLine(run(language, Map.of(), demo), language, demo, "--password-file", "--store");
        }
    }
}

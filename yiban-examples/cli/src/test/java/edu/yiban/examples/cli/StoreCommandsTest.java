package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A campus in a database: {@code yiban demo --store URL} writes it, and {@code verify}, {@code evaluate}, {@code budget}
 * and {@code org-chart} read it by the same URL and give exactly what they give on the same campus saved as a file — on
 * an H2 file, PostgreSQL and MariaDB — without writing to it.
 */
class StoreCommandsTest {
    /** A small campus: the figures are the point, not the size. */
    private static final List<String> CAMPUS = List.of("--students", "80", "--colleges", "2", "--seed", "11");
    private static final String LEDGER_LINE = "Ledger: ";

    /** The same campus in memory, saved as a file; made once. */
    private static Saved saved;
    /** A database of each kind the demo filled; each made on first use. */
    private static final Map<TestDatabases.Kind, Filled> FILLED = new EnumMap<>(TestDatabases.Kind.class);

    private record Saved(Path root, Path file, Path out, Run demo) {
    }

    private record Filled(String url, Path out, Run demo) {
        /** How the command names the database: without the URL's parameters, an H2 file by its .mv.db file. */
        String shown() {
            return StoreUrl.parse(url).shown();
        }
    }

    private static synchronized Saved saved() {
        if (saved == null) {
            try {
                Path root = Files.createTempDirectory("yiban-store-commands-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> DemoRuns.delete(root)));
                Path file = root.resolve("campus.json");
                Path out = root.resolve("memory");
                Run demo = Run.en(demo("--out", out.toString(), "--save", file.toString()));
                assertThat(demo.exitCode()).as(demo.err()).isZero();
                saved = new Saved(root, file, out, demo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return saved;
    }

    private static synchronized Filled filled(TestDatabases.Kind kind) {
        return FILLED.computeIfAbsent(kind, StoreCommandsTest::fill);
    }

    /** A new database of {@code kind} the demo filled with the campus. */
    private static Filled fill(TestDatabases.Kind kind) {
        String url = kind.newDatabase();
        Path out = saved().root().resolve("demo-" + kind.name() + "-" + System.nanoTime());
        Run demo = Run.en(demo("--out", out.toString(), "--store", url));
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        return new Filled(url, out, demo);
    }

    private static String[] demo(String... more) {
        List<String> args = new ArrayList<>(List.of("demo"));
        args.addAll(CAMPUS);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static String ledgerLine(Run demo) {
        return demo.out().lines().filter(l -> l.startsWith(LEDGER_LINE)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    void theDemoWritesIntoADatabaseTheCampusItKeepsInMemory(TestDatabases.Kind kind) throws IOException {
        Filled db = filled(kind);

        for (String file : new String[] {Outputs.EVALUATION, Outputs.COLLEGES, Outputs.BUDGET, Outputs.DOT}) {
            assertThat(Files.readAllBytes(db.out().resolve(file))).as(file).isEqualTo(Files.readAllBytes(saved().out().resolve(file)));
        }
        assertThat(ledgerLine(db.demo())).isEqualTo(ledgerLine(saved().demo())).contains("every hash chain verified");
        assertThat(db.demo().out()).contains("Campus written to " + db.shown()).doesNotContain("Campus saved to");
        assertThat(db.demo().err()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    void verifyingTheDatabaseCountsWhatVerifyingTheSavedFileCounts(TestDatabases.Kind kind) {
        Filled db = filled(kind);
        Run file = Run.en("verify", saved().file().toString());
        Run database = Run.en("verify", db.url());

        assertThat(database.exitCode()).as(database.err()).isZero();
        // e.g. "…: every hash chain is intact (1,234 records in 56 streams)", the same numbers from both
        assertThat(database.out()).isEqualTo(file.out().replace(saved().file().toString(), db.shown()));
        if (kind == TestDatabases.Kind.H2) {
            Run byFile = Run.en("verify", db.shown()); // the .mv.db file's path names the database too
            assertThat(byFile.out()).as(byFile.err()).isEqualTo(database.out());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    void evaluatingTheDatabaseGivesTheSavedCampusesFilesAndSummary(TestDatabases.Kind kind) throws IOException {
        Filled db = filled(kind);
        Path fromFile = Files.createTempDirectory(saved().root(), "evaluated-file-");
        Path fromDatabase = Files.createTempDirectory(saved().root(), "evaluated-db-");
        Run file = Run.en("evaluate", saved().file().toString(), "--out", fromFile.toString());
        Run database = Run.en("evaluate", db.url(), "--out", fromDatabase.toString());

        assertThat(database.exitCode()).as(database.err()).isZero();
        assertThat(Files.readAllBytes(fromDatabase.resolve(Outputs.EVALUATION))).isEqualTo(Files.readAllBytes(fromFile.resolve(Outputs.EVALUATION)));
        assertThat(Files.readAllBytes(fromDatabase.resolve(Outputs.COLLEGES))).isEqualTo(Files.readAllBytes(fromFile.resolve(Outputs.COLLEGES)));
        assertThat(database.out()).isEqualTo(file.out().replace(fromFile.toString(), fromDatabase.toString()))
                .contains("students evaluated");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    void auditingTheDatabaseShowsWhatAuditingTheSavedFileShows(TestDatabases.Kind kind) {
        Filled db = filled(kind);
        // the first student of the first college's 2019 cohort, and the academic affairs system's imports
        for (String[] whose : new String[][] {{"--student", "20190100001"}, {"--system", "academic-affairs"}}) {
            Run file = Run.en("audit", saved().file().toString(), whose[0], whose[1], "--full");
            Run database = Run.en("audit", db.url(), whose[0], whose[1], "--full");

            assertThat(database.exitCode()).as(database.err()).isZero();
            assertThat(database.out()).isEqualTo(file.out()).contains("archive.entry-recorded").contains("academic affairs system");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    void theBudgetAndTheOrgChartOfTheDatabaseAreTheSavedCampuses(TestDatabases.Kind kind) {
        Filled db = filled(kind);
        String[] budget = {"--what-if", "per-student", "--amount", "80000"};
        Run budgetOfFile = Run.en(concat("budget", saved().file().toString(), budget));
        Run budgetOfDatabase = Run.en(concat("budget", db.url(), budget));
        Run chartOfDatabase = Run.en("org-chart", db.url(), "--format", "mermaid");

        assertThat(budgetOfDatabase.exitCode()).as(budgetOfDatabase.err()).isZero();
        assertThat(budgetOfDatabase.out()).isEqualTo(budgetOfFile.out()).contains("What if 80000.00 yuan");
        assertThat(chartOfDatabase.exitCode()).as(chartOfDatabase.err()).isZero();
        assertThat(chartOfDatabase.out()).isEqualTo(Run.en("org-chart", saved().file().toString(), "--format", "mermaid").out());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    void theCommandsThatReadWriteNothingIntoTheDatabase(TestDatabases.Kind kind) {
        Filled db = filled(kind);
        String count = "SELECT COUNT(*) + 1000000 * COALESCE(MAX(position), 0) FROM yiban_ledger_record_v2";
        long before = TestDatabases.number(db.url(), count);
        String heads = "SELECT COALESCE(SUM(version), 0) FROM yiban_ledger_stream";
        long versions = TestDatabases.number(db.url(), heads);

        for (String[] args : List.of(new String[] {"verify", db.url()}, new String[] {"evaluate", db.url()},
                new String[] {"budget", db.url(), "--what-if", "equal-share"}, new String[] {"org-chart", db.url()})) {
            Run run = Run.en(args);
            assertThat(run.exitCode()).as("%s: %s", args[0], run.err()).isZero();
        }

        assertThat(TestDatabases.number(db.url(), count)).isEqualTo(before);
        assertThat(TestDatabases.number(db.url(), heads)).isEqualTo(versions);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabases.Kind.class)
    void aRecordCutFromTheEndOfAStreamInTheDatabaseIsFoundAndTheCampusIsNotEvaluated(TestDatabases.Kind kind) {
        Filled db = fill(kind); // a database of its own, to cut from
        // the directory stream's last record, deleted behind the store's back; its head in the stream table still names it
        TestDatabases.execute(db.url(), "DELETE FROM yiban_ledger_record_v2 WHERE position = (SELECT MAX(r.position) FROM "
                + "(SELECT position FROM yiban_ledger_record_v2 WHERE stream_id = (SELECT id FROM yiban_ledger_stream WHERE name = 'directory')) r)");

        Run verify = Run.en("verify", db.url());
        assertThat(verify.exitCode()).as(verify.out()).isEqualTo(1);
        assertThat(verify.err()).contains(db.shown()).contains("stream directory").contains("MISSING");

        Run evaluate = Run.en("evaluate", db.url());
        assertThat(evaluate.exitCode()).isEqualTo(1);
        assertThat(evaluate.errLines()).as(evaluate.err()).hasSize(1);
        assertThat(evaluate.err()).contains("directory").contains("yiban verify " + db.shown());
        assertThat(evaluate.out()).isEmpty();
    }

    private static String[] concat(String command, String campus, String... more) {
        List<String> args = new ArrayList<>(List.of(command, campus));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}

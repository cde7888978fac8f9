package edu.yiban.examples.cli;

import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.org.chart.OrgChart;
import edu.yiban.org.budget.Allocation;
import edu.yiban.scoring.round.Round;
import edu.yiban.sdk.plugin.PluginException;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.Plugins;
import edu.yiban.store.JdbcLedgerStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yiban demo}: the main job on a deterministic synthetic campus. Builds the seed's organisation,
 * simulates a term of YiBan use, runs the students' comprehensive evaluation and the colleges' YiBan
 * construction evaluation through rounds to final results, chooses the demonstration centres, allocates
 * the year's budget, verifies every hash chain, and writes {@code report.html}, {@code evaluation.json},
 * {@code colleges.json}, {@code budget.json}, {@code org-chart.dot} and {@code org-chart.mmd} into
 * {@code --out}; {@code --save} keeps the campus's ledger in a file for the other commands, {@code --store URL} writes
 * it into a database instead of memory (an H2 file, PostgreSQL or MariaDB, which must hold no ledger yet), where the
 * other commands read it by the same URL; the login comes from {@link DatabaseLogin}. The runtime loads the
 * plugins found on the class path; the summary names them and where they came from. A plugin that fails
 * stops the demo with one line naming the plugin (exit 1); with {@code --plugin-faults skip-and-mark} the
 * demo lists every fault, and the students' round then refuses the incomplete results (exit 1). With {@code --key FILE}
 * (a campus key from {@code yiban keygen}) the runtime signs the heads as each round is finalised and once more when the
 * campus is complete, before it is saved; the signatures stay in the ledger, in memory, in the saved file or in the database.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Mixin
    private FaultPolicyOption faultPolicy;

    @Option(names = "--students", paramLabel = "N", defaultValue = "" + CampusSpec.DEFAULT_STUDENTS, descriptionKey = "option.students")
    private int students;

    @Option(names = "--colleges", paramLabel = "N", defaultValue = "" + CampusSpec.DEFAULT_COLLEGES, descriptionKey = "option.colleges")
    private int colleges;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + CampusSpec.DEFAULT_SEED, descriptionKey = "option.seed")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "yiban-out", descriptionKey = "option.out")
    private Path out;

    @Option(names = "--save", paramLabel = "FILE", descriptionKey = "option.save")
    private Path save;

    @Option(names = "--store", paramLabel = "URL", descriptionKey = "option.store")
    private String store;

    @Mixin
    private DatabaseLogin login;

    @Option(names = "--key", paramLabel = "FILE", descriptionKey = "option.key")
    private Path key;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        CampusSpec campusSpec = checkedSpec(locale);
        CampusKey campusKey = key == null ? null : KeyFiles.campusKey(key);
        StoreUrl url = null;
        DatabaseLogin.Login as = null;
        if (store != null) {
            url = StoreUrl.parse(store);
            as = login.to(url);
        } else {
            login.refuseFile(Cli.TEXT.text("demo.memory"));
        }
        Path folder = Outputs.folder(out, locale);
        PrintWriter stdout = spec.commandLine().getOut();
        Progress progress = Progress.onConsole(spec.commandLine().getErr());
        long started = System.nanoTime();
        SimulationClock clock = MainJob.startClock();
        Yiban.Builder builder = DemoPlugins.configure(Yiban.builder().clock(clock).faultPolicy(faultPolicy.policy())
                        .accessPolicy(AccessPolicy.seed()),
                Plugins.discover(PluginFolder.loader()), folder);
        if (campusKey != null) {
            builder.campusKey(campusKey); // the rounds sign as they are finalised
        }
        if (url != null) {
            // the demo is the one writer: no thread following other writers, and each call catches up by itself anyway
            builder.store(emptyStore(url, as)).follow(Duration.ZERO);
        }
        try (Yiban yiban = builder.build()) {
            MainJob.Outcome outcome;
            try {
                outcome = new MainJob(yiban, clock, campusSpec, progress, locale, Cli.TEXT).run();
            } catch (RuntimeException stopped) {
                // a plugin's fault that stops the job is named by the error line; one the job carried on from is listed here
                if (!(stopped instanceof PluginException)) {
                    new Summary(stdout, locale).faults(yiban.faults());
                    stdout.flush();
                }
                throw stopped;
            }
            long writing = System.nanoTime();
            Progress.Step step = progress.start(Cli.TEXT.render(locale, "step.files"), save == null ? 6 : 7);
            write(folder, yiban, outcome, clock, locale, step);
            SignedHeads signed = campusKey == null ? null : yiban.signHeads(); // the campus as it ends, in memory, file or database
            if (save != null) {
                SavedCampus.save(save, yiban.core().ledger(), clock.instant());
                step.advance();
            }
            step.done();
            outcome.millis().put("files", (System.nanoTime() - writing) / 1_000_000);
            double seconds = (System.nanoTime() - started) / 1e9;
            new Summary(stdout, locale).demo(yiban, outcome, folder, save, url == null ? null : url.shown(), seconds);
            if (signed != null) {
                stdout.println(Cli.TEXT.render(locale, "demo.signed", signed.keyId(), signed.heads().size(), signed.signedAt().toString(),
                        yiban.core().ledger().signatures().size()));
            }
            stdout.flush();
            return outcome.verification().ok() && yiban.faults().isEmpty() ? Cli.OK : Cli.FAILED;
        }
    }

    /**
     * The store over {@code url}'s database, made if it is a new H2 file.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when it cannot be opened, or already holds records: the demo builds its
     *                     campus from nothing, and would otherwise collide with the one there
     */
    private static JdbcLedgerStore emptyStore(StoreUrl url, DatabaseLogin.Login as) {
        JdbcLedgerStore opened = url.open(as, true);
        long records;
        try {
            records = opened.headPosition();
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        if (records > 0) {
            opened.close();
            throw new Cli.Problem(Cli.USAGE, "store.notEmpty", url.shown(), Summary.count(records));
        }
        return opened;
    }

    private CampusSpec checkedSpec(Locale locale) {
        if (colleges < 1 || colleges > CampusSpec.MAX_COLLEGES) {
            throw new Cli.Problem(Cli.USAGE, "usage.colleges", colleges, CampusSpec.MAX_COLLEGES);
        }
        int least = Math.max(CampusSpec.MIN_STUDENTS, colleges * 10);
        if (students < least || students > CampusSpec.MAX_STUDENTS) {
            throw new Cli.Problem(Cli.USAGE, "usage.students", students, least, CampusSpec.MAX_STUDENTS);
        }
        return new CampusSpec(students, colleges, seed);
    }

    /** Writes the six files of the demo into {@code folder}. */
    static void write(Path folder, Yiban yiban, MainJob.Outcome outcome, SimulationClock clock, Locale locale, Progress.Step step) {
        EvaluationFile.write(folder.resolve(Outputs.EVALUATION), outcome.students().results(), outcome.awards());
        step.advance();
        CollegesFile.write(folder.resolve(Outputs.COLLEGES), outcome.colleges(), yiban.campus());
        step.advance();
        BudgetFile.write(folder.resolve(Outputs.BUDGET), yiban.organisation().budget(), MainJob.BUDGET_YEAR);
        step.advance();
        OrgChart chart = yiban.organisation().chart().at(clock.today());
        Outputs.text(folder.resolve(Outputs.DOT), chart.toDot(locale));
        step.advance();
        Outputs.text(folder.resolve(Outputs.MERMAID), chart.toMermaid(locale));
        step.advance();
        List<Allocation> allocations = yiban.organisation().budget().allocations(MainJob.BUDGET_YEAR);
        List<Round> rounds = List.of(outcome.studentRound(), outcome.collegeRound());
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("colleges", (long) yiban.campus().colleges().size());
        figures.put("classes", (long) yiban.campus().classes().size());
        figures.put("students", (long) outcome.students().results().results().size());
        figures.put("entries", outcome.archiveEntries().values().stream().mapToLong(Long::longValue).sum());
        figures.put("actions", outcome.spaces().posts + outcome.spaces().replies + outcome.spaces().votes + outcome.spaces().signIns);
        figures.put("records", outcome.verification().records());
        ReportPage.Input input = new ReportPage.Input(yiban.campus(), outcome.colleges(), outcome.students().results(), outcome.awards(),
                yiban.scoring().awards(), chart, outcome.violations().size(), allocations,
                yiban.organisation().budget().year(MainJob.BUDGET_YEAR).orElseThrow().total(), rounds, outcome.verification(),
                yiban.plugins(), figures);
        Outputs.text(folder.resolve(Outputs.REPORT), ReportPage.render(input, locale, Cli.TEXT));
        step.advance();
    }
}

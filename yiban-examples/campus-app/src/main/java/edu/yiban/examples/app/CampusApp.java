package edu.yiban.examples.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.visibility.Viewer;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.guice.YibanModule;
import edu.yiban.store.JdbcLedgerStore;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small campus app that embeds YiBan Kit (易班工具包), as a campus developer would: the runtime is wired
 * with Guice ({@link YibanModule}) and keeps its ledger in an H2 file, and the app's own services
 * ({@link CampusRegistry}, {@link ClassSpaceService}, {@link ArchiveFeed}, {@link EvaluationDesk}) get the
 * library's parts injected.
 *
 * <p>One run registers a campus, feeds the growth archives from several campus systems, posts in a class
 * space, evaluates the term, shows one student's result with its explanation and what a parent and the
 * public see of his archive; then it closes the runtime, opens it again on the same file, and shows that the
 * records are all there and every hash chain verifies. Run it again on the same directory and it finds the
 * campus there and skips the registration.
 *
 * <pre>
 * java -jar yiban-examples/campus-app/target/campus-app.jar [directory] [en|zh]
 * </pre>
 */
public final class CampusApp {
    /** The H2 database in the app's directory: H2 keeps it as {@code campus.mv.db}. */
    public static final String STORE_NAME = "campus";

    private final Path directory;
    private final AppText text;
    private final PrintStream out;

    /**
     * An app keeping its data in {@code directory}, writing to {@code out} in {@code locale}'s language.
     */
    public CampusApp(Path directory, Locale locale, PrintStream out) {
        this.directory = Objects.requireNonNull(directory, "directory is null");
        this.text = new AppText(locale);
        this.out = Objects.requireNonNull(out, "out is null");
    }

    /**
     * Runs the app: {@code [directory] [language]}; without a directory it makes a new temporary one,
     * without a language it takes the machine's.
     */
    public static void main(String[] args) throws IOException {
        // Hibernate Validator (inside the library) logs through JBoss Logging; send that to SLF4J, kept at warnings
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Path directory = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("yiban-campus-");
        Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.getDefault();
        Files.createDirectories(directory);
        Report report = new CampusApp(directory, locale, System.out).run();
        System.exit(report.verified() && report.sameAfterReopen() ? 0 : 1);
    }

    /**
     * The injector of one session: the runtime over the H2 file in {@code directory}, built once when a
     * class first asks for it. The injector does not close the runtime; whoever opens it closes it.
     */
    public static Injector openCampus(Path directory) {
        Path file = directory.resolve(STORE_NAME);
        return Guice.createInjector(new YibanModule(() -> Yiban.builder().store(JdbcLedgerStore.h2File(file))));
    }

    /** Runs both sessions and returns what they found. */
    public Report run() {
        out.println(text.get("app.title", directory.resolve(STORE_NAME + ".mv.db")));
        Snapshot before;
        BigDecimal total;

        // ---- first session: register, record, post, evaluate, show
        Injector injector = openCampus(directory);
        try (Yiban yiban = injector.getInstance(Yiban.class)) {
            CampusRegistry registry = injector.getInstance(CampusRegistry.class);
            ClassSpaceService spaces = injector.getInstance(ClassSpaceService.class);
            ArchiveFeed feed = injector.getInstance(ArchiveFeed.class);
            EvaluationDesk desk = injector.getInstance(EvaluationDesk.class);

            if (registry.isRegistered()) {
                out.println(text.get("step.found"));
            } else {
                registry.register();
                out.println(text.get("step.registered", registry.students().size(), registry.nameOf(CampusRegistry.COUNSELLOR),
                        CampusRegistry.COUNSELLOR.value()));
                spaces.openAll();
                spaces.holdRevisionTalk(CampusRegistry.CLASS_1);
                ClassSpaceService.SpaceSummary space = spaces.summary(CampusRegistry.CLASS_1);
                out.println(text.get("step.space", space.space(), space.members(), space.notices(), space.posts(), space.replies()));
                int grades = feed.importGrades();
                int hours = feed.importVolunteerHours();
                int others = feed.recordOtherEvents();
                out.println(text.get("step.archives", grades + hours + others, grades, hours, others));
            }

            StudentResults results = desk.evaluate(CampusRegistry.TERM);
            total = results.result(CampusRegistry.LI_MING).orElseThrow().total();
            out.println(text.get("step.evaluated", CampusRegistry.TERM, results.results().size()));
            desk.explain(results, CampusRegistry.LI_MING, text.locale()).forEach(line -> out.println("    " + line));

            out.println(text.get("step.views", registry.nameOf(CampusRegistry.LI_MING)));
            show("view.student", feed.ownArchive(CampusRegistry.LI_MING));
            show("view.parent", feed.seenBy(CampusRegistry.LI_MING, Viewer.of(CampusRegistry.PARENT)));
            show("view.public", feed.seenBy(CampusRegistry.LI_MING, Viewer.anonymous()));

            before = Snapshot.of(registry, feed, spaces, CampusRegistry.LI_MING);
        }
        out.println("   " + text.get("step.closed"));

        // ---- second session: the same file, a new runtime rebuilt from the ledger
        Snapshot after;
        VerificationReport verification;
        BigDecimal totalAfter;
        Injector reopened = openCampus(directory);
        try (Yiban yiban = reopened.getInstance(Yiban.class)) {
            after = Snapshot.of(reopened.getInstance(CampusRegistry.class), reopened.getInstance(ArchiveFeed.class),
                    reopened.getInstance(ClassSpaceService.class), CampusRegistry.LI_MING);
            verification = yiban.verify();
            totalAfter = reopened.getInstance(EvaluationDesk.class).evaluate(CampusRegistry.TERM)
                    .result(CampusRegistry.LI_MING).orElseThrow().total();
        }
        boolean same = before.equals(after) && total.compareTo(totalAfter) == 0;
        out.println(text.get("step.reopened", after.students().size(), after.archive().size(), after.posts(),
                text.get(same ? "word.yes" : "word.no")));
        out.println("   " + text.get("step.verified", verification.streams().size(), verification.records(),
                text.get(verification.ok() ? "verify.ok" : "verify.broken", verification.breaks().size())));
        out.println("   " + text.get("step.totalAgain", totalAfter));
        return new Report(total, totalAfter, before, after, verification.ok(), same);
    }

    private void show(String key, List<ArchiveRecord> seen) {
        out.println("    " + text.get(key, seen.size()));
        for (ArchiveRecord record : seen) {
            out.println("        " + text.get("view.entry", record.entry().date(), record.entry().category().label().render(text.locale()),
                    record.entry().title(), record.entry().source().label().render(text.locale())));
        }
    }

    /**
     * What one session saw: the students, one student's archive as he sees it, and the posts of his
     * class space. Two snapshots are equal when the data is the same.
     *
     * @param students the 学号 of every student
     * @param archive  the student's archive entries, each as {@code 学号#序号 title}
     * @param posts    the number of posts in the student's class space
     */
    public record Snapshot(List<String> students, List<String> archive, int posts) {
        public Snapshot {
            students = List.copyOf(students);
            archive = List.copyOf(archive);
        }

        static Snapshot of(CampusRegistry registry, ArchiveFeed feed, ClassSpaceService spaces, StudentNo student) {
            return new Snapshot(
                    registry.students().stream().map(StudentNo::value).toList(),
                    feed.ownArchive(student).stream().map(r -> r.ref() + " " + r.entry().title()).toList(),
                    spaces.summary(CampusRegistry.CLASS_1).posts());
        }
    }

    /**
     * What a run found.
     *
     * @param total           李明's total in the first session
     * @param totalAfter      his total evaluated again after reopening
     * @param before          the data seen before closing
     * @param after           the data seen after reopening
     * @param verified        whether every hash chain verified after reopening
     * @param sameAfterReopen whether the data and the total were the same after reopening
     */
    public record Report(BigDecimal total, BigDecimal totalAfter, Snapshot before, Snapshot after, boolean verified,
                         boolean sameAfterReopen) {
    }
}

package edu.yiban.examples.cli;

import edu.yiban.core.directory.Term;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.college.CollegeReport;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.sdk.EvaluationReport;
import edu.yiban.sdk.Yiban;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiban evaluate FILE|URL}: the students' comprehensive evaluation and the colleges' YiBan
 * construction evaluation of a term of a saved campus or a campus in a database ({@link CampusSource}) — by
 * default the last term that has ended by the campus's clock — with plugins found on the class path. It only
 * reads: over a database, nothing is written to it. With {@code --out} it writes
 * {@code evaluation.json} and {@code colleges.json}, the same files the demo writes. A plugin that fails
 * stops it with one line naming the plugin (exit 1); with {@code --plugin-faults skip-and-mark} it carries
 * on, lists every fault, marks the results they touched incomplete in the summary and the file, and exits 1.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Mixin
    private FaultPolicyOption faultPolicy;

    @Parameters(index = "0", paramLabel = "FILE|URL", descriptionKey = "param.campus")
    private String source;

    @Option(names = "--term", paramLabel = "TERM", descriptionKey = "option.term")
    private String term;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.evaluateOut")
    private Path out;

    @Mixin
    private DatabaseLogin login;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        try (CampusSource campus = CampusSource.open(source, login, locale)) {
            Path folder = out == null ? null : Outputs.folder(out, locale);
            return evaluate(campus, folder, locale);
        }
    }

    private int evaluate(CampusSource campus, Path folder, Locale locale) {
        PrintWriter stdout = spec.commandLine().getOut();
        try (Yiban yiban = campus.runtime(locale, faultPolicy.policy())) {
            Term period = term(yiban, campus);
            EvaluationReport students = yiban.evaluateStudents(period.id());
            AwardOutcome awards = MainJob.awards(students.results(), yiban.scoring().awards());
            CollegeReport colleges = yiban.scoring().colleges().run(yiban.core(), yiban.organisation(), period.start(), period.end(),
                    List.of());
            Summary summary = new Summary(stdout, locale);
            summary.students(students.results(), awards, yiban.scoring().awards());
            summary.colleges(yiban.campus(), colleges);
            summary.plugins(yiban.plugins());
            summary.faults(yiban.faults());
            if (folder != null) {
                EvaluationFile.write(folder.resolve(Outputs.EVALUATION), students.results(), awards);
                CollegesFile.write(folder.resolve(Outputs.COLLEGES), colleges, yiban.campus());
                stdout.println(Cli.TEXT.render(locale, "demo.files", folder, Outputs.EVALUATION + ", " + Outputs.COLLEGES));
            }
            stdout.flush();
            return yiban.faults().isEmpty() ? Cli.OK : Cli.FAILED;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw campus.undecodable(e); // a record read only now, when a projection first needs it
        }
    }

    /** The term asked for, or the last term of the calendar that has ended by the campus's clock, or else the first. */
    private Term term(Yiban yiban, CampusSource campus) {
        List<Term> terms = yiban.campus().terms();
        if (term != null) {
            TermId id;
            try {
                id = TermId.parse(term);
            } catch (RuntimeException e) {
                throw new Cli.Problem(Cli.USAGE, "evaluate.termForm", term);
            }
            return yiban.campus().term(id).orElseThrow(() -> new Cli.Problem(Cli.USAGE, "evaluate.termUnknown",
                    term, String.join(", ", terms.stream().map(t -> t.id().toString()).toList())));
        }
        if (terms.isEmpty()) {
            throw new Cli.Problem(Cli.FAILED, "evaluate.noTerms", campus.name());
        }
        return SavedCampus.lastEndedTerm(yiban.campus(), campus.today()).orElse(terms.get(0));
    }
}

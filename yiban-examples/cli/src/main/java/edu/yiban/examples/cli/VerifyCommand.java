package edu.yiban.examples.cli;

import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiban verify FILE}: recomputes every hash chain of a saved campus from the bytes in the file
 * and checks each stream's head against its checkpoint. Exits 0 when every chain is intact, 1 naming
 * each broken record (stream and sequence) when one is not.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.campus")
    private Path file;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        PrintWriter out = spec.commandLine().getOut();
        SavedCampus.Contents contents = SavedCampus.load(file, locale);
        VerificationReport report = SavedCampus.verify(contents);
        if (report.ok()) {
            out.println(Cli.TEXT.render(locale, "verify.ok", file, Summary.count(report.records()), Summary.count(report.streams().size())));
            out.flush();
            return Cli.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(Cli.TEXT.render(locale, "verify.broken", file, report.breaks().size(), Summary.count(report.streams().size())));
        for (ChainBreak b : report.breaks()) {
            err.println("  " + Cli.TEXT.render(locale, "verify.break", b.stream().value(), b.sequence(), b.problem().name(), b.message(locale)));
        }
        err.flush();
        out.flush();
        return Cli.FAILED;
    }
}

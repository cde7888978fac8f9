package edu.yiban.examples.cli;

import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.VerificationReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiban verify FILE|URL}: recomputes every hash chain of a saved campus from the bytes in the file, or of a
 * campus in a database from the bytes in its tables ({@link CampusSource}), and checks each stream's head against its
 * checkpoint (the file's, or the head the store keeps). Exits 0 when every chain is intact, 1 naming each broken record
 * (stream and sequence) when one is not. It decodes no payload and builds no runtime, so a campus written by another
 * version of YiBan Kit is verified too.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE|URL", descriptionKey = "param.campus")
    private String source;

    @Mixin
    private DatabaseLogin login;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        PrintWriter out = spec.commandLine().getOut();
        VerificationReport report;
        String name;
        try (CampusSource campus = CampusSource.open(source, login, locale)) {
            report = campus.verify();
            name = campus.name();
        }
        if (report.ok()) {
            out.println(Cli.TEXT.render(locale, "verify.ok", name, Summary.count(report.records()), Summary.count(report.streams().size())));
            out.flush();
            return Cli.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(Cli.TEXT.render(locale, "verify.broken", name, report.breaks().size(), Summary.count(report.streams().size())));
        for (ChainBreak b : report.breaks()) {
            err.println("  " + Cli.TEXT.render(locale, "verify.break", b.stream().value(), b.sequence(), b.problem().name(), b.message(locale)));
        }
        err.flush();
        out.flush();
        return Cli.FAILED;
    }
}

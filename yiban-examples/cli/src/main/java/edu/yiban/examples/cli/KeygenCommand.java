package edu.yiban.examples.cli;

import edu.yiban.core.ledger.CampusKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code yiban keygen --out DIR}: makes a campus key (校园密钥) and writes it as {@code campus.key} (the private key, PKCS#8
 * in PEM, mode 600 where POSIX) and {@code campus.pub} (the public key, X.509 in PEM) into {@code DIR} ({@link KeyFiles}),
 * never over a file there. {@code demo --key DIR/campus.key} signs with it; {@code verify --public-key DIR/campus.pub}
 * checks against it. Exits 0, or 2 when a file exists already or cannot be written.
 */
@Command(name = "keygen", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class KeygenCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "option.keyOut")
    private Path out;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        CampusKey key = CampusKey.generate();
        List<Path> written = KeyFiles.write(out, key);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(Cli.TEXT.render(locale, "keygen.done", key.id(), written.get(0), written.get(1)));
        stdout.flush();
        return Cli.OK;
    }
}

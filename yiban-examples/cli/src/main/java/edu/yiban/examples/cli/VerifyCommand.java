package edu.yiban.examples.cli;

import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.SignatureCheck;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.SignedVerification;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.VerificationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiban verify FILE|URL [--public-key FILE]}: recomputes every hash chain of a saved campus from the bytes in the
 * file, or of a campus in a database from the bytes in its tables ({@link CampusSource}), and checks each stream's head
 * against its checkpoint (the file's, or the head the store keeps). It decodes no payload and builds no runtime, so a
 * campus written by another version of YiBan Kit is verified too.
 *
 * <p>With {@code --public-key} (a {@code campus.pub} from {@code yiban keygen}) it also checks the campus against its latest
 * signature: that the expected key made it, that every signed stream still holds its signed head, and that nothing was
 * appended after; it names a broken stream and record, the unsigned records stream by stream, or both key ids when another
 * key signed. Without it, it says how many signatures it found.
 *
 * <p>Exit codes: 0 every chain intact and, with {@code --public-key}, the campus exactly as the expected key signed it; 1 a
 * broken chain, no signature, a signature by another key or one that does not verify, a broken signed part, or records
 * appended after the signature; 2 bad usage (a missing or malformed file or key).
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE|URL", descriptionKey = "param.campus")
    private String source;

    @Option(names = "--public-key", paramLabel = "FILE", descriptionKey = "option.publicKey")
    private Path publicKeyFile;

    @Mixin
    private DatabaseLogin login;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        PublicKey key = publicKeyFile == null ? null : KeyFiles.publicKey(publicKeyFile);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VerificationReport report;
        String name;
        List<SignedHeads> signatures;
        SignatureCheck check = null;
        try (CampusSource campus = CampusSource.open(source, login, locale)) {
            report = campus.verify();
            name = campus.name();
            signatures = campus.signatures();
            if (key != null) {
                check = campus.checkSignatures(key);
            }
        }
        if (report.ok()) {
            out.println(Cli.TEXT.render(locale, "verify.ok", name, Summary.count(report.records()), Summary.count(report.streams().size())));
        } else {
            err.println(Cli.TEXT.render(locale, "verify.broken", name, report.breaks().size(), Summary.count(report.streams().size())));
            for (ChainBreak b : report.breaks()) {
                err.println("  " + Cli.TEXT.render(locale, "verify.break", b.stream().value(), b.sequence(), b.problem().name(), b.message(locale)));
            }
        }
        if (check == null) {
            if (signatures.isEmpty()) {
                out.println(Cli.TEXT.render(locale, "verify.signatures.none", name));
            } else {
                SignedHeads latest = signatures.get(0);
                out.println(Cli.TEXT.render(locale, "verify.signatures.found", name, signatures.size(), latest.keyId(),
                        latest.signedAt().toString()));
            }
        } else {
            signed(check, name, locale, out, err);
        }
        err.flush();
        out.flush();
        return report.ok() && (check == null || check.ok()) ? Cli.OK : Cli.FAILED;
    }

    /** Prints what the check against the latest signature found: a pass on the output, anything else on the error output. */
    private static void signed(SignatureCheck check, String name, Locale locale, PrintWriter out, PrintWriter err) {
        if (check.outcome() == SignatureCheck.Outcome.NO_SIGNATURE) {
            err.println(Cli.TEXT.render(locale, "verify.signed.none", name, SignedHeads.STREAM.value()));
            return;
        }
        SignedHeads latest = check.latest().orElseThrow();
        SignedVerification v = check.verification().orElseThrow();
        String at = latest.signedAt().toString();
        switch (check.outcome()) {
            case OTHER_KEY -> err.println(Cli.TEXT.render(locale, "verify.signed.otherKey", name, latest.keyId(), check.expectedKeyId(), at));
            case SIGNATURE_INVALID -> err.println(Cli.TEXT.render(locale, "verify.signed.invalid", name, latest.keyId(), at));
            case BROKEN -> {
                err.println(Cli.TEXT.render(locale, "verify.signed.broken", name, v.breaks().size(), latest.keyId(), at));
                for (ChainBreak b : v.breaks()) {
                    err.println("  " + Cli.TEXT.render(locale, "verify.break", b.stream().value(), b.sequence(), b.problem().name(),
                            b.message(locale)));
                }
                unsigned(v, locale, err);
            }
            case UNSIGNED -> {
                err.println(Cli.TEXT.render(locale, "verify.signed.unsigned", name, latest.keyId(), at, Summary.count(v.unsignedRecords())));
                unsigned(v, locale, err);
            }
            default -> out.println(Cli.TEXT.render(locale, "verify.signed.intact", name, latest.keyId(), at,
                    Summary.count(latest.heads().size())));
        }
    }

    private static void unsigned(SignedVerification v, Locale locale, PrintWriter err) {
        for (Map.Entry<StreamId, Long> e : v.unsigned().entrySet()) {
            err.println("  " + Cli.TEXT.render(locale, "verify.signed.unsignedStream", e.getKey().value(), Summary.count(e.getValue())));
        }
    }
}

package edu.yiban.examples.cli;

import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.SignatureCheck;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.FaultPolicy;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The campus a command reads (校园来源), named by its one parameter: a file saved with {@code yiban demo --save FILE}
 * ({@link SavedCampus.Contents}), or a database named by its JDBC URL ({@link StoredCampus}), which
 * {@code yiban demo --store URL} or a YiBan app fills. Either is verified before it is evaluated, and neither is written.
 *
 * <pre>{@code
 * try (CampusSource campus = CampusSource.open("jdbc:postgresql://db/yiban", login, locale);
 *      Yiban yiban = campus.runtime(locale, FaultPolicy.FAIL)) {
 *     yiban.evaluateStudents(SavedCampus.lastEndedTerm(yiban.campus(), campus.today()).orElseThrow().id());
 * }
 * }</pre>
 */
sealed interface CampusSource extends AutoCloseable permits SavedCampus.Contents, StoredCampus {
    /** How the ledger's codecs name a record they cannot decode: {@code stream#sequence does not decode as type}. */
    Pattern UNDECODABLE = Pattern.compile("(\\S+)#(\\d+) (?:does not decode as|has unknown type) (\\S+)");

    /**
     * The campus {@code value} names: a database when it is a JDBC URL ({@code jdbc:…}) or an H2 {@code .mv.db} file,
     * else a saved-campus file, read whole and checked.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} for a file that is missing, unreadable or no saved campus, and for a
     *                     database that cannot be opened or holds no campus
     */
    static CampusSource open(String value, DatabaseLogin login, Locale locale) {
        if (StoreUrl.names(value)) {
            StoreUrl url = StoreUrl.parse(value);
            return StoredCampus.open(url, login.to(url));
        }
        login.refuseFile(value);
        Path file;
        try {
            file = Path.of(value);
        } catch (InvalidPathException e) {
            throw new Cli.Problem(Cli.USAGE, "campus.badPath", value, Cli.oneLine(e.getReason()));
        }
        return SavedCampus.load(file, locale);
    }

    /** How messages name the campus: the file's path, or the database's URL without its parameters. */
    String name();

    /** The campus's clock: where the saved file says it stood, or the time of the database's last record. */
    Instant clock();

    /** The campus's date by its clock. */
    default LocalDate today() {
        return LocalDate.ofInstant(clock(), SimulationClock.ZONE);
    }

    /** Every hash chain recomputed from the stored bytes, and each stream's head checked against its checkpoint. */
    VerificationReport verify();

    /** The signatures the campus's ledger keeps (its stream {@code signatures}), latest first. */
    List<SignedHeads> signatures();

    /**
     * The campus checked against its latest signature by {@code key}: no signature, another key, a signature that does not
     * verify, a signed stream broken or cut, or records appended after it ({@link SignatureCheck}).
     */
    SignatureCheck checkSignatures(PublicKey key);

    /**
     * A runtime over the campus, with the plugins found as in the demo, its evaluations handling a plugin's fault by
     * {@code policy}: the chains are verified first, the projections rebuilt from the records, and the clock stands at
     * {@link #clock()}. The runtime only reads.
     *
     * @throws Cli.Problem with {@link Cli#FAILED} when a chain is broken, naming the first broken record; with
     *                     {@link Cli#USAGE} when a record cannot be decoded
     */
    Yiban runtime(Locale locale, FaultPolicy policy);

    /** The problem of a record whose chain holds but which the library cannot decode, when {@code e} is that; else {@code e}. */
    RuntimeException undecodable(RuntimeException e);

    /** Lets go of what the campus holds (a database's connections). */
    @Override
    void close();

    /** @throws Cli.Problem with {@link Cli#FAILED} when {@code report} found a broken chain, naming the first */
    static void refuseBroken(CampusSource campus, VerificationReport report, Locale locale) {
        if (!report.ok()) {
            ChainBreak first = report.breaks().get(0);
            throw new Cli.Problem(Cli.FAILED, "campus.broken", campus.name(), report.breaks().size(), first.message(locale));
        }
    }

    /**
     * The problem {@code key} (with the campus's name, the stream, the sequence and the type) of a record whose hash
     * chain is intact but whose payload the library cannot read (written by another version, or changed and hashed
     * again), when {@code e} is the ledger's refusal to decode one; else {@code e} itself.
     */
    static RuntimeException undecodable(String key, String name, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            Matcher m = t.getMessage() == null ? null : UNDECODABLE.matcher(t.getMessage());
            if (m != null && m.matches()) {
                return new Cli.Problem(Cli.USAGE, key, name, m.group(1), m.group(2), m.group(3));
            }
        }
        return e;
    }
}

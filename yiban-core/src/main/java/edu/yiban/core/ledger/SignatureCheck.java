package edu.yiban.core.ledger;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.internal.CoreMessages;
import java.security.PublicKey;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A ledger checked against the latest signature it keeps (最新签名核验), by the public key the verifier expects:
 * {@link Ledger#verifyLatestSignature(PublicKey)}. Exactly one {@link #outcome()} describes it, the worst that holds.
 *
 * <pre>{@code
 * SignatureCheck check = core.ledger().verifyLatestSignature(publicKey);
 * switch (check.outcome()) {
 *     case INTACT -> …                       // as signed, nothing after
 *     case UNSIGNED -> check.verification().orElseThrow().unsigned();   // streams and how many records
 *     default -> System.err.println(check.message(Locale.ENGLISH));
 * }
 * }</pre>
 *
 * @param expectedKeyId the id of the key the verifier expects ({@link CampusKey#id(PublicKey)})
 * @param latest        the ledger's latest signature, empty when it keeps none
 * @param verification  the ledger checked against {@code latest} and the expected key; present with {@code latest}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignatureCheck(String expectedKeyId, Optional<SignedHeads> latest, Optional<SignedVerification> verification) {
    /** What the check found, from the worst down; only {@link #INTACT} is a pass. */
    public enum Outcome {
        /** The ledger keeps no signature at all. */
        NO_SIGNATURE,
        /** The latest signature names another key than the expected one: it is never accepted. */
        OTHER_KEY,
        /** The latest signature names the expected key but does not verify: its heads or signature were changed. */
        SIGNATURE_INVALID,
        /** A signed stream no longer holds its signed head: a record rewritten (even with the chain recomputed) or cut. */
        BROKEN,
        /** The signed part is intact, but records were appended after the signature: nothing vouches for them. */
        UNSIGNED,
        /** The ledger is exactly as signed. */
        INTACT
    }

    /** Checks the parts: a verification with a signature, none without. */
    public SignatureCheck {
        Objects.requireNonNull(expectedKeyId, "expectedKeyId is null");
        Objects.requireNonNull(latest, "latest is null");
        Objects.requireNonNull(verification, "verification is null");
        if (latest.isPresent() != verification.isPresent()) {
            throw new IllegalArgumentException("a verification goes with a signature, and only with one");
        }
    }

    /** What the check found. */
    public Outcome outcome() {
        if (latest.isEmpty() || verification.isEmpty()) {
            return Outcome.NO_SIGNATURE;
        }
        SignedVerification v = verification.get();
        if (!v.keyMatches()) {
            return Outcome.OTHER_KEY;
        }
        if (!v.signatureValid()) {
            return Outcome.SIGNATURE_INVALID;
        }
        if (!v.breaks().isEmpty()) {
            return Outcome.BROKEN;
        }
        return v.unsigned().isEmpty() ? Outcome.INTACT : Outcome.UNSIGNED;
    }

    /** Whether the ledger is exactly as its latest signature, by the expected key, says. */
    public boolean ok() {
        return outcome() == Outcome.INTACT;
    }

    /**
     * The finding for people: the expected and the signing key for {@link Outcome#OTHER_KEY}; the first broken stream and
     * record for {@link Outcome#BROKEN}; each stream with how many unsigned records for {@link Outcome#UNSIGNED}.
     */
    public Text text() {
        Outcome outcome = outcome();
        String key = "ledger.signature." + outcome.name().toLowerCase(Locale.ROOT);
        if (outcome == Outcome.NO_SIGNATURE) {
            return CoreMessages.BUNDLE.text(key, SignedHeads.STREAM.value());
        }
        SignedHeads signed = latest.orElseThrow();
        SignedVerification v = verification.orElseThrow();
        return switch (outcome) {
            case OTHER_KEY -> CoreMessages.BUNDLE.text(key, signed.keyId(), expectedKeyId, signed.signedAt().toString());
            case BROKEN -> CoreMessages.BUNDLE.text(key, v.breaks().get(0).text(), v.breaks().size(), signed.signedAt().toString());
            case UNSIGNED -> CoreMessages.BUNDLE.text(key, v.unsignedRecords(), streams(v.unsigned()), signed.signedAt().toString());
            default -> CoreMessages.BUNDLE.text(key, signed.keyId(), signed.signedAt().toString());
        };
    }

    /** {@link #text()} in the given language. */
    public String message(Locale locale) {
        return text().render(locale);
    }

    private static String streams(Map<StreamId, Long> unsigned) {
        return unsigned.entrySet().stream().map(e -> e.getKey().value() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }
}

package edu.yiban.scoring.round;

import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.ScoringJson;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The results hash: SHA-256 of the canonical JSON of a round's results ({@link RoundResults#sha256()}). A round's
 * code and period write themselves as strings ({@code @JsonValue} on {@link RoundId} and {@link RoundPeriod}).
 */
final class RoundJson {
    private RoundJson() {
    }

    /** SHA-256 of the canonical JSON of {@code results}, as 64 lower-case hex digits. */
    static String sha256(RoundResults results) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(YibanJson.write(ScoringJson.mapper(), results)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

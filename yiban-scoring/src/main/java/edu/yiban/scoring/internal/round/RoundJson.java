package edu.yiban.scoring.internal.round;

import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import edu.yiban.scoring.round.RoundResults;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apiguardian.api.API;

/**
 * JSON of the round types that Jackson's record support does not write by itself (a round's code and
 * period are strings) and the results hash.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RoundJson {
    private RoundJson() {
    }

    /** Adds the round serializers and deserializers to the scoring module. */
    public static void register(SimpleModule module) {
        YibanCoreModule.addString(module, RoundId.class, RoundId::value, RoundId::new);
        YibanCoreModule.addString(module, RoundPeriod.class, RoundPeriod::toString, RoundPeriod::parse);
    }

    /** SHA-256 of the canonical JSON of {@code results}, as 64 lower-case hex digits. */
    public static String sha256(RoundResults results) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(YibanJson.write(ScoringJson.mapper(), results)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

package edu.yiban.scoring.internal.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import edu.yiban.core.json.YibanCoreModule;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.json.YibanScoringModule;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import edu.yiban.scoring.round.RoundResults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Function;

/**
 * JSON of the round types that Jackson's record support does not write by itself (a round's code and
 * period are strings), the canonical mapper the rounds write with, and the results hash.
 */
public final class RoundJson {
    private RoundJson() {
    }

    /** Adds the round serializers and deserializers to the scoring module. */
    public static void register(SimpleModule module) {
        YibanCoreModule.addString(module, RoundId.class, RoundId::value, RoundId::new);
        YibanCoreModule.addString(module, RoundPeriod.class, RoundPeriod::toString, RoundPeriod::parse);
    }

    /** The canonical scoring mapper, shared (made on first use, after the module classes are loaded). */
    public static ObjectMapper mapper() {
        return Holder.JSON;
    }

    /** SHA-256 of the canonical JSON of {@code results}, as 64 lower-case hex digits. */
    public static String sha256(RoundResults results) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(YibanJson.write(mapper(), results)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Reads a {@code type} from {@code json} and checks it; a refusal names the JSON path. The stream is closed. */
    public static <T> T read(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json is null");
        byte[] bytes;
        try (json) {
            bytes = json.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + type.getSimpleName() + " JSON", e);
        }
        return ScoringMessages.validator().check(YibanJson.read(mapper(), bytes, type));
    }

    /** The preset read from the class-path resource {@code path} beside {@code anchor} by {@code read}. */
    public static <T> T resource(Class<?> anchor, String path, Function<InputStream, T> read) {
        InputStream in = anchor.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the preset " + path + " is missing from the class path");
        }
        return read.apply(in);
    }

    private static final class Holder {
        static final ObjectMapper JSON = YibanScoringModule.newMapper();
    }
}

package edu.yiban.core.ledger;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The heads of a ledger's streams at one moment, signed with a {@link CampusKey} (签名检查点). Whoever holds the public
 * key checks a ledger against them with {@link Ledger#verify(SignedHeads, PublicKey)}: a record rewritten or cut at or
 * below a signed head is found, and every record past the heads is reported as unsigned.
 *
 * <p>What is signed is these bytes: the ASCII text {@code yiban-signed-heads-v1}, then {@code i64(signedAt epoch ms)},
 * {@code str(keyId)}, {@code i32(count)} and, for each head in stream-name order, {@code str(stream) ‖ i64(version) ‖
 * hash(32 bytes)}, where {@code str(x)} is a big-endian i32 length and the UTF-8 bytes, and integers are big-endian.
 *
 * @param signedAt  when the heads were taken
 * @param keyId     the {@linkplain CampusKey#id() id} of the key that signed them
 * @param heads     the heads, one a stream, in stream-name order
 * @param signature the Ed25519 signature of the bytes above
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SignedHeads(Instant signedAt, String keyId, List<Checkpoint> heads, byte[] signature) {
    /**
     * The stream a runtime keeps its signatures in (签名流), one record of type {@link #RECORD_TYPE} a signature, its payload
     * the signed heads' JSON ({@code YibanCoreModule}). Nothing but the signature check reads it; it is never among the heads
     * a signature covers, and never reported as unsigned.
     */
    public static final StreamId STREAM = StreamId.of("signatures");
    /** The type of a record of {@link #STREAM}: one {@code SignedHeads}. */
    public static final String RECORD_TYPE = "ledger.heads-signed";

    private static final byte[] MAGIC = "yiban-signed-heads-v1".getBytes(StandardCharsets.US_ASCII);

    /** Checks the parts: a stream at most once; the heads are kept in stream-name order. */
    public SignedHeads {
        Objects.requireNonNull(signedAt, "signedAt is null");
        Objects.requireNonNull(keyId, "keyId is null");
        heads = sorted(heads);
        signature = Objects.requireNonNull(signature, "signature is null").clone();
    }

    /** A copy of the signature. */
    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** Whether {@code key} made the signature over these heads: false for another key or heads changed since. */
    public boolean signatureValid(PublicKey key) {
        Objects.requireNonNull(key, "key is null");
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key);
            check.update(signedBytes(signedAt, keyId, heads));
            return check.verify(signature);
        } catch (GeneralSecurityException e) {
            return false; // not an Ed25519 key, or a signature of the wrong length: not this key's
        }
    }

    static List<Checkpoint> sorted(List<Checkpoint> heads) {
        Objects.requireNonNull(heads, "heads is null");
        List<Checkpoint> sorted = new ArrayList<>(heads);
        sorted.sort(Comparator.comparing(Checkpoint::stream));
        Set<StreamId> seen = new HashSet<>();
        for (Checkpoint head : sorted) {
            if (!seen.add(Objects.requireNonNull(head, "a head is null").stream())) {
                throw new IllegalArgumentException("stream " + head.stream().value() + " is signed twice");
            }
        }
        return List.copyOf(sorted);
    }

    static byte[] signedBytes(Instant signedAt, String keyId, List<Checkpoint> heads) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + heads.size() * 80);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeLong(signedAt.toEpochMilli());
            text(out, keyId);
            out.writeInt(heads.size());
            for (Checkpoint head : heads) {
                text(out, head.stream().value());
                out.writeLong(head.version());
                out.write(head.hash().bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedHeads s && signedAt.equals(s.signedAt) && keyId.equals(s.keyId) && heads.equals(s.heads)
                && Arrays.equals(signature, s.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(signedAt, keyId, heads, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "SignedHeads[" + heads.size() + " streams at " + signedAt + " by key " + keyId + "]";
    }
}

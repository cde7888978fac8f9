package edu.yiban.core.ledger;

import edu.yiban.core.internal.rules.IdRules;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A SHA-256 link of a stream's hash chain: 32 bytes, written as 64 lower-case hex digits.
 * Immutable; the bytes handed in and out are copies.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ChainHash {
    /** The number of bytes of a SHA-256 hash. */
    public static final int LENGTH = 32;
    /** The link before a stream's first record: 32 zero bytes. */
    public static final ChainHash GENESIS = new ChainHash(new byte[LENGTH]);

    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");
    private static final ThreadLocal<Linker> LINKER = ThreadLocal.withInitial(Linker::new);

    private final byte[] bytes;

    private ChainHash(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The hash with these 32 bytes. */
    public static ChainHash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes is null");
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a chain hash has " + LENGTH + " bytes, not " + bytes.length);
        }
        return new ChainHash(bytes.clone());
    }

    /** Parses 64 lower-case hex digits. */
    public static ChainHash parse(String hex) {
        IdRules.check(hex, "hash", FORM, "hash");
        return new ChainHash(HEX.parseHex(hex));
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChainHash h && Arrays.equals(bytes, h.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** 64 lower-case hex digits. */
    @Override
    public String toString() {
        return HEX.formatHex(bytes);
    }

    /**
     * The chain link of one record: SHA-256 of the previous link and the record's stored parts, as {@link Ledger}
     * lays them out. Public so that other tools can check a chain without this library.
     */
    public static ChainHash link(ChainHash previous, StreamId stream, long sequence, String type, Instant recordedAt,
                                 byte[] payload) {
        return LINKER.get().link(previous, utf8(stream.value()), sequence, utf8(type), recordedAt.toEpochMilli(), payload);
    }

    /** The chain link of {@code record} after {@code previous}: what its stored hash must be. */
    public static ChainHash link(ChainHash previous, StoredRecord record) {
        return link(previous, record.stream(), record.sequence(), record.type(), record.recordedAt(), record.unsafePayload());
    }

    /** Links records of one stream and one time, whose type names and stream name are given as UTF-8 bytes. */
    static ChainHash link(ChainHash previous, byte[] stream, long sequence, byte[] type, long millis, byte[] payload) {
        return LINKER.get().link(previous, stream, sequence, type, millis, payload);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What a thread links records with: its digest and a header it writes over, so a link allocates only its hash. */
    private static final class Linker {
        private final MessageDigest digest = newDigest();
        private ByteBuffer header = ByteBuffer.allocate(256);

        ChainHash link(ChainHash previous, byte[] stream, long sequence, byte[] type, long millis, byte[] payload) {
            int length = 4 + stream.length + 8 + 4 + type.length + 8 + 4;
            if (length > header.capacity()) {
                header = ByteBuffer.allocate(Math.max(length, 2 * header.capacity()));
            }
            header.clear();
            header.putInt(stream.length).put(stream).putLong(sequence).putInt(type.length).put(type).putLong(millis)
                    .putInt(payload.length);
            digest.update(previous.bytes);
            digest.update(header.array(), 0, length);
            digest.update(payload);
            byte[] hash = new byte[LENGTH];
            try {
                digest.digest(hash, 0, LENGTH);
            } catch (DigestException e) {
                throw new IllegalStateException("a SHA-256 digest has " + LENGTH + " bytes", e);
            }
            return new ChainHash(hash);
        }

        private static MessageDigest newDigest() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }
}

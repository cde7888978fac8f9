package edu.yiban.core.ledger;

import edu.yiban.core.internal.IdRules;
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

    /** The hash over {@code bytes}, a digest just computed that nobody else holds (not copied). */
    static ChainHash digested(byte[] bytes) {
        return new ChainHash(bytes);
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

    byte[] unsafeBytes() {
        return bytes;
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
}

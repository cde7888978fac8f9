package edu.yiban.core.privacy;

import edu.yiban.core.id.PersonId;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * One subject's key (个人密钥): 256 random bits that seal a person's {@link PersonalDetails} with AES-256-GCM, and the
 * id the sealed records name it by. It never enters the ledger; a {@link SubjectKeys} store keeps it, and destroying
 * it is the erasure of what it sealed. {@link #toString()} shows the subject and the id only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SubjectKey {
    /** The length of a key, in bytes. */
    public static final int BYTES = 32;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonId subject;
    private final String id;
    private final byte[] material;

    private SubjectKey(PersonId subject, String id, byte[] material) {
        this.subject = Objects.requireNonNull(subject, "subject is null");
        this.id = Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(material, "material is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a subject key's id is 16 lower-case hex digits");
        }
        if (material.length != BYTES) {
            throw new IllegalArgumentException("a subject key has " + BYTES + " bytes, not " + material.length);
        }
        this.material = material.clone();
    }

    /** A new random key of {@code subject}, with a new random id. */
    public static SubjectKey generate(PersonId subject) {
        byte[] material = new byte[BYTES];
        byte[] id = new byte[8];
        RANDOM.nextBytes(material);
        RANDOM.nextBytes(id);
        return new SubjectKey(subject, HexFormat.of().formatHex(id), material);
    }

    /**
     * A key a store kept, read back.
     *
     * @throws IllegalArgumentException if {@code id} is not 16 lower-case hex digits or {@code material} not 32 bytes
     */
    public static SubjectKey of(PersonId subject, String id, byte[] material) {
        return new SubjectKey(subject, id, material);
    }

    /** Whose key it is. */
    public PersonId subject() {
        return subject;
    }

    /** The key's id, 16 lower-case hex digits, as sealed records name it. */
    public String id() {
        return id;
    }

    /** The key's bytes, a copy: for a store to keep. */
    public byte[] material() {
        return material.clone();
    }

    /** The key as the JDK's ciphers take it. */
    public SecretKey secretKey() {
        return new SecretKeySpec(material, "AES");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectKey k && subject.equals(k.subject) && id.equals(k.id) && MessageDigest.isEqual(material, k.material);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, id);
    }

    @Override
    public String toString() {
        return "SubjectKey[" + subject + ", " + id + "]";
    }
}

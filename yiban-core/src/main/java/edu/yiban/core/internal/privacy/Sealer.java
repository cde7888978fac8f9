package edu.yiban.core.internal.privacy;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.privacy.PrivacyException;
import edu.yiban.core.privacy.SubjectKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with the JDK's own provider: a random 12-byte nonce per sealing, a 128-bit tag, and as associated data
 * {@code yiban-personal-v1 \0 person \0 key id}. The plaintext is padded with spaces to a multiple of {@value #BLOCK}
 * bytes, so the ciphertext's length says little about which details are present.
 */
final class Sealer {
    static final String ALGORITHM = "AES-256-GCM";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int BLOCK = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealer() {
    }

    /** The nonce and ciphertext, base64, of {@code plaintext} sealed under {@code key} for {@code person}. */
    static String[] seal(SubjectKey key, PersonId person, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        int padded = (plaintext.length / BLOCK + 1) * BLOCK;
        byte[] block = Arrays.copyOf(plaintext, padded);
        Arrays.fill(block, plaintext.length, padded, (byte) ' ');
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(person, key.id()));
            byte[] sealed = cipher.doFinal(block);
            Arrays.fill(block, (byte) 0);
            return new String[] {Base64.getEncoder().encodeToString(nonce), Base64.getEncoder().encodeToString(sealed)};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot seal with " + TRANSFORMATION, e);
        }
    }

    /** The plaintext (with its padding) of {@code ciphertext}, sealed for {@code person} under {@code key}. */
    static byte[] open(SubjectKey key, PersonId person, String nonce, String ciphertext) {
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key.secretKey(), new GCMParameterSpec(TAG_BITS, Base64.getDecoder().decode(nonce)));
            cipher.updateAAD(associated(person, key.id()));
            return cipher.doFinal(Base64.getDecoder().decode(ciphertext));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw PrivacyException.unsealable(person, key.id(), e);
        }
    }

    private static byte[] associated(PersonId person, String keyId) {
        return ("yiban-personal-v1\u0000" + person.value() + "\u0000" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}

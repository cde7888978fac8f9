package edu.yiban.core.ledger;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A campus key (校园密钥): the Ed25519 key pair, the JDK's own, with which a campus signs the heads of its ledger's
 * streams ({@link SignedHeads}), so that anyone holding the public key can tell a rewrite, a cut or an append after
 * them from the ledger as it was signed. The private key stays with the campus (a file only the app's account reads,
 * or a key store); a verifier needs only {@link #publicKey()} and the signed heads.
 *
 * <pre>{@code
 * CampusKey key = CampusKey.generate();                          // once; keep privateKeyPkcs8() safe
 * SignedHeads signed = key.sign(store.heads(), clock.instant());
 * SignedVerification report = ledger.verify(signed, key.publicKey());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CampusKey {
    private static final String ALGORITHM = "Ed25519";

    private final PublicKey publicKey;
    private final PrivateKey privateKey;

    private CampusKey(PublicKey publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** A new key pair. */
    public static CampusKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new CampusKey(pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /**
     * The key kept as its two encoded halves: the private key in PKCS#8, the public key in X.509
     * ({@link #privateKeyPkcs8()}, {@link #publicKeyX509()}).
     *
     * @throws IllegalArgumentException if either is not an Ed25519 key, or they are not one pair
     */
    public static CampusKey fromEncoded(byte[] privateKeyPkcs8, byte[] publicKeyX509) {
        PublicKey publicKey = publicKey(publicKeyX509);
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(privateKeyPkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8: " + e.getMessage(), e);
        }
        CampusKey key = new CampusKey(publicKey, privateKey);
        SignedHeads probe = key.sign(List.of(), Instant.EPOCH);
        if (!probe.signatureValid(publicKey)) {
            throw new IllegalArgumentException("the private and the public key are not one pair");
        }
        return key;
    }

    /**
     * A public key as {@link #publicKeyX509()} encodes it: what a verifier is given.
     *
     * @throws IllegalArgumentException if it is not an Ed25519 public key in X.509
     */
    public static PublicKey publicKey(byte[] publicKeyX509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(publicKeyX509));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509: " + e.getMessage(), e);
        }
    }

    /** The public key, which verifies what this key signs. */
    public PublicKey publicKey() {
        return publicKey;
    }

    /** The public key in X.509, to hand to verifiers. */
    public byte[] publicKeyX509() {
        return publicKey.getEncoded();
    }

    /** The private key in PKCS#8, to keep where only the campus's app reads it. */
    public byte[] privateKeyPkcs8() {
        return privateKey.getEncoded();
    }

    /** The key's id: the first 16 hex digits of the SHA-256 of its public key in X.509, named in every signature. */
    public String id() {
        return id(publicKey);
    }

    /** The id of {@code key}, as {@link #id()} gives it. */
    public static String id(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** Signs {@code heads} (a stream at most once) as they were at {@code at}. */
    public SignedHeads sign(List<Checkpoint> heads, Instant at) {
        Objects.requireNonNull(heads, "heads is null");
        Objects.requireNonNull(at, "at is null");
        List<Checkpoint> sorted = SignedHeads.sorted(heads);
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(SignedHeads.signedBytes(at, id(), sorted));
            return new SignedHeads(at, id(), sorted, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with an Ed25519 key", e);
        }
    }

    @Override
    public String toString() {
        return "CampusKey[" + id() + "]"; // never the private key
    }
}

package edu.yiban.examples.cli;

import edu.yiban.core.ledger.CampusKey;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campus key as files (密钥文件), in PEM: {@code campus.key} the private key in PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}),
 * readable by its owner alone (mode 600 where the file system is POSIX), and {@code campus.pub} the public key in X.509
 * ({@code -----BEGIN PUBLIC KEY-----}), to hand to whoever verifies. A key file is read back with its public half beside
 * it: {@code X.pub} for {@code X.key} (the JDK cannot derive an Ed25519 public key from the private one).
 */
final class KeyFiles {
    static final String PRIVATE = "campus.key";
    static final String PUBLIC = "campus.pub";
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private KeyFiles() {
    }

    /**
     * Writes {@code key} as {@link #PRIVATE} and {@link #PUBLIC} into {@code folder}, made if missing.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when either file exists already (neither is then written), or cannot be written
     */
    static List<Path> write(Path folder, CampusKey key) {
        Path secret = folder.resolve(PRIVATE);
        Path shared = folder.resolve(PUBLIC);
        for (Path file : List.of(secret, shared)) {
            if (Files.exists(file)) {
                throw new Cli.Problem(Cli.USAGE, "keygen.exists", file);
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw Outputs.cannotWrite(folder, e);
        }
        create(secret, pem(PRIVATE_LABEL, key.privateKeyPkcs8()), true);
        create(shared, pem(PUBLIC_LABEL, key.publicKeyX509()), false);
        return List.of(secret, shared);
    }

    /** Makes {@code file} with {@code text}, never over another; readable by its owner alone when {@code secret}. */
    private static void create(Path file, String text, boolean secret) {
        try {
            if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
                Files.createFile(file, ownerOnly); // made with its mode, so no other user can open it in between
            } else {
                Files.createFile(file);
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(text);
            }
        } catch (FileAlreadyExistsException e) {
            throw new Cli.Problem(Cli.USAGE, "keygen.exists", file);
        } catch (IOException e) {
            throw Outputs.cannotWrite(file, e);
        }
    }

    /**
     * The campus key in {@code file} (PKCS#8, PEM) with its public half from the {@code .pub} file beside it.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when either file is missing, unreadable, not such a key, or they are not one pair
     */
    static CampusKey campusKey(Path file) {
        Path pub = publicBeside(file);
        byte[] secret = read(file, PRIVATE_LABEL);
        byte[] shared = read(pub, PUBLIC_LABEL);
        try {
            return CampusKey.fromEncoded(secret, shared);
        } catch (IllegalArgumentException e) {
            throw new Cli.Problem(Cli.USAGE, "key.pair", file, pub);
        }
    }

    /** The public key in {@code file} (X.509, PEM). */
    static PublicKey publicKey(Path file) {
        byte[] shared = read(file, PUBLIC_LABEL);
        try {
            return CampusKey.publicKey(shared);
        } catch (IllegalArgumentException e) {
            throw new Cli.Problem(Cli.USAGE, "key.notKey", file, PUBLIC_LABEL);
        }
    }

    /** {@code X.pub} for {@code X.key}, else the file's name with {@code .pub} added. */
    static Path publicBeside(Path file) {
        String name = file.getFileName().toString();
        String pub = name.endsWith(".key") ? name.substring(0, name.length() - 4) + ".pub" : name + ".pub";
        return file.resolveSibling(pub);
    }

    private static byte[] read(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new Cli.Problem(Cli.USAGE, "key.missing", file);
        } catch (IOException e) {
            throw new Cli.Problem(Cli.USAGE, "key.unreadable", file, Outputs.reason(e));
        }
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(label)) {
                try {
                    return Base64.getMimeDecoder().decode(m.group(2));
                } catch (IllegalArgumentException e) {
                    break;
                }
            }
        }
        throw new Cli.Problem(Cli.USAGE, "key.notKey", file, label);
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}

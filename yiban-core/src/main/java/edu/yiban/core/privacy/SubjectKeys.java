package edu.yiban.core.privacy;

import edu.yiban.core.id.PersonId;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where the subjects' keys live (个人密钥库): outside the ledger, so that destroying a person's keys makes their
 * sealed details unreadable while the ledger's hash chain stays whole. A campus plugs in its own (a key management
 * service, an HSM, a table of its own) by implementing these three calls; the library has
 * {@link #inMemory()} (tests, demos) and {@link #inDirectory(Path)} (a folder the app's account alone may read).
 *
 * <p>A store must be safe for concurrent use, keep each key's bytes exactly, and, on {@link #destroy}, forget the
 * subject's keys for good: no copy in a backup it controls may outlive the call. A failure is a
 * {@link PrivacyException} with code {@value PrivacyException#KEYS}.
 *
 * <pre>{@code
 * SubjectKeys keys = SubjectKeys.inDirectory(Path.of("/srv/yiban/subject-keys"));
 * YibanCore core = YibanCore.builder().store(store).subjectKeys(keys).build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface SubjectKeys {

    /** Makes and keeps a new key of {@code subject} ({@link SubjectKey#generate}); the subject's other keys stay. */
    SubjectKey create(PersonId subject);

    /** The key {@code keyId} of {@code subject}, or empty if it was never made or was destroyed. */
    Optional<SubjectKey> get(PersonId subject, String keyId);

    /** Destroys every key of {@code subject} for good; how many there were (0 when none). */
    int destroy(PersonId subject);

    /** Keys in this process's memory only: gone when it ends, so only for tests and demos over an in-memory store. */
    static SubjectKeys inMemory() {
        return new InMemorySubjectKeys();
    }

    /**
     * Keys in files under {@code directory}, one a key ({@code <person>/<key id>.key}), made readable by their owner
     * only where the file system allows. Destroying overwrites a key's file with zeros before deleting it; on flash
     * storage and copy-on-write file systems that is no promise that the old bytes are gone from the device, so keep
     * the folder on an encrypted volume, out of backups the campus cannot erase from (docs/privacy.md).
     */
    static SubjectKeys inDirectory(Path directory) {
        return new DirectorySubjectKeys(directory);
    }
}

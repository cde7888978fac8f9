package edu.yiban.core.privacy;

import edu.yiban.core.id.PersonId;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Subject keys in files ({@link SubjectKeys#inDirectory}): {@code <directory>/<person>/<key id>.key} holds the key's 32
 * bytes. A key is written to a temporary file and moved into place, so a reader never sees half of one.
 */
final class DirectorySubjectKeys implements SubjectKeys {
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{16}");
    private static final String SUFFIX = ".key";

    private final Path directory;
    private final Object lock = new Object();

    DirectorySubjectKeys(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory is null");
    }

    @Override
    public SubjectKey create(PersonId subject) {
        SubjectKey key = SubjectKey.generate(Objects.requireNonNull(subject, "subject is null"));
        Path folder = directory.resolve(subject.value());
        synchronized (lock) {
            try {
                Files.createDirectories(folder);
                ownerOnly(folder, "rwx------");
                Path temporary = folder.resolve(key.id() + ".tmp");
                Files.write(temporary, key.material(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                ownerOnly(temporary, "rw-------");
                try {
                    Files.move(temporary, file(subject, key.id()), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file(subject, key.id()));
                }
            } catch (IOException e) {
                throw PrivacyException.keysFailed(subject, e);
            }
        }
        return key;
    }

    @Override
    public Optional<SubjectKey> get(PersonId subject, String keyId) {
        if (!KEY_ID.matcher(keyId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SubjectKey.of(subject, keyId, Files.readAllBytes(file(subject, keyId))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw PrivacyException.keysFailed(subject, e);
        }
    }

    @Override
    public int destroy(PersonId subject) {
        Path folder = directory.resolve(subject.value());
        synchronized (lock) {
            if (!Files.isDirectory(folder)) {
                return 0;
            }
            try {
                List<Path> files = new ArrayList<>();
                try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
                    in.forEach(files::add);
                }
                int keys = 0;
                for (Path f : files) {
                    overwrite(f);
                    Files.delete(f);
                    keys += f.getFileName().toString().endsWith(SUFFIX) ? 1 : 0;
                }
                Files.delete(folder);
                return keys;
            } catch (IOException e) {
                throw PrivacyException.keysFailed(subject, e);
            }
        }
    }

    /** Writes zeros over the file's bytes and forces them out before it is deleted. */
    private static void overwrite(Path f) throws IOException {
        try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.min(size, 4096));
            for (long at = 0; at < size; ) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - at));
                at += channel.write(zeros, at);
            }
            channel.force(true);
        }
    }

    private Path file(PersonId subject, String keyId) {
        return directory.resolve(subject.value()).resolve(keyId + SUFFIX);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own access rules apply
        }
    }

    @Override
    public String toString() {
        return "subject keys in " + directory;
    }
}

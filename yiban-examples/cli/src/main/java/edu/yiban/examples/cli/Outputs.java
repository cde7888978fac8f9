package edu.yiban.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a command writes its files: a folder made when missing, refused (bad usage) when it cannot be. */
final class Outputs {
    /** The files the demo writes, in the order it writes them. */
    static final String EVALUATION = "evaluation.json";
    static final String COLLEGES = "colleges.json";
    static final String BUDGET = "budget.json";
    static final String DOT = "org-chart.dot";
    static final String MERMAID = "org-chart.mmd";
    static final String REPORT = "report.html";

    private Outputs() {
    }

    /**
     * Makes {@code folder} if it is missing.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when it is a file or cannot be made
     */
    static Path folder(Path folder, Locale locale) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new FileAlreadyExistsException(folder.toString());
            }
            return Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw new Cli.Problem(Cli.USAGE, "out.notFolder", folder);
        } catch (IOException e) {
            throw new Cli.Problem(Cli.USAGE, "out.cannot", folder, reason(e));
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code file}.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when it cannot be written
     */
    static void text(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** The problem of a file that cannot be written: its path and the operating system's reason. */
    static Cli.Problem cannotWrite(Path file, IOException e) {
        return new Cli.Problem(Cli.USAGE, "out.cannotWrite", file, reason(e));
    }

    /**
     * The operating system's reason for {@code e} ("Permission denied", "Not a directory", "No space left on
     * device"…) in the bundle's words where it has them, else as the system gives it — never the path alone,
     * which is what Java puts in the message of most file errors.
     */
    static Object reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Cli.TEXT.text("io.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Cli.TEXT.text("io.noSuchFile");
        }
        if (e instanceof NotDirectoryException) {
            return Cli.TEXT.text("io.notDirectory");
        }
        if (e instanceof FileAlreadyExistsException) {
            return Cli.TEXT.text("io.exists");
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return Cli.TEXT.text("io.unknown", e.getClass().getSimpleName());
        }
        String key = OS_REASONS.get(reason.trim().toLowerCase(Locale.ROOT));
        return key != null ? Cli.TEXT.text(key) : Cli.oneLine(reason);
    }

    /** The reasons the operating system gives most often, by their usual English text, and their sentences. */
    private static final Map<String, String> OS_REASONS = Map.of(
            "permission denied", "io.denied",
            "operation not permitted", "io.denied",
            "not a directory", "io.notDirectory",
            "is a directory", "io.isDirectory",
            "no space left on device", "io.full",
            "disk quota exceeded", "io.full",
            "read-only file system", "io.readOnly",
            "no such file or directory", "io.noSuchFile",
            "file name too long", "io.tooLong");
}

package edu.yiban.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
            throw new Cli.Problem(Cli.USAGE, "out.cannot", folder, Cli.oneLine(e.getMessage()));
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

    /** The problem of a file that cannot be written. */
    static Cli.Problem cannotWrite(Path file, IOException e) {
        return new Cli.Problem(Cli.USAGE, "out.cannotWrite", file, Cli.oneLine(e.getMessage()));
    }
}

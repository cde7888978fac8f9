package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo runs the tests share, made once per test JVM: a small campus (600 students, 4 colleges) twice
 * with the same seed — the first also saved — and once with another seed.
 */
final class DemoRuns {
    static final String STUDENTS = "600";
    static final String COLLEGES = "4";
    static final String SEED = "20220609";
    static final String OTHER_SEED = "7";

    private static DemoRuns runs;

    final Path root;
    final Path first;
    final Path second;
    final Path other;
    final Path saved;
    final Run firstRun;

    private DemoRuns() throws IOException {
        root = Files.createTempDirectory("yiban-demo-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        first = root.resolve("first");
        second = root.resolve("second");
        other = root.resolve("other");
        saved = root.resolve("campus.json");
        firstRun = Run.en("demo", "--students", STUDENTS, "--colleges", COLLEGES, "--seed", SEED, "--out", first.toString(),
                "--save", saved.toString());
        assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();
        Run again = Run.en("demo", "--students", STUDENTS, "--colleges", COLLEGES, "--seed", SEED, "--out", second.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        Run another = Run.en("demo", "--students", STUDENTS, "--colleges", COLLEGES, "--seed", OTHER_SEED, "--out", other.toString());
        assertThat(another.exitCode()).as(another.err()).isZero();
    }

    /** Deletes {@code folder} and all in it, as far as it can. */
    static void delete(Path folder) {
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for the system to clean
        }
    }

    /** The runs, made on first use. */
    static synchronized DemoRuns get() {
        if (runs == null) {
            try {
                runs = new DemoRuns();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runs;
    }
}

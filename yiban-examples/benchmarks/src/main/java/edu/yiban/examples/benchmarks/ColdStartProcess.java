package edu.yiban.examples.benchmarks;

import edu.yiban.sdk.Yiban;
import edu.yiban.store.JdbcLedgerStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A cold start as an app's process makes it, which {@link ColdStartBenchmark} cannot show: the first open of a store in
 * a fresh JVM (classes loading, the JIT cold, H2 opening its file), timed from {@code Yiban.builder()} until
 * {@code build()} returns. The first run builds the campus into {@code <directory>} (an H2 file and its snapshot, as
 * {@link ColdStartBenchmark}'s set-up does) and exits; each later run opens it once, from the snapshot or, with
 * {@code replay}, without it, and prints the time.
 *
 * <pre>{@code
 * java -cp yiban-examples/benchmarks/target/benchmarks.jar edu.yiban.examples.benchmarks.ColdStartProcess /tmp/campus 30000 8
 * java -cp yiban-examples/benchmarks/target/benchmarks.jar edu.yiban.examples.benchmarks.ColdStartProcess /tmp/campus
 * java -cp yiban-examples/benchmarks/target/benchmarks.jar edu.yiban.examples.benchmarks.ColdStartProcess /tmp/campus replay
 * }</pre>
 */
public final class ColdStartProcess {
    private static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");

    private ColdStartProcess() {
    }

    /** {@code <directory> [students terms | replay]}. */
    public static void main(String[] args) {
        Path directory = Path.of(args[0]);
        Path database = directory.resolve("campus");
        Path snapshot = directory.resolve("campus.archives.snapshot");
        if (!Files.exists(directory.resolve("campus.mv.db"))) {
            int students = args.length > 1 ? Integer.parseInt(args[1]) : 7500;
            int terms = args.length > 2 ? Integer.parseInt(args[2]) : 8;
            long started = System.nanoTime();
            long entries = 0;
            try (Yiban yiban = open(database, snapshot)) {
                SyntheticCampus campus = SyntheticCampus.enrol(yiban.campus(), yiban.archives(), students, SyntheticCampus.yearsFor(terms));
                entries = campus.recordRealisticTerms(terms);
            }
            System.out.printf("built %,d students × %d terms, %,d archive entries, in %.1f s into %s; run again to open it%n",
                    students, terms, entries, (System.nanoTime() - started) / 1e9, directory);
            return;
        }
        boolean replay = args.length > 1 && args[1].equals("replay");
        long started = System.nanoTime();
        try (Yiban yiban = open(database, replay ? null : snapshot)) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("first open in a fresh process, %s: %,d ms, %,d archive rows ready%n",
                    replay ? "replaying the ledger" : "from the snapshot", millis, yiban.archives().columns().rows());
        }
    }

    private static Yiban open(Path database, Path snapshot) {
        Yiban.Builder builder = Yiban.builder().store(JdbcLedgerStore.h2File(database)).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .rules(FourYearCampusBenchmark.fourYearRules());
        if (snapshot != null) {
            builder.snapshot(snapshot);
        }
        return builder.build();
    }
}

package edu.yiban.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.append.WritableLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a process killed while it appends leaves in the store (崩溃测试): on an H2 file, PostgreSQL and MariaDB, a child
 * process ({@link AppendUntilKilled}) appends from {@value AppendUntilKilled#WRITERS} threads and is killed with SIGKILL
 * at a random moment, {@value #KILLS_DEFAULT} times over the same database; then every append it acknowledged is in the
 * store with the bytes and hashes it was acknowledged with, no batch is kept in part, every chain verifies, and
 * sequences and positions are dense.
 *
 * <p>The moments are drawn from a seeded {@link Random}; the seed is printed, and
 * {@code -Dyiban.crash.seed=<seed>} draws the same delays again (the threads' timing still differs from run to run).
 * {@code -Dyiban.crash.kills=<n>} kills more often. Each store's figures go to standard output in one line:
 * <pre>
 * crash test, PostgreSQL: kills=20 acknowledged appends=… acknowledged records=… records found=… lost=0 partial=0 …
 * </pre>
 */
class CrashTest {
    private static final int KILLS_DEFAULT = 20;
    private static final int KILLS = Integer.getInteger("yiban.crash.kills", KILLS_DEFAULT);
    private static final long SEED = Long.getLong("yiban.crash.seed", new Random().nextLong());
    /** The longest wait between the child's first acknowledged append and its kill. */
    private static final int MAX_DELAY_MILLIS = 400;
    /** How long a child may take to acknowledge its first append (a JVM starting on a busy machine). */
    private static final long FIRST_ACK_SECONDS = 60;
    /** The exit status of a process killed by SIGKILL (128 + 9): what {@link Process#destroyForcibly()} sends on Linux. */
    private static final int KILLED = 128 + 9;
    private static final Pattern ACK = Pattern.compile("ACK (\\S+) (\\d+)((?: \\S+/\\d+/\\d+/[0-9a-f]{64})+)");
    private static final Pattern RECORD = Pattern.compile("(\\S+)/(\\d+)/(\\d+)/([0-9a-f]{64})");
    private static final Pattern PAYLOAD = Pattern.compile("batch (\\S+) record (\\d+) of (\\d+) x*");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void everyAcknowledgedAppendSurvivesKillsAndNoBatchIsKeptInPart(TestDatabase.Kind kind)
            throws IOException, InterruptedException {
        TestDatabase database = kind.newDatabase();
        long seed = SEED + kind.ordinal();
        System.out.println("crash test, " + kind + ": seed " + seed + " (run again with -Dyiban.crash.seed=" + SEED + ")");
        Random random = new Random(seed);
        Path log = Files.createDirectories(Path.of("target", "crash-test")).resolve(kind.name() + ".log");
        Files.deleteIfExists(log);
        Children children = new Children();
        for (int run = 1; run <= KILLS; run++) {
            children.appendUntilKilled(database, run, random, log);
        }

        try (JdbcLedgerStore store = database.open()) {
            Findings found = new Findings(store, children.acknowledged);
            System.out.printf("crash test, %s: kills=%d acknowledged appends=%d acknowledged records=%d records found=%d"
                            + " lost=%d partial=%d (kept unacknowledged: %d batches; conflicts=%d errors=%d)%n", kind, KILLS,
                    children.acknowledged.size(), children.acknowledgedRecords(), found.records.size(), found.lost.size(),
                    found.partial.size(), found.keptUnacknowledged.size(), children.conflicts, children.errors.size());

            assertThat(children.errors.size()).as("appends that failed other than by a version conflict (see %s): %s", log,
                    some(children.errors)).isZero();
            assertThat(children.conflicts).as("version conflicts on the shared streams: the writers contended").isPositive();
            assertThat(found.lost.size()).as("acknowledged records missing or changed: %s", some(found.lost)).isZero();
            assertThat(found.partial.size()).as("batches kept in part: %s", some(found.partial)).isZero();
            assertThat(found.malformed.size()).as("records no child wrote: %s", some(found.malformed)).isZero();
            assertThat(found.unexplained.size()).as("batches kept, not acknowledged, and not the last their writer began: %s",
                    some(found.unexplained)).isZero();
            assertThat(found.report.breaks()).as("chain breaks").isEmpty();
            assertThat(found.report.records()).as("records verified").isEqualTo(found.records.size());
            assertThat(found.records).extracting(StoredRecord::position).as("positions, in the order readAll gives them")
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, found.records.size()).boxed().toList());
            for (Map.Entry<StreamId, List<StoredRecord>> stream : found.byStream.entrySet()) {
                List<StoredRecord> records = stream.getValue();
                assertThat(records).extracting(StoredRecord::sequence).as("sequences of %s", stream.getKey())
                        .containsExactlyElementsOf(LongStream.rangeClosed(1, records.size()).boxed().toList());
                assertThat(store.version(stream.getKey())).as("version of %s", stream.getKey()).isEqualTo(records.size());
            }
            assertThat(store.heads()).as("heads in the stream table")
                    .containsExactlyElementsOf(found.byStream.values().stream().map(records -> records.get(records.size() - 1))
                            .map(last -> new Checkpoint(last.stream(), last.sequence(), last.hash())).toList());
        }
    }

    /** The first few of {@code findings}, one a line, for a failure's message. */
    private static String some(List<String> findings) {
        int shown = Math.min(findings.size(), 10);
        String more = findings.size() > shown ? "\n… and " + (findings.size() - shown) + " more" : "";
        return "\n" + String.join("\n", findings.subList(0, shown)) + more;
    }

    /** One record as an acknowledgement line names it. */
    private record Written(StreamId stream, long sequence, long position, ChainHash hash) {
    }

    /** One acknowledged append: its batch, the number of records it had, and where they went, in batch order. */
    private record Acknowledged(String batch, int size, List<Written> records) {
        static Acknowledged parse(String line) {
            Matcher ack = ACK.matcher(line);
            if (!ack.matches()) {
                throw new IllegalStateException("not an acknowledgement: " + line);
            }
            List<Written> records = new ArrayList<>();
            for (String part : ack.group(3).trim().split(" ")) {
                Matcher record = RECORD.matcher(part);
                if (!record.matches()) {
                    throw new IllegalStateException("not a record " + part + " in " + line);
                }
                records.add(new Written(StreamId.of(record.group(1)), Long.parseLong(record.group(2)),
                        Long.parseLong(record.group(3)), ChainHash.parse(record.group(4))));
            }
            int size = Integer.parseInt(ack.group(2));
            if (records.size() != size) {
                throw new IllegalStateException("an acknowledgement of " + size + " records names " + records.size() + ": " + line);
            }
            return new Acknowledged(ack.group(1), size, List.copyOf(records));
        }
    }

    /** The children started over one database, and what they wrote to their standard output before each was killed. */
    private static final class Children {
        final List<Acknowledged> acknowledged = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        long conflicts;

        long acknowledgedRecords() {
            return acknowledged.stream().mapToLong(Acknowledged::size).sum();
        }

        /**
         * Starts a child over {@code database}, waits for its first acknowledged append, waits a random while more and
         * kills it with SIGKILL; then reads the rest of what it wrote before it died.
         */
        void appendUntilKilled(TestDatabase database, int run, Random random, Path log) throws IOException, InterruptedException {
            Process child = new ProcessBuilder(childCommand(database, run, random.nextLong()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Lines lines = Lines.of(child, "child-" + run + "-stdout");
            try {
                if (!lines.awaitFirstAck(child, FIRST_ACK_SECONDS)) {
                    fail("child %d acknowledged no append in %d s (alive: %s); its standard error: %s", run, FIRST_ACK_SECONDS,
                            child.isAlive(), tail(log));
                }
                Thread.sleep(random.nextInt(MAX_DELAY_MILLIS));
            } finally {
                // SIGKILL through the process's handle: Process.destroyForcibly() would also close our end of its output,
                // and the lines it wrote before it died, not yet read, would be lost
                child.toHandle().destroyForcibly();
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child %d ended after its kill", run).isTrue();
            assertThat(child.exitValue()).as("child %d's exit status: killed by SIGKILL, not ended of its own (%s)", run,
                    tail(log)).isEqualTo(KILLED);
            for (String line : lines.toEnd(30)) {
                if (line.startsWith("ACK ")) {
                    acknowledged.add(Acknowledged.parse(line));
                } else if (line.startsWith("CONFLICT ")) {
                    conflicts++;
                } else {
                    errors.add(line);
                }
            }
        }

        private static List<String> childCommand(TestDatabase database, int run, long seed) {
            return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                    "-cp", System.getProperty("java.class.path"), AppendUntilKilled.class.getName(),
                    database.kind().name(), database.location(), Integer.toString(run), Long.toString(seed));
        }

        private static String tail(Path log) {
            try {
                String text = Files.exists(log) ? Files.readString(log) : "";
                return text.length() <= 4_000 ? text : "…" + text.substring(text.length() - 4_000);
            } catch (IOException e) {
                return "(cannot read " + log + ": " + e.getMessage() + ")";
            }
        }
    }

    /**
     * A child's standard output, read as it comes by a thread of its own, split at line ends: a line the kill cut short
     * (no line end) is not an acknowledgement and is left out.
     */
    private static final class Lines implements Runnable {
        private final InputStream output;
        private final Thread reader;
        private final List<String> complete = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch firstAck = new CountDownLatch(1);
        private volatile @Nullable IOException failure;

        private Lines(InputStream output, String name) {
            this.output = output;
            this.reader = new Thread(this, name);
        }

        /** Starts reading {@code child}'s standard output. */
        static Lines of(Process child, String name) {
            Lines lines = new Lines(child.getInputStream(), name);
            lines.reader.start();
            return lines;
        }

        @Override
        public void run() {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try (InputStream in = output) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        if (buffer[i] != '\n') {
                            line.write(buffer[i]);
                            continue;
                        }
                        String text = line.toString(StandardCharsets.UTF_8);
                        line.reset();
                        complete.add(text);
                        if (text.startsWith("ACK ")) {
                            firstAck.countDown();
                        }
                    }
                }
            } catch (IOException e) {
                failure = e;
            }
        }

        /** Waits until the child acknowledges an append; false if it dies or the time runs out first. */
        boolean awaitFirstAck(Process child, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                if (firstAck.await(50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
                if (!child.isAlive()) {
                    return firstAck.getCount() == 0;
                }
            }
            return false;
        }

        /** Every complete line, once the child's output has ended (it is dead). */
        List<String> toEnd(long seconds) throws InterruptedException {
            reader.join(TimeUnit.SECONDS.toMillis(seconds));
            assertThat(reader.isAlive()).as("%s still reads after %d s", reader.getName(), seconds).isFalse();
            assertThat(failure).as("%s's failure", reader.getName()).isNull();
            synchronized (complete) {
                return List.copyOf(complete);
            }
        }
    }

    /** What the store holds after the kills, checked against what the children acknowledged. */
    private static final class Findings {
        final List<StoredRecord> records = new ArrayList<>();
        final Map<StreamId, List<StoredRecord>> byStream = new TreeMap<>();
        /** Acknowledged records missing from the store or kept otherwise than acknowledged, described. */
        final List<String> lost = new ArrayList<>();
        /** Batches of which the store keeps some records but not all, or not at consecutive positions, described. */
        final List<String> partial = new ArrayList<>();
        /** Records whose payload no child wrote, described. */
        final List<String> malformed = new ArrayList<>();
        /** The batches kept that no line acknowledged: their writers were killed between the commit and the line. */
        final List<String> keptUnacknowledged = new ArrayList<>();
        /**
         * Batches kept but not acknowledged though their writer acknowledged a later one, or kept another such: a line
         * lost on its way here.
         */
        final List<String> unexplained = new ArrayList<>();
        /** Every chain as the ledger verifies it. */
        final VerificationReport report;

        /** Reads every record of {@code store} and checks them against what was {@code acknowledged}. */
        Findings(JdbcLedgerStore store, List<Acknowledged> acknowledged) {
            for (long next = 1; ; ) {
                List<StoredRecord> page = store.readAll(next, 1_000);
                if (page.isEmpty()) {
                    break;
                }
                records.addAll(page);
                next = page.get(page.size() - 1).position() + 1;
            }
            records.forEach(record -> byStream.computeIfAbsent(record.stream(), any -> new ArrayList<>()).add(record));
            report = new WritableLedger(store, Clock.systemUTC()).verifyAll();
            checkAcknowledged(acknowledged);
            checkUnacknowledged(checkBatches(), acknowledged);
        }

        private void checkAcknowledged(List<Acknowledged> acknowledged) {
            Map<String, StoredRecord> at = new HashMap<>();
            records.forEach(record -> at.put(record.stream() + "#" + record.sequence(), record));
            for (Acknowledged append : acknowledged) {
                for (int index = 0; index < append.size(); index++) {
                    Written written = append.records().get(index);
                    StoredRecord kept = at.get(written.stream() + "#" + written.sequence());
                    byte[] payload = AppendUntilKilled.payload(append.batch(), index, append.size());
                    if (kept == null) {
                        lost.add("record " + index + " of batch " + append.batch() + " (" + written + ") is missing");
                    } else if (!kept.hash().equals(written.hash()) || kept.position() != written.position()
                            || !Arrays.equals(kept.payload(), payload) || !kept.type().equals(AppendUntilKilled.TYPE)) {
                        lost.add("record " + index + " of batch " + append.batch() + " (" + written + ") is kept as " + kept);
                    }
                }
            }
        }

        /** Checks that every batch found is kept whole, at consecutive positions, and returns their names. */
        private Set<String> checkBatches() {
            Map<String, Map<Integer, StoredRecord>> batches = new LinkedHashMap<>();
            Map<String, Integer> sizes = new HashMap<>();
            for (StoredRecord record : records) {
                Matcher payload = PAYLOAD.matcher(new String(record.payload(), StandardCharsets.UTF_8));
                if (!payload.matches()) {
                    malformed.add(record.toString());
                    continue;
                }
                String batch = payload.group(1);
                int index = Integer.parseInt(payload.group(2));
                int size = Integer.parseInt(payload.group(3));
                if (!Arrays.equals(record.payload(), AppendUntilKilled.payload(batch, index, size))
                        || sizes.getOrDefault(batch, size) != size
                        || batches.computeIfAbsent(batch, any -> new TreeMap<>()).put(index, record) != null) {
                    malformed.add(record.toString());
                }
                sizes.put(batch, size);
            }
            for (Map.Entry<String, Map<Integer, StoredRecord>> batch : batches.entrySet()) {
                Map<Integer, StoredRecord> kept = batch.getValue();
                int size = sizes.get(batch.getKey());
                List<Long> positions = kept.values().stream().map(StoredRecord::position).toList();
                long first = positions.get(0);
                boolean consecutive = positions.equals(LongStream.range(first, first + size).boxed().toList());
                if (kept.size() != size || !consecutive) {
                    partial.add("batch " + batch.getKey() + " of " + size + " records keeps " + kept.values());
                }
            }
            return batches.keySet();
        }

        /**
         * Checks that each batch kept but never acknowledged was the last its writer began before the kill (one a writer
         * at most, after all it acknowledged), as it is when the kill falls between the commit and the line; any other
         * would mean a line was lost on its way here, and {@link #lost} would count too little.
         */
        private void checkUnacknowledged(Set<String> kept, List<Acknowledged> acknowledged) {
            Map<String, Long> lastAcknowledged = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (Acknowledged append : acknowledged) {
                Matcher batch = AppendUntilKilled.BATCH.matcher(append.batch());
                if (!batch.matches()) {
                    throw new IllegalStateException("not a batch name: " + append.batch());
                }
                lastAcknowledged.merge(batch.group(1), Long.parseLong(batch.group(2)), Math::max);
                names.add(append.batch());
            }
            Set<String> writers = new HashSet<>(); // those with a batch kept unacknowledged: one each at most
            for (String name : kept) {
                if (names.contains(name)) {
                    continue;
                }
                keptUnacknowledged.add(name);
                Matcher batch = AppendUntilKilled.BATCH.matcher(name);
                // the writer's count goes on past conflicts, so its last batch may be any after its last acknowledged one
                if (!batch.matches() || Long.parseLong(batch.group(2)) <= lastAcknowledged.getOrDefault(batch.group(1), 0L)
                        || !writers.add(batch.group(1))) {
                    unexplained.add(name);
                }
            }
        }
    }
}

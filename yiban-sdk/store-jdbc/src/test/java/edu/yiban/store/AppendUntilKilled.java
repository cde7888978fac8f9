package edu.yiban.store;

import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A process that appends to a store as fast as it can until it is killed (进程被强行终止):
 * {@code java AppendUntilKilled <kind> <location> <run> <seed>}, with {@code kind} a {@link TestDatabase.Kind} and
 * {@code location} what it opens ({@link TestDatabase#location()}). {@link CrashTest} starts it, kills it, and starts
 * it again over the same database.
 *
 * <p>{@value #WRITERS} threads append to {@link #streams(int) three streams each}: two shared by all of them, so their
 * appends conflict ({@link ConcurrencyException}: the thread reads the stream's version again and goes on), and one of
 * its own. An append is one record, several records to one stream, or records to two or three streams in one
 * {@link WritableLedger#appendAll} call. Every record names its batch, its index in the batch and the batch's size
 * ({@link #payload}), so that a batch kept in part shows in the store itself.
 *
 * <p>Standard output gets one line per append the store acknowledged, written once the call has returned, in one
 * write (the line is the parent's evidence, so it is never buffered):
 * <pre>
 * ACK &lt;batch&gt; &lt;size&gt; &lt;stream&gt;/&lt;sequence&gt;/&lt;position&gt;/&lt;hash&gt; …   (one part a record, in batch order)
 * </pre>
 * A version conflict writes {@code CONFLICT <batch> <stream>}; an append that fails otherwise writes
 * {@code ERROR <batch> <what>} (and its stack trace to standard error); either way the thread goes on.
 */
public final class AppendUntilKilled {
    /** How many threads append at once. */
    static final int WRITERS = 3;
    /** The type of every record appended. */
    static final String TYPE = "crash.appended";
    /** A batch's name: the run (which child: 1, 2, …), the writer and the writer's count, e.g. {@code r3w1n17}. */
    static final Pattern BATCH = Pattern.compile("(r\\d+w\\d+)n(\\d+)");
    private static final StreamId SHARED_A = StreamId.of("crash", "shared-a");
    private static final StreamId SHARED_B = StreamId.of("crash", "shared-b");
    private static final FileOutputStream STDOUT = new FileOutputStream(FileDescriptor.out);

    private AppendUntilKilled() {
    }

    public static void main(String[] args) {
        TestDatabase.Kind kind = TestDatabase.Kind.valueOf(args[0]);
        JdbcLedgerStore store = kind.open(args[1]);
        WritableLedger ledger = new WritableLedger(store, Clock.systemUTC());
        int run = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        for (int writer = 0; writer < WRITERS; writer++) {
            Random random = new Random(seed + writer);
            String prefix = "r" + run + "w" + writer + "n"; // see BATCH
            List<StreamId> streams = streams(writer);
            Thread thread = new Thread(() -> appendForever(ledger, streams, prefix, random), "writer-" + writer);
            thread.start();
        }
        // the writers never end: the process ends when it is killed
    }

    /** The streams writer {@code writer} appends to: the two shared ones, then its own. */
    static List<StreamId> streams(int writer) {
        return List.of(SHARED_A, SHARED_B, StreamId.of("crash", "writer-" + writer));
    }

    /**
     * The bytes of record {@code index} (from 0) of the {@code size} records of batch {@code batch}: a sentence naming
     * them, then padding whose length (0 to 299 bytes) follows from the three, so that payloads differ in size.
     */
    static byte[] payload(String batch, int index, int size) {
        String head = "batch " + batch + " record " + index + " of " + size;
        int padding = Math.floorMod(head.hashCode(), 300);
        return (head + " " + "x".repeat(padding)).getBytes(StandardCharsets.UTF_8);
    }

    private static void appendForever(WritableLedger ledger, List<StreamId> streams, String prefix, Random random) {
        Map<StreamId, Long> versions = new HashMap<>(); // as this writer last saw them; read again when missing
        for (long n = 1; ; n++) {
            String batch = prefix + n;
            try {
                streams.forEach(stream -> versions.computeIfAbsent(stream, ledger::version));
                List<WritableLedger.Drafts> parts = nextBatch(streams, versions, batch, random);
                List<StoredRecord> stored = parts.size() == 1
                        ? ledger.append(parts.get(0).stream(), parts.get(0).expectedVersion(), parts.get(0).drafts())
                        : ledger.appendAll(parts);
                for (StoredRecord record : stored) {
                    versions.put(record.stream(), record.sequence());
                }
                acknowledge(batch, stored);
            } catch (ConcurrencyException conflict) {
                print("CONFLICT " + batch + " " + conflict.stream());
                versions.remove(conflict.stream());
            } catch (RuntimeException failure) {
                print("ERROR " + batch + " " + String.valueOf(failure.getMessage()).replace('\n', ' '));
                failure.printStackTrace();
                versions.clear();
            }
        }
    }

    /**
     * The next batch: one record to one stream (45 %), 2 to 6 records to one stream (25 %), or 1 to 4 records to each of
     * two or three streams (30 %), each at the version this writer last saw.
     */
    private static List<WritableLedger.Drafts> nextBatch(List<StreamId> streams, Map<StreamId, Long> versions,
            String batch, Random random) {
        int kind = random.nextInt(100);
        List<StreamId> chosen = new ArrayList<>(streams);
        Collections.shuffle(chosen, random);
        int[] counts;
        if (kind < 45) {
            counts = new int[] {1};
        } else if (kind < 70) {
            counts = new int[] {2 + random.nextInt(5)};
        } else {
            counts = new int[2 + random.nextInt(2)];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = 1 + random.nextInt(4);
            }
        }
        int size = 0;
        for (int count : counts) {
            size += count;
        }
        List<WritableLedger.Drafts> parts = new ArrayList<>();
        int index = 0;
        for (int i = 0; i < counts.length; i++) {
            List<RecordDraft> drafts = new ArrayList<>();
            for (int r = 0; r < counts[i]; r++) {
                drafts.add(new RecordDraft(TYPE, payload(batch, index++, size)));
            }
            StreamId stream = chosen.get(i);
            parts.add(new WritableLedger.Drafts(stream, versions.get(stream), drafts));
        }
        return parts;
    }

    private static void acknowledge(String batch, List<StoredRecord> stored) {
        StringBuilder line = new StringBuilder("ACK ").append(batch).append(' ').append(stored.size());
        for (StoredRecord record : stored) {
            line.append(' ').append(record.stream()).append('/').append(record.sequence()).append('/')
                    .append(record.position()).append('/').append(record.hash());
        }
        print(line.toString());
    }

    /** Writes {@code line} to standard output in one write, unbuffered, so that it is out before the next append. */
    private static void print(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (STDOUT) {
            try {
                STDOUT.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package edu.yiban.core.internal.archive;

import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32C;

/**
 * A snapshot (投影快照) of the archive projection in a file: the compact columns with their dictionaries, and for every
 * archive stream the version they were made from, the hash of its record at that version, and where each of its
 * records sits in the columns. A runtime loads it instead of replaying millions of archive records, after checking it
 * against the store ({@link #check}); whatever the store holds past it is then applied as usual.
 *
 * <h2>The file</h2>
 * Little-endian throughout; {@code str} is an {@code i32} length and UTF-8 bytes; an array is an {@code i32} length
 * and its elements, written and read in bulk.
 * <pre>
 * "YBARCHSN" ‖ i32 format ({@value #FORMAT}) ‖ i64 position (the last global position of the records it holds)
 * the columns ({@link ArchiveColumnStore#writeTo}): students, categories and attribute sets in index order, then
 *     every term's segment and its columns
 * i32 archives, each: i32 student index ‖ i64 version ‖ i64 position of its record at that version ‖
 *     32 bytes hash of that record ‖ i64[version] locators ‖ u8[version] ended
 * i64 CRC-32C of every byte before it
 * </pre>
 * The file is written beside its name first ({@code <name>.tmp}), forced to the disk and then moved over the name, so
 * that a process killed while writing leaves the previous snapshot whole (and a temporary file the next write replaces).
 */
final class ArchiveSnapshot {
    /** The first 8 bytes of every snapshot file. */
    static final byte[] MAGIC = "YBARCHSN".getBytes(StandardCharsets.US_ASCII);
    /** The layout's version; a file of another is ignored. */
    static final int FORMAT = 1;
    private static final int CHUNK = 1 << 20;
    private static final int TRAILER = Long.BYTES;
    /** The most threads that check the heads against the store. */
    static final int CHECKERS = 4;

    final long position;
    final ArchiveColumnStore columns;
    final List<Archive> archives;

    private ArchiveSnapshot(long position, ArchiveColumnStore columns, List<Archive> archives) {
        this.position = position;
        this.columns = columns;
        this.archives = archives;
    }

    /**
     * One archive stream as the snapshot holds it: the student's index in the columns, the stream's version, the
     * position and hash of its record at that version, and the locator and ended flag of each of its records (the
     * first {@code version} elements of the arrays, which a writer may share with the live projection).
     */
    static final class Archive {
        final int student;
        final long version;
        final long position;
        final ChainHash head;
        final long[] locators;
        final boolean[] ended;

        Archive(int student, long version, long position, ChainHash head, long[] locators, boolean[] ended) {
            this.student = student;
            this.version = version;
            this.position = position;
            this.head = head;
            this.locators = locators;
            this.ended = ended;
        }
    }

    /** Why a snapshot is not used, in English for the log. */
    static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * A snapshot read and checked: the students whose streams the store holds past it, and how long the reading and
     * the check took, in milliseconds.
     */
    record Loaded(ArchiveSnapshot snapshot, Set<StudentNo> behind, long readMillis, long checkMillis) {
    }

    /**
     * Reads the snapshot in {@code file} and {@linkplain #check checks} it against {@code store}, whose archive streams
     * are {@code streams}.
     *
     * @throws Unusable saying, in English, why it is not used: no file, not a whole snapshot of this format, a file
     *                  that cannot be read, or a stream that differs
     */
    static Loaded load(Path file, LedgerStore store, Set<StreamId> streams) throws Unusable {
        try {
            long started = System.nanoTime();
            ArchiveSnapshot snapshot = read(file);
            long read = System.nanoTime();
            Set<StudentNo> behind = snapshot.check(store, streams);
            return new Loaded(snapshot, behind, (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        } catch (IOException e) {
            throw new Unusable("it cannot be read (" + e + ")");
        } catch (RuntimeException e) {
            throw new Unusable("it could not be read or checked (" + e + ")");
        }
    }

    /** The temporary file a snapshot is written to before it is moved over {@code file}. */
    static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /**
     * Writes {@code columns} and {@code archives} to {@code file}: to {@link #temporary} first, forced to the disk, then
     * moved over {@code file} atomically. The caller holds every change off meanwhile ({@link ArchiveColumnStore#freeze}).
     */
    static void write(Path file, ArchiveColumnStore columns, List<Archive> archives) throws IOException {
        Path temporary = temporary(file);
        long position = 0;
        for (Archive archive : archives) {
            position = Math.max(position, archive.position);
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Output out = new Output(channel);
            out.bytes(MAGIC, MAGIC.length);
            out.i32(FORMAT);
            out.i64(position);
            columns.writeTo(out);
            out.i32(archives.size());
            for (Archive archive : archives) {
                int n = (int) archive.version;
                out.i32(archive.student);
                out.i64(archive.version);
                out.i64(archive.position);
                out.bytes(archive.head.bytes(), ChainHash.LENGTH);
                out.i64s(archive.locators, n);
                out.booleans(archive.ended, n);
            }
            out.finish();
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Reads the snapshot in {@code file}.
     *
     * @throws Unusable   if there is no such file, or it is not a whole snapshot of this format (the reason says which)
     * @throws IOException if the file cannot be read
     */
    static ArchiveSnapshot read(Path file) throws Unusable, IOException {
        if (!Files.isRegularFile(file)) {
            throw new Unusable("there is no file " + file);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            if (length < MAGIC.length + Integer.BYTES + TRAILER) {
                throw new Unusable("it has " + length + " bytes, too few for a snapshot");
            }
            Input in = new Input(channel, length - TRAILER);
            byte[] magic = in.bytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new Unusable("it does not start as a snapshot of the archives does");
            }
            int format = in.i32();
            if (format != FORMAT) {
                throw new Unusable("it is of format " + format + ", not " + FORMAT);
            }
            long position = in.i64();
            ArchiveColumnStore columns = ArchiveColumnStore.readFrom(in);
            int count = in.count(Integer.BYTES + 2 * Long.BYTES + ChainHash.LENGTH);
            List<Archive> archives = new ArrayList<>(count);
            boolean[] seen = new boolean[columns.studentCount()];
            for (int i = 0; i < count; i++) {
                int student = in.i32();
                if (student < 0 || student >= seen.length || seen[student]) {
                    throw new Unusable("archive " + i + " names student index " + student + " wrongly");
                }
                seen[student] = true;
                long version = in.i64();
                long at = in.i64();
                ChainHash head = ChainHash.of(in.bytes(ChainHash.LENGTH));
                int n = in.count(Long.BYTES + 1);
                if (n != version || n == 0) {
                    throw new Unusable("archive " + i + " has " + n + " records at version " + version);
                }
                long[] locators = in.i64s(n);
                boolean[] ended = in.booleans(in.count(1));
                if (ended.length != n || !columns.locates(locators)) {
                    throw new Unusable("archive " + i + "'s records are not in its columns");
                }
                archives.add(new Archive(student, version, at, head, locators, ended));
            }
            if (in.left() != 0) {
                throw new Unusable(in.left() + " bytes follow the last archive");
            }
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER).order(ByteOrder.LITTLE_ENDIAN);
            while (trailer.hasRemaining() && channel.read(trailer, length - TRAILER + trailer.position()) >= 0) {
                // reads the 8 bytes after the checked ones
            }
            if (trailer.flip().getLong() != in.checksum()) {
                throw new Unusable("its checksum does not match its bytes");
            }
            return new ArchiveSnapshot(position, columns, List.copyOf(archives));
        }
    }

    /**
     * Checks the snapshot against {@code store}, whose archive streams are {@code streams}: every stream the snapshot
     * holds must be in the store with, at the snapshot's version, a record of the snapshot's hash. The store's heads,
     * all in one call ({@link LedgerStore#heads()}), settle every stream whose head is at the snapshot's version; a
     * stream whose head is past it is read at the snapshot's version (one read of one record a stream, on as many
     * threads as there are processors, up to {@value #CHECKERS}), since a stream rewritten from there on has a head
     * past the snapshot too. Returns the students whose streams have records past the snapshot's version.
     *
     * @throws Unusable naming a stream that differs
     */
    Set<StudentNo> check(LedgerStore store, Set<StreamId> streams) throws Unusable {
        Map<StreamId, Checkpoint> heads = new HashMap<>();
        for (Checkpoint head : store.heads()) {
            heads.put(head.stream(), head);
        }
        List<Archive> past = new ArrayList<>();
        for (Archive archive : archives) {
            StreamId stream = stream(archive);
            Checkpoint head = heads.get(stream);
            if (head == null || !streams.contains(stream)) {
                throw new Unusable("the store has no stream " + stream);
            }
            if (head.version() < archive.version) {
                throw new Unusable("the store's stream " + stream + " has no record " + archive.version
                        + " (it ends at " + head.version() + ")");
            }
            if (head.version() > archive.version) {
                past.add(archive);
            } else if (!head.hash().equals(archive.head)) {
                throw differs(stream, archive, head.hash());
            }
        }
        return checkPast(store, past);
    }

    /** Checks the record at the snapshot's version of each archive in {@code past}, whose streams go on past it, on up to {@value #CHECKERS} threads. */
    private Set<StudentNo> checkPast(LedgerStore store, List<Archive> past) throws Unusable {
        int threads = Math.max(1, Math.min(CHECKERS, Math.min(Runtime.getRuntime().availableProcessors(), past.size() / 256)));
        if (threads == 1) {
            return checkPast(store, past, new AtomicBoolean());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "yiban-snapshot-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicBoolean failed = new AtomicBoolean();
            List<Future<Set<StudentNo>>> slices = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                List<Archive> slice = past.subList(past.size() * t / threads, past.size() * (t + 1) / threads);
                slices.add(pool.submit(() -> checkPast(store, slice, failed)));
            }
            Set<StudentNo> behind = new HashSet<>();
            for (Future<Set<StudentNo>> slice : slices) {
                behind.addAll(slice.get());
            }
            return behind;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Unusable unusable) {
                throw unusable;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unusable("the check was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    private Set<StudentNo> checkPast(LedgerStore store, List<Archive> slice, AtomicBoolean failed) throws Unusable {
        Set<StudentNo> behind = new HashSet<>();
        for (Archive archive : slice) {
            if (failed.get()) {
                break;
            }
            StreamId stream = stream(archive);
            List<StoredRecord> at = store.read(stream, archive.version, 1);
            Unusable differs = null;
            if (at.isEmpty() || at.get(0).sequence() != archive.version) {
                differs = new Unusable("the store's stream " + stream + " has no record " + archive.version);
            } else if (!at.get(0).hash().equals(archive.head)) {
                differs = differs(stream, archive, at.get(0).hash());
            }
            if (differs != null) {
                failed.set(true);
                throw differs;
            }
            behind.add(columns.student(archive.student));
        }
        return behind;
    }

    private StreamId stream(Archive archive) {
        return StreamId.of(ArchiveService.STREAM_KIND, columns.student(archive.student).value());
    }

    private static Unusable differs(StreamId stream, Archive archive, ChainHash hash) {
        return new Unusable("the store's record " + archive.version + " of " + stream + " has the hash " + hash
                + ", the snapshot's " + archive.head);
    }

    /** A file written through a direct buffer, in bulk, with the CRC-32C of every byte. */
    /** Copies {@code count} array elements from {@code offset} to or from the start of {@code buffer}, a view that moves on after. */
    private interface Chunk {
        void copy(ByteBuffer buffer, int offset, int count);
    }

    static final class Output {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();

        Output(FileChannel channel) {
            this.channel = channel;
        }

        void i32(int value) throws IOException {
            room(Integer.BYTES);
            buffer.putInt(value);
        }

        void i64(long value) throws IOException {
            room(Long.BYTES);
            buffer.putLong(value);
        }

        void str(String value) throws IOException {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            i32(utf8.length);
            bytes(utf8, utf8.length);
        }

        /** The first {@code n} elements of {@code values}, without their length. */
        void bytes(byte[] values, int n) throws IOException {
            chunks(n, 1, (to, at, count) -> to.put(values, at, count));
        }

        /** The first {@code n} elements of {@code values}, after their length. */
        void i32s(int[] values, int n) throws IOException {
            i32(n);
            chunks(n, Integer.BYTES, (to, at, count) -> to.asIntBuffer().put(values, at, count));
        }

        void i16s(short[] values, int n) throws IOException {
            i32(n);
            chunks(n, Short.BYTES, (to, at, count) -> to.asShortBuffer().put(values, at, count));
        }

        void i64s(long[] values, int n) throws IOException {
            i32(n);
            chunks(n, Long.BYTES, (to, at, count) -> to.asLongBuffer().put(values, at, count));
        }

        void i8s(byte[] values, int n) throws IOException {
            i32(n);
            bytes(values, n);
        }

        void booleans(boolean[] values, int n) throws IOException {
            i32(n);
            chunks(n, 1, (to, at, count) -> {
                for (int i = 0; i < count; i++) {
                    to.put(i, values[at + i] ? (byte) 1 : 0);
                }
            });
        }

        /** Writes what is buffered, then the checksum of everything, and forces the file to the disk. */
        void finish() throws IOException {
            flush();
            buffer.putLong(crc.getValue()).flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
            channel.force(true);
        }

        /**
         * {@code n} elements of {@code size} bytes, a chunk at a time as the buffer has room: {@code chunk} writes each
         * at the start of its view of the buffer, which then moves past them.
         */
        private void chunks(int n, int size, Chunk chunk) throws IOException {
            for (int done = 0; done < n; ) {
                room(size);
                int take = Math.min(n - done, buffer.remaining() / size);
                chunk.copy(buffer.slice().order(buffer.order()), done, take);
                buffer.position(buffer.position() + take * size);
                done += take;
            }
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        private void flush() throws IOException {
            buffer.flip();
            crc.update(buffer.duplicate());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }
    }

    /**
     * The first {@code length} bytes of a file, read through a direct buffer, in bulk, summed by CRC-32C as they
     * arrive. Every count is checked against the bytes left before anything is allocated for it, so that a damaged
     * file is refused rather than exhausting the heap.
     */
    static final class Input {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
        private final CRC32C crc = new CRC32C();
        /** Bytes not yet taken from the channel. */
        private long unread;

        Input(FileChannel channel, long length) {
            this.channel = channel;
            this.unread = length;
            buffer.limit(0);
        }

        int i32() throws IOException, Unusable {
            need(Integer.BYTES);
            return buffer.getInt();
        }

        long i64() throws IOException, Unusable {
            need(Long.BYTES);
            return buffer.getLong();
        }

        /** A count of elements of {@code bytesEach} bytes, refused unless that many bytes are left. */
        int count(int bytesEach) throws IOException, Unusable {
            int n = i32();
            if (n < 0 || (long) n * bytesEach > left()) {
                throw new Unusable("it counts " + n + " elements where " + left() + " bytes are left (truncated or damaged)");
            }
            return n;
        }

        String str() throws IOException, Unusable {
            return new String(bytes(count(1)), StandardCharsets.UTF_8);
        }

        /** The next {@code n} bytes, without a length. */
        byte[] bytes(int n) throws IOException, Unusable {
            if (n > left()) {
                throw new Unusable("it ends " + (n - left()) + " bytes early");
            }
            byte[] values = new byte[n];
            chunks(n, 1, (from, at, count) -> from.get(values, at, count));
            return values;
        }

        /** The next counted ints, which must be {@code rows}, in an array with room for {@code capacity}. */
        int[] i32s(int rows, int capacity) throws IOException, Unusable {
            int n = column(Integer.BYTES, rows);
            int[] values = new int[capacity];
            chunks(n, Integer.BYTES, (from, at, count) -> from.asIntBuffer().get(values, at, count));
            return values;
        }

        short[] i16s(int rows, int capacity) throws IOException, Unusable {
            int n = column(Short.BYTES, rows);
            short[] values = new short[capacity];
            chunks(n, Short.BYTES, (from, at, count) -> from.asShortBuffer().get(values, at, count));
            return values;
        }

        /** A column's count, refused unless it is the segment's {@code rows}. */
        private int column(int bytesEach, int rows) throws IOException, Unusable {
            int n = count(bytesEach);
            if (n != rows) {
                throw new Unusable("a column holds " + n + " rows where its term has " + rows);
            }
            return n;
        }

        long[] i64s(int n) throws IOException, Unusable {
            long[] values = new long[n];
            chunks(n, Long.BYTES, (from, at, count) -> from.asLongBuffer().get(values, at, count));
            return values;
        }

        byte[] i8s(int rows, int capacity) throws IOException, Unusable {
            byte[] values = bytes(column(1, rows));
            return rows == capacity ? values : Arrays.copyOf(values, capacity);
        }

        boolean[] booleans(int n) throws IOException, Unusable {
            if (n > left()) {
                throw new Unusable("it ends " + (n - left()) + " bytes early");
            }
            boolean[] values = new boolean[n];
            chunks(n, 1, (from, at, count) -> {
                for (int i = 0; i < count; i++) {
                    values[at + i] = from.get(i) != 0;
                }
            });
            return values;
        }

        /** The bytes not yet consumed. */
        long left() {
            return buffer.remaining() + unread;
        }

        /** The CRC-32C of the bytes read so far. */
        long checksum() {
            return crc.getValue();
        }

        /** Makes at least {@code bytes} (at most a chunk) available in the buffer, reading more of the file. */
        /**
         * {@code n} elements of {@code size} bytes, a chunk at a time as the buffer holds them: {@code chunk} reads each
         * from the start of its view of the buffer, which then moves past them.
         */
        private void chunks(int n, int size, Chunk chunk) throws IOException, Unusable {
            for (int done = 0; done < n; ) {
                need(size);
                int take = Math.min(n - done, buffer.remaining() / size);
                chunk.copy(buffer.slice().order(buffer.order()), done, take);
                buffer.position(buffer.position() + take * size);
                done += take;
            }
        }

        private void need(int bytes) throws IOException, Unusable {
            if (buffer.remaining() >= bytes) {
                return;
            }
            if (buffer.remaining() + unread < bytes) {
                throw new Unusable("it ends " + (bytes - buffer.remaining() - unread) + " bytes early");
            }
            buffer.compact();
            while (buffer.position() < bytes && unread > 0) {
                int start = buffer.position();
                buffer.limit((int) Math.min(buffer.capacity(), start + unread));
                int read = channel.read(buffer);
                if (read < 0) {
                    throw new Unusable("the file ended while it was read");
                }
                crc.update(buffer.duplicate().flip().position(start));
                unread -= read;
            }
            buffer.flip();
        }
    }
}

package edu.yiban.core.internal.archive;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.visibility.Visibility;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;

/**
 * The compact projection of all archives: per term, primitive columns with a row per entry. A row
 * costs {@value Segment#BYTES_PER_ROW} bytes of columns; students, categories and attribute sets are
 * interned to ints. Thread-safe: the dictionaries and each term's segment have their own locks, and
 * readers take snapshots; every change (a correction's end and add together) holds {@code changes}
 * shared, so that {@link #snapshot} holding it alone sees each change whole in every term. A
 * projection that keeps more state beside the columns (where each record's row is) makes its whole
 * change inside {@link #beginChange}…{@link #endChange}, and {@link #freeze} holds them all off while
 * a snapshot file is written ({@link ArchiveSnapshot}).
 */
final class ArchiveColumnStore implements ArchiveColumns {
    private final Map<StudentNo, Integer> studentIndex = new HashMap<>();
    private final List<StudentNo> students = new ArrayList<>();
    private final Map<Category, Integer> categoryCodes = new HashMap<>();
    private final List<Category> categories = new ArrayList<>();
    private final Map<SortedMap<String, String>, Integer> attributeIds = new HashMap<>();
    private final List<SortedMap<String, String>> attributeSets = new ArrayList<>();
    private final Map<TermId, Segment> byTerm = new TreeMap<>();
    private final List<Segment> segments = new ArrayList<>();
    private final ReadWriteLock changes = new ReentrantReadWriteLock();
    /** The term and the visibility of the row added last, with their segment and mask: rows come in runs that share them. */
    private @Nullable TermId lastTerm;
    private @Nullable Segment lastSegment;
    private @Nullable Visibility lastVisibility;
    private int lastMask;

    /** The index of {@code student}, interning it if new. */
    public synchronized int intern(StudentNo student) {
        Integer index = studentIndex.get(student);
        if (index == null) {
            index = students.size();
            students.add(student);
            studentIndex.put(student, index);
        }
        return index;
    }

    /**
     * Adds {@code entry}'s row to its term and returns its locator (segment number in the high 32 bits,
     * row in the low), with which {@link #end} marks it corrected or revoked. Called inside
     * {@link #beginChange}…{@link #endChange}.
     */
    public long add(int student, long sequence, ArchiveEntry entry) {
        return addRow(student, sequence, entry);
    }

    /**
     * Marks the row at {@code ended} as no longer effective and adds {@code entry}'s row (a correction, which
     * may move an entry to another term) as one change: a {@link #snapshot} has exactly one of the two rows
     * effective. Returns the new row's locator. Called inside {@link #beginChange}…{@link #endChange}.
     */
    public long replace(long ended, int student, long sequence, ArchiveEntry entry) {
        endRow(ended);
        return addRow(student, sequence, entry);
    }

    @SuppressWarnings("ReferenceEquality") // identity: the same visibility object as the previous entry, a cache hit
    private long addRow(int student, long sequence, ArchiveEntry entry) {
        Segment segment;
        int category;
        int attributes;
        int visibility;
        synchronized (this) {
            Segment last = lastSegment;
            if (last == null || !entry.term().equals(lastTerm)) {
                last = byTerm.computeIfAbsent(entry.term(), term -> {
                    Segment s = new Segment(term, segments.size());
                    segments.add(s);
                    return s;
                });
                lastSegment = last;
                lastTerm = entry.term();
            }
            segment = last;
            if (entry.visibility() != lastVisibility) {
                lastMask = entry.visibility().mask();
                lastVisibility = entry.visibility();
            }
            visibility = lastMask;
            category = categoryCodes.computeIfAbsent(entry.category(), c -> {
                categories.add(c);
                return categories.size() - 1;
            });
            attributes = attributeIds.computeIfAbsent(entry.attributes(), a -> {
                attributeSets.add(a);
                return attributeSets.size() - 1;
            });
        }
        int row = segment.add(student, (int) sequence, (int) entry.date().toEpochDay(), category,
                entry.dimension().isPresent() ? entry.dimension().get().ordinal() : NO_DIMENSION,
                entry.points().isPresent() ? (int) entry.points().get().hundredths() : NO_POINTS,
                attributes, visibility);
        return ((long) segment.number << 32) | row;
    }

    /** Starts a change of which the columns' own changes are part: a {@link #freeze} waits for its end. */
    void beginChange() {
        changes.readLock().lock();
    }

    /** Ends what {@link #beginChange} started. */
    void endChange() {
        changes.readLock().unlock();
    }

    /** Holds every change off (waiting for those under way) until {@link #thaw}. */
    void freeze() {
        changes.writeLock().lock();
    }

    /** Lets changes run again after {@link #freeze}. */
    void thaw() {
        changes.writeLock().unlock();
    }

    /** Marks the row at {@code locator} as no longer effective. Called inside {@link #beginChange}…{@link #endChange}. */
    public void end(long locator) {
        endRow(locator);
    }

    private void endRow(long locator) {
        Segment segment;
        synchronized (this) {
            segment = segments.get((int) (locator >>> 32));
        }
        segment.end((int) locator);
    }

    @Override
    public synchronized List<TermId> terms() {
        return List.copyOf(byTerm.keySet());
    }

    @Override
    public TermColumns term(TermId term) {
        Segment segment;
        synchronized (this) {
            segment = byTerm.get(term);
        }
        return segment == null ? new Segment(term, -1).snapshot() : segment.snapshot();
    }

    @Override
    public List<TermColumns> snapshot(List<TermId> terms) {
        changes.writeLock().lock();
        try {
            return terms.stream().map(this::term).toList();
        } finally {
            changes.writeLock().unlock();
        }
    }

    @Override
    public synchronized int studentCount() {
        return students.size();
    }

    @Override
    public synchronized StudentNo student(int index) {
        return students.get(index);
    }

    @Override
    public synchronized OptionalInt indexOf(StudentNo student) {
        Integer index = studentIndex.get(student);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    @Override
    public synchronized Category category(int code) {
        return categories.get(code);
    }

    @Override
    public synchronized OptionalInt codeOf(Category category) {
        Integer code = categoryCodes.get(category);
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public synchronized SortedMap<String, String> attributes(int id) {
        return attributeSets.get(id);
    }

    @Override
    public long rows() {
        return segments().stream().mapToLong(Segment::size).sum();
    }

    @Override
    public long bytes() {
        return segments().stream().mapToLong(Segment::capacityBytes).sum();
    }

    /**
     * Writes the dictionaries, in index order, and every segment, in number order, to {@code out}; the caller
     * holds changes off ({@link #freeze}). See {@link ArchiveSnapshot} for the file.
     */
    synchronized void writeTo(ArchiveSnapshot.Output out) throws IOException {
        out.i32(students.size());
        for (StudentNo student : students) {
            out.str(student.value());
        }
        out.i32(categories.size());
        for (Category category : categories) {
            out.str(category.code());
        }
        out.i32(attributeSets.size());
        for (SortedMap<String, String> set : attributeSets) {
            out.i32(set.size());
            for (Map.Entry<String, String> attribute : set.entrySet()) {
                out.str(attribute.getKey());
                out.str(attribute.getValue());
            }
        }
        out.i32(segments.size());
        for (Segment segment : segments) {
            segment.writeTo(out);
        }
    }

    /**
     * Columns read from {@code in}, as {@link #writeTo} wrote them.
     *
     * @throws ArchiveSnapshot.Unusable if they are not whole, or a row names a student, category or attribute set
     *                                  the dictionaries lack
     */
    static ArchiveColumnStore readFrom(ArchiveSnapshot.Input in) throws IOException, ArchiveSnapshot.Unusable {
        ArchiveColumnStore store = new ArchiveColumnStore();
        int count = in.count(Integer.BYTES);
        for (int i = 0; i < count; i++) {
            StudentNo student = StudentNo.of(in.str());
            if (store.studentIndex.putIfAbsent(student, i) != null) {
                throw new ArchiveSnapshot.Unusable("student " + student + " is listed twice");
            }
            store.students.add(student);
        }
        count = in.count(Integer.BYTES);
        for (int i = 0; i < count; i++) {
            Category category = Category.of(in.str());
            if (store.categoryCodes.putIfAbsent(category, i) != null) {
                throw new ArchiveSnapshot.Unusable("category " + category + " is listed twice");
            }
            store.categories.add(category);
        }
        count = in.count(Integer.BYTES);
        for (int i = 0; i < count; i++) {
            int size = in.count(2 * Integer.BYTES);
            SortedMap<String, String> set = new TreeMap<>();
            for (int a = 0; a < size; a++) {
                set.put(in.str(), in.str());
            }
            SortedMap<String, String> attributes = Collections.unmodifiableSortedMap(set);
            if (store.attributeIds.putIfAbsent(attributes, i) != null) {
                throw new ArchiveSnapshot.Unusable("attribute set " + attributes + " is listed twice");
            }
            store.attributeSets.add(attributes);
        }
        count = in.count(Integer.BYTES);
        for (int number = 0; number < count; number++) {
            Segment segment = Segment.readFrom(in, number, store);
            if (store.byTerm.putIfAbsent(segment.term, segment) != null) {
                throw new ArchiveSnapshot.Unusable("term " + segment.term + " has two segments");
            }
            store.segments.add(segment);
        }
        return store;
    }

    /** Whether every locator of {@code locators} is -1 (a revocation) or names a row of a segment. */
    synchronized boolean locates(long[] locators) {
        for (long locator : locators) {
            if (locator != -1) {
                int number = (int) (locator >>> 32);
                if (locator < 0 || number >= segments.size() || (int) locator < 0 || (int) locator >= segments.get(number).size()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The segments so far, copied so that each is then read under its own lock only. */
    private synchronized List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** One term's columns. Rows only grow; a row's {@code flags} change once, when it is ended. */
    static final class Segment {
        /** int student, sequence, day, points, attributes; short category; byte dimension, visibility, flags. */
        static final int BYTES_PER_ROW = 5 * Integer.BYTES + Short.BYTES + 3;
        private static final byte ENDED = 1;

        final TermId term;
        final int number;
        private int size;
        private int[] student = new int[16];
        private int[] sequence = new int[16];
        private int[] day = new int[16];
        private int[] points = new int[16];
        private int[] attributes = new int[16];
        private short[] category = new short[16];
        private byte[] dimension = new byte[16];
        private byte[] visibility = new byte[16];
        private byte[] flags = new byte[16];

        Segment(TermId term, int number) {
            this.term = term;
            this.number = number;
        }

        synchronized int add(int studentIndex, int seq, int epochDay, int categoryCode, int dim, int pts, int attrs, int mask) {
            if (size == student.length) {
                int grown = size + (size >> 1);
                student = Arrays.copyOf(student, grown);
                sequence = Arrays.copyOf(sequence, grown);
                day = Arrays.copyOf(day, grown);
                points = Arrays.copyOf(points, grown);
                attributes = Arrays.copyOf(attributes, grown);
                category = Arrays.copyOf(category, grown);
                dimension = Arrays.copyOf(dimension, grown);
                visibility = Arrays.copyOf(visibility, grown);
                flags = Arrays.copyOf(flags, grown);
            }
            student[size] = studentIndex;
            sequence[size] = seq;
            day[size] = epochDay;
            points[size] = pts;
            attributes[size] = attrs;
            category[size] = (short) categoryCode;
            dimension[size] = (byte) dim;
            visibility[size] = (byte) mask;
            return size++;
        }

        /** Writes the term, the rows' count and each column's first {@code size} elements. */
        synchronized void writeTo(ArchiveSnapshot.Output out) throws IOException {
            out.str(term.toString());
            out.i32(size);
            out.i32s(student, size);
            out.i32s(sequence, size);
            out.i32s(day, size);
            out.i32s(points, size);
            out.i32s(attributes, size);
            out.i16s(category, size);
            out.i8s(dimension, size);
            out.i8s(visibility, size);
            out.i8s(flags, size);
        }

        /** Segment {@code number} read from {@code in}, its rows checked against {@code store}'s dictionaries. */
        static Segment readFrom(ArchiveSnapshot.Input in, int number, ArchiveColumnStore store)
                throws IOException, ArchiveSnapshot.Unusable {
            Segment segment = new Segment(TermId.parse(in.str()), number);
            int rows = in.count(BYTES_PER_ROW);
            // the columns' capacity stays at least the 16 a new segment starts with, so that growing by half grows
            int capacity = Math.max(16, rows);
            segment.student = in.i32s(rows, capacity);
            segment.sequence = in.i32s(rows, capacity);
            segment.day = in.i32s(rows, capacity);
            segment.points = in.i32s(rows, capacity);
            segment.attributes = in.i32s(rows, capacity);
            segment.category = in.i16s(rows, capacity);
            segment.dimension = in.i8s(rows, capacity);
            segment.visibility = in.i8s(rows, capacity);
            segment.flags = in.i8s(rows, capacity);
            segment.size = rows;
            int students = store.students.size();
            int categories = store.categories.size();
            int attributeSets = store.attributeSets.size();
            for (int row = 0; row < rows; row++) {
                if (segment.student[row] < 0 || segment.student[row] >= students
                        || segment.category[row] < 0 || segment.category[row] >= categories
                        || segment.attributes[row] < 0 || segment.attributes[row] >= attributeSets) {
                    throw new ArchiveSnapshot.Unusable("row " + row + " of term " + segment.term + " names an unknown code");
                }
            }
            return segment;
        }

        synchronized void end(int row) {
            flags[row] |= ENDED;
        }

        synchronized int size() {
            return size;
        }

        synchronized long capacityBytes() {
            return (long) student.length * BYTES_PER_ROW;
        }

        /** The rows so far; the arrays are shared (rows below {@code size} never change) except the flags, which are copied. */
        synchronized TermColumns snapshot() {
            return new Snapshot(term, size, student, sequence, day, points, attributes, category, dimension,
                    visibility, Arrays.copyOf(flags, size));
        }
    }

    private record Snapshot(TermId term, int size, int[] student, int[] sequence, int[] day, int[] points,
                            int[] attributes, short[] category, byte[] dimension, byte[] visibility,
                            byte[] flags) implements TermColumns {
        @Override
        public int student(int row) {
            return student[check(row)];
        }

        @Override
        public long sequence(int row) {
            return sequence[check(row)];
        }

        @Override
        public int epochDay(int row) {
            return day[check(row)];
        }

        @Override
        public int category(int row) {
            return category[check(row)];
        }

        @Override
        public int dimension(int row) {
            return dimension[check(row)];
        }

        @Override
        public int points(int row) {
            return points[check(row)];
        }

        @Override
        public int attributes(int row) {
            return attributes[check(row)];
        }

        @Override
        public int visibility(int row) {
            return visibility[check(row)] & 0xff;
        }

        @Override
        public boolean effective(int row) {
            return flags[row] == 0;
        }

        private int check(int row) {
            if (row >= size) {
                throw new IndexOutOfBoundsException("row " + row + " of " + size);
            }
            return row;
        }
    }
}

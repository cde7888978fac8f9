package edu.yiban.core.internal.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Subject;
import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.internal.access.AccessGate;
import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.ArchiveListener;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.DimensionTotals;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchive;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.archive.Points;
import edu.yiban.core.archive.Revocation;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.Term;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.Inbox;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.Retries;
import edu.yiban.core.internal.archive.ArchiveEvent.EntryCorrected;
import edu.yiban.core.internal.archive.ArchiveEvent.EntryRecorded;
import edu.yiban.core.internal.archive.ArchiveEvent.EntryRevoked;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.validation.YibanValidator;
import edu.yiban.core.visibility.Audience;
import edu.yiban.core.visibility.Viewer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static edu.yiban.core.internal.CoreMessages.BUNDLE;

/** Every growth archive, each a projection of its {@code archive:学号} stream, and their compact columns. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ArchiveService implements GrowthArchives {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveService.class);
    /** The kind of archive streams. */
    public static final String STREAM_KIND = "archive";
    /** The largest magnitude of an entry's points: one million points. */
    static final long MAX_ENTRY_HUNDREDTHS = 100_000_000L;
    private static final int MAX_REASON = 200;

    private final WritableLedger ledger;
    private final RecordCodec<ArchiveEvent> codec;
    private final YibanValidator validator;
    private final CampusDirectory directory;
    private final ArchiveColumnStore columns;
    private final Map<StudentNo, StudentArchive> archives = new ConcurrentHashMap<>();
    private final List<ArchiveListener> listeners = new CopyOnWriteArrayList<>();
    /** The snapshot file, or null; how the projection started; whether a record was applied since it was loaded or written. */
    private final @Nullable Path snapshot;
    private final Start start;
    private volatile boolean changed;
    /** The archive records the store's log brought, applied before a call answers. */
    private final Inbox inbox;
    private final Follower follower = new ArchiveFollower();

    /**
     * How the archive projection started: from its snapshot file ({@code fromSnapshot}), or by replaying every
     * archive stream; {@code detail} says, in English, what was loaded or why the snapshot was not used.
     */
    public record Start(boolean fromSnapshot, String detail) {
    }

    /**
     * The archives kept in {@code ledger}, each rebuilt from its stream: records are read and written with
     * {@code mapper}, entries checked by {@code validator}, students and recorders looked up in {@code directory}.
     */
    public ArchiveService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, CampusDirectory directory) {
        this(ledger, mapper, validator, directory, null);
    }

    /**
     * Like {@link #ArchiveService(WritableLedger, ObjectMapper, YibanValidator, CampusDirectory)}, the projection loaded from
     * the snapshot in {@code snapshot} (null: none) if the file checks out against the ledger's streams, then caught up
     * with what the streams hold past it; else, with a warning saying why, replayed from the ledger. See
     * {@link #writeSnapshot()} for when the file is written.
     */
    public ArchiveService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, CampusDirectory directory, @Nullable Path snapshot) {
        this(ledger, mapper, validator, directory, snapshot, new AccessGate(AccessPolicy.seed()));
    }

    /**
     * Like {@link #ArchiveService(WritableLedger, ObjectMapper, YibanValidator, CampusDirectory, Path)}, each record put to
     * {@code access} before it is written: recording, correcting and revoking entries of a category for a student.
     */
    public ArchiveService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, CampusDirectory directory,
                          @Nullable Path snapshot, AccessGate access) {
        this.ledger = ledger;
        this.codec = ArchiveEvent.codec(mapper, (stream, event) -> admit(access, stream, event));
        this.validator = validator;
        this.directory = directory;
        this.snapshot = snapshot;
        this.inbox = ledger.follow(Set.of(STREAM_KIND), this::takeWaiting);
        long started = System.nanoTime();
        Set<StreamId> streams = new HashSet<>();
        for (StreamId stream : ledger.streams()) {
            if (stream.kind().equals(STREAM_KIND)) {
                streams.add(stream);
            }
        }
        long listed = System.nanoTime();
        ArchiveSnapshot.Loaded loaded = null;
        String detail = "no snapshot file was named";
        if (snapshot != null && !Files.exists(snapshot)) {
            // a campus's first start, or one whose snapshot was removed: nothing is wrong, so no warning
            detail = "there is no snapshot at " + snapshot + " yet; it is written when the runtime closes";
            LOG.info("Archive projection: every archive is replayed from the ledger: {}", detail);
        } else if (snapshot != null) {
            try {
                loaded = ArchiveSnapshot.load(snapshot, ledger.store(), streams);
            } catch (ArchiveSnapshot.Unusable unusable) {
                detail = "the snapshot " + snapshot + " is not used, because " + unusable.getMessage();
                LOG.warn("The archive snapshot {} is ignored and every archive is replayed from the ledger: {}", snapshot,
                        unusable.getMessage());
            }
        }
        this.columns = loaded == null ? new ArchiveColumnStore() : loaded.snapshot().columns;
        if (loaded != null) {
            for (ArchiveSnapshot.Archive saved : loaded.snapshot().archives) {
                StudentArchive archive = archive(columns.student(saved.student));
                archive.restore(saved);
                streams.remove(archive.stream.stream());
            }
        }
        long restored = System.nanoTime();
        // the archives the snapshot left behind, then those it lacks (all of them without a snapshot), from the ledger
        Set<StudentNo> fromLedger = new TreeSet<>(loaded == null ? Set.of() : loaded.behind());
        streams.forEach(stream -> fromLedger.add(new StudentNo(stream.key())));
        for (StudentNo student : fromLedger) {
            StudentArchive archive = archive(student);
            synchronized (archive) {
                archive.stream.catchUp();
            }
        }
        if (loaded != null) {
            // the heads are checked (or read just now): the next append to a stream links to them without a read
            for (StudentArchive archive : archives.values()) {
                archive.rememberHead();
            }
            detail = String.format("the snapshot %s (%d archives to position %d) was loaded; %d archives were caught up "
                            + "from it, %d replayed (streams listed in %d ms, file read in %d ms, heads checked in %d ms, "
                            + "caught up in %d ms)", snapshot, loaded.snapshot().archives.size(), loaded.snapshot().position,
                    loaded.behind().size(), streams.size(), millis(listed - started), loaded.readMillis(),
                    loaded.checkMillis(), millis(System.nanoTime() - restored));
            LOG.info("Archive projection: {}", detail);
        }
        this.start = new Start(loaded != null, detail);
        this.changed = loaded == null || !loaded.behind().isEmpty() || !streams.isEmpty();
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** How the projection started. */
    public Start start() {
        return start;
    }

    /**
     * Writes the projection to the snapshot file named at start-up, if any and if a record was applied since it was
     * loaded or last written: to a temporary file beside it, then moved over it, so that a process killed meanwhile
     * leaves the previous file whole. Changes wait while it is written. A failure is logged, never thrown: the next
     * start then replays the ledger (or loads the previous file and catches up).
     *
     * @return whether the file was written
     */
    public boolean writeSnapshot() {
        if (snapshot == null) {
            return false;
        }
        columns.freeze();
        try {
            if (!changed && Files.isRegularFile(snapshot)) {
                return false;
            }
            List<ArchiveSnapshot.Archive> saved = new ArrayList<>();
            for (StudentArchive archive : archives.values()) {
                if (archive.applied > 0) {
                    saved.add(archive.saved());
                }
            }
            saved.sort(Comparator.comparingInt(a -> a.student));
            ArchiveSnapshot.write(snapshot, columns, saved);
            changed = false;
            return true;
        } catch (IOException | RuntimeException failure) {
            LOG.warn("The archive snapshot {} could not be written; the next start will not find it current: {}", snapshot,
                    failure.toString());
            return false;
        } finally {
            columns.thaw();
        }
    }

    @Override
    public GrowthArchive of(StudentNo student) {
        Objects.requireNonNull(student, "student is null");
        return atHead(() -> {
            if (directory.student(student).isEmpty()) {
                throw new NotFoundException(BUNDLE.text("student.unknown", student.value()));
            }
            return archive(student);
        });
    }

    /** {@code call}, after the archives caught up with the store's log: the first step of every call. */
    private <T> T atHead(Supplier<T> call) {
        return ledger.atHead(inbox, follower, call);
    }

    /** Hands what waits for the archives to the follower (the follower thread's call). */
    private void takeWaiting() {
        inbox.drainTo(follower);
    }

    /**
     * Applies the records the store's log brought for the archives, each under its archive's lock, one drainer at a
     * time (the inbox's). Never called while this thread holds an archive's lock.
     */
    private final class ArchiveFollower implements Follower {
        @Override
        public void apply(StoredRecord record) {
            StudentArchive archive = archive(new StudentNo(record.stream().key()));
            synchronized (archive) {
                archive.stream.follow(record);
            }
        }

        @Override
        public void catchUp(StreamId stream) {
            StudentArchive archive = archive(new StudentNo(stream.key()));
            synchronized (archive) {
                archive.stream.catchUp();
            }
        }
    }

    @Override
    public Map<StudentNo, List<EntryRef>> recordAll(Map<StudentNo, List<ArchiveEntry>> entries) {
        return atHead(() -> recordAllAtHead(entries));
    }

    private Map<StudentNo, List<EntryRef>> recordAllAtHead(Map<StudentNo, List<ArchiveEntry>> entries) {
        List<Violation> refused = new ArrayList<>();
        Lookups lookups = new Lookups();
        for (Map.Entry<StudentNo, List<ArchiveEntry>> e : entries.entrySet()) {
            Optional<Student> student = directory.student(e.getKey());
            if (student.isEmpty()) {
                refused.add(Violation.of("entries[" + e.getKey() + "]", BUNDLE.text("student.unknown", e.getKey().value())));
                continue;
            }
            for (int i = 0; i < e.getValue().size(); i++) {
                try {
                    check(student.get(), e.getValue().get(i), lookups);
                } catch (InvalidInputException invalid) {
                    // the row's path is spelt only for a row refused
                    String row = "entries[" + e.getKey() + "][" + i + "]";
                    invalid.violations().forEach(v -> refused.add(v.under(row)));
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return appendChecked(entries);
    }

    /**
     * Appends entries {@link #recordAll(Map)} has checked, every student's in one append to all their streams
     * (one transaction on a JDBC store): written as checked, not decided again, so the import is all or none.
     * A stream another writer moved on meanwhile is caught up and the whole append tried again, under {@link Retries}.
     */
    private Map<StudentNo, List<EntryRef>> appendChecked(Map<StudentNo, List<ArchiveEntry>> entries) {
        List<StudentArchive> targets = new ArrayList<>(entries.size());
        List<List<ArchiveEvent>> events = new ArrayList<>(entries.size());
        entries.forEach((student, list) -> {
            if (!list.isEmpty()) {
                targets.add(archive(student));
                events.add(recorded(list));
            }
        });
        List<StoredRecord> stored;
        for (int attempt = 1; ; attempt++) {
            List<WritableLedger.Drafts> drafts = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) {
                StudentArchive target = targets.get(i);
                synchronized (target) {
                    drafts.add(target.stream.drafts(events.get(i)));
                }
            }
            try {
                stored = ledger.appendAll(drafts);
                break;
            } catch (ConcurrencyException conflict) {
                if (!Retries.again(attempt)) {
                    throw conflict;
                }
                StudentArchive behind = archive(new StudentNo(conflict.stream().key()));
                synchronized (behind) {
                    behind.stream.catchUp();
                }
            }
        }
        Map<StudentNo, List<EntryRef>> refs = new HashMap<>();
        int at = 0;
        for (int i = 0; i < targets.size(); i++) {
            int size = events.get(i).size();
            StudentArchive target = targets.get(i);
            refs.put(target.student, target.applyWritten(stored.subList(at, at + size), events.get(i)));
            at += size;
        }
        Map<StudentNo, List<EntryRef>> written = new LinkedHashMap<>();
        entries.keySet().forEach(student -> written.put(student, refs.getOrDefault(student, List.of())));
        return written;
    }

    @Override
    public ArchiveColumns columns() {
        return atHead(() -> columns);
    }

    @Override
    public void addListener(ArchiveListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener is null"));
    }

    @Override
    public void removeListener(ArchiveListener listener) {
        listeners.remove(listener);
    }

    /**
     * Puts {@code event}, about to be written to {@code stream}, to the policy: recording an entry is done in the entry's
     * category, correcting or revoking one in the category of the entry it ends (and a correction in its new category
     * too), and the person the record names as its doer must be the acting person, if a person acts.
     */
    private void admit(AccessGate access, StreamId stream, ArchiveEvent event) {
        Subject student = Subject.student(StudentNo.of(stream.key()));
        if (event instanceof EntryRecorded e) {
            access.check(Action.ARCHIVE_RECORD, student, Optional.of(e.entry().category()), Optional.of(e.entry().recordedBy()));
        } else if (event instanceof EntryCorrected e) {
            access.check(Action.ARCHIVE_CORRECT, student, categoryAt(stream, e.corrects()), Optional.of(e.entry().recordedBy()));
            access.check(Action.ARCHIVE_CORRECT, student, Optional.of(e.entry().category()), Optional.of(e.entry().recordedBy()));
        } else if (event instanceof EntryRevoked e) {
            access.check(Action.ARCHIVE_REVOKE, student, categoryAt(stream, e.revokes()), Optional.of(e.by()));
        } else {
            throw new IllegalStateException("no access rule for archive record " + event); // fails closed
        }
    }

    /** The category of the entry at {@code sequence} of {@code stream} (an entry or a correction). */
    private Optional<Category> categoryAt(StreamId stream, long sequence) {
        List<StoredRecord> records = ledger.store().read(stream, sequence, 1);
        if (records.isEmpty() || records.get(0).sequence() != sequence) {
            return Optional.empty();
        }
        ArchiveEvent target = codec.decode(records.get(0));
        if (target instanceof EntryRecorded e) {
            return Optional.of(e.entry().category());
        }
        return target instanceof EntryCorrected e ? Optional.of(e.entry().category()) : Optional.empty();
    }

    private StudentArchive archive(StudentNo student) {
        return archives.computeIfAbsent(student, StudentArchive::new);
    }

    /** The records of {@code entries} recorded. */
    private static List<ArchiveEvent> recorded(List<ArchiveEntry> entries) {
        return entries.stream().<ArchiveEvent>map(EntryRecorded::new).toList();
    }

    /** Checks an entry for {@code student}; throws {@link InvalidInputException} naming the field. */
    private void check(Student student, ArchiveEntry entry, Lookups lookups) {
        if (!plainlyValid(entry)) {
            validator.check(entry);
        }
        List<Violation> found = null;
        if (entry.points().isPresent() && entry.dimension().isEmpty()) {
            found = add(found, Violation.of("dimension", BUNDLE.text("archive.points.dimension")));
        }
        if (entry.points().isPresent() && Math.abs(entry.points().get().hundredths()) > MAX_ENTRY_HUNDREDTHS) {
            found = add(found, Violation.of("points", BUNDLE.text("archive.points.range", entry.points().get().toString(),
                    Points.ofHundredths(MAX_ENTRY_HUNDREDTHS).toString())));
        }
        Optional<Term> term = lookups.term(entry.term());
        if (term.isEmpty()) {
            found = add(found, Violation.of("term", BUNDLE.text("archive.term.unknown", entry.term().toString())));
        } else if (!student.registeredDuring(term.get().start(), term.get().end())) {
            found = add(found, Violation.of("term", BUNDLE.text("archive.term.outside", entry.term().toString(),
                    student.studentNo().value(), student.enrolledOn().toString(),
                    student.leftOn().map(Object::toString).orElse("—"))));
        }
        if (!lookups.known(entry.recordedBy())) {
            found = add(found, Violation.of("recordedBy", BUNDLE.text("archive.recorder.unknown", entry.recordedBy().value())));
        }
        if (found != null) {
            throw new InvalidInputException(found);
        }
    }

    private static List<Violation> add(@Nullable List<Violation> found, Violation violation) {
        List<Violation> to = found == null ? new ArrayList<>() : found;
        to.add(violation);
        return to;
    }

    /**
     * The directory as one check of entries sees it: the term and the recorder last looked up, kept for the next
     * entry, which mostly names the same (an import's entries share a term and a recorder or two).
     */
    private final class Lookups {
        private @Nullable TermId termId;
        private Optional<Term> term = Optional.empty();
        private @Nullable PersonId recorder;
        private boolean recorderKnown;

        Optional<Term> term(TermId id) {
            if (!id.equals(termId)) {
                term = directory.term(id);
                termId = id;
            }
            return term;
        }

        boolean known(PersonId person) {
            if (!person.equals(recorder)) {
                recorderKnown = directory.person(person).isPresent();
                recorder = person;
            }
            return recorderKnown;
        }
    }

    /**
     * Whether {@code entry} surely meets every constraint its annotations declare, checked by hand: then Bean
     * Validation, which reads them by reflection, need not run (an import's entries, almost all). It never says yes
     * where Bean Validation would refuse; where it says no, Bean Validation runs and words the refusal. An entry
     * with evidence is always left to Bean Validation.
     */
    static boolean plainlyValid(ArchiveEntry entry) {
        if (entry.date() == null || entry.term() == null || entry.category() == null || entry.source() == null
                || entry.recordedBy() == null || entry.visibility() == null || entry.evidence().isPresent()) {
            return false;
        }
        String title = entry.title();
        if (title == null || title.length() > ArchiveEntry.MAX_TEXT || !visible(title)) {
            return false;
        }
        if (entry.attributes().size() > ArchiveEntry.MAX_ATTRIBUTES) {
            return false;
        }
        PlainAttributes attributes = new PlainAttributes();
        entry.attributes().forEach(attributes); // the map's own walk: no entry objects of the unmodifiable view
        return attributes.plain;
    }

    /** Whether every attribute seen has a plain key and a value of a length Bean Validation accepts. */
    private static final class PlainAttributes implements BiConsumer<String, String> {
        boolean plain = true;

        @Override
        public void accept(String key, String value) {
            plain &= value != null && value.length() <= ArchiveEntry.MAX_TEXT && plainKey(key);
        }
    }

    /**
     * Whether {@code text} has a character no reading of "blank" counts as space (not whitespace, not a space
     * separator, not a control character): a title Bean Validation's {@code @NotBlank} surely accepts.
     */
    private static boolean visible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code [a-z][A-Za-z0-9_.-]{0,31}}, by hand. */
    private static boolean plainKey(String key) {
        int n = key.length();
        if (n == 0 || n > 32 || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char c = key.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static void checkReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", BUNDLE.text("archive.reason", MAX_REASON));
        }
    }

    /** One student's archive: its stream, and where each of its entries sits in the columns. */
    private final class StudentArchive implements GrowthArchive {
        private final StudentNo student;
        private final int index;
        private final ProjectedStream<ArchiveEvent> stream;
        /** Locator of the entry at sequence {@code s} in {@code locators[s - 1]}; -1 for a revocation. */
        private long[] locators = new long[8];
        private boolean[] ended = new boolean[8];
        /**
         * The sequence, position and hash of the last record applied, changed with the columns (the stream's own
         * version follows a moment later in a write): what a snapshot records.
         */
        private long applied;
        private long position;
        private ChainHash head = ChainHash.GENESIS;
        /** Whether {@link #applyWritten} holds the columns' change for every record it applies (under this archive's lock). */
        private boolean changing;

        StudentArchive(StudentNo student) {
            this.student = student;
            this.index = columns.intern(student);
            this.stream = new ProjectedStream<>(ledger, StreamId.of(STREAM_KIND, student.value()), codec, this::apply);
        }

        @Override
        public StudentNo student() {
            return student;
        }

        @Override
        public EntryRef record(ArchiveEntry entry) {
            return recordAll(List.of(entry)).get(0);
        }

        @Override
        public List<EntryRef> recordAll(List<ArchiveEntry> entries) {
            return refs(written(() -> stream.write(() -> {
                Student s = requireStudent();
                List<Violation> refused = new ArrayList<>();
                Lookups lookups = new Lookups();
                for (int i = 0; i < entries.size(); i++) {
                    try {
                        check(s, entries.get(i), lookups);
                    } catch (InvalidInputException invalid) {
                        String row = entries.size() == 1 ? "" : "entries[" + i + "]";
                        invalid.violations().forEach(v -> refused.add(v.under(row)));
                    }
                }
                if (!refused.isEmpty()) {
                    throw new InvalidInputException(refused);
                }
                return recorded(entries);
            })));
        }

        /** Applies records {@link ArchiveService#appendChecked} wrote to this archive's stream, then tells the listeners. */
        List<EntryRef> applyWritten(List<StoredRecord> stored, List<ArchiveEvent> events) {
            return refs(written(() -> {
                columns.beginChange(); // once for the records, not once each
                changing = true;
                try {
                    stream.applyWritten(stored, events);
                } finally {
                    changing = false;
                    columns.endChange();
                }
                return stored;
            }));
        }

        private List<EntryRef> refs(List<StoredRecord> stored) {
            return stored.stream().map(r -> new EntryRef(student, r.sequence())).toList();
        }

        @Override
        public EntryRef correct(EntryRef target, ArchiveEntry replacement, String reason) {
            List<StoredRecord> stored = written(() -> stream.write(() -> {
                long sequence = requireEffective(target);
                checkReason(reason);
                check(requireStudent(), replacement, new Lookups());
                return List.of(new EntryCorrected(sequence, reason, replacement));
            }));
            return new EntryRef(student, stored.get(0).sequence());
        }

        @Override
        public EntryRef revoke(EntryRef target, String reason, PersonId by) {
            List<StoredRecord> stored = written(() -> stream.write(() -> {
                long sequence = requireEffective(target);
                checkReason(reason);
                if (by == null || directory.person(by).isEmpty()) {
                    throw InvalidInputException.of("by", BUNDLE.text("archive.recorder.unknown", String.valueOf(by)));
                }
                return List.of(new EntryRevoked(sequence, reason, by));
            }));
            return new EntryRef(student, stored.get(0).sequence());
        }

        @Override
        public List<ArchiveRecord> timeline(Viewer viewer) {
            return effective(viewer, r -> true);
        }

        @Override
        public List<ArchiveRecord> timeline(Viewer viewer, TermId term) {
            return effective(viewer, r -> r.entry().term().equals(term));
        }

        @Override
        public List<ArchiveRecord> entries(Viewer viewer, TermId term, Category category) {
            return effective(viewer, r -> r.entry().term().equals(term) && r.entry().category().equals(category));
        }

        @Override
        public List<ArchiveRecord> history(Viewer viewer) {
            Set<Audience> relations = directory.relations(viewer, student);
            return read().records.stream().filter(r -> r.entry().visibility().allows(relations)).toList();
        }

        @Override
        public List<Revocation> revocations(Viewer viewer) {
            Set<Audience> relations = directory.relations(viewer, student);
            History history = read();
            return history.revocations.stream()
                    .filter(r -> history.record(r.revokes().sequence()).entry().visibility().allows(relations))
                    .toList();
        }

        @Override
        public DimensionTotals totals(Viewer viewer) {
            return sum(timeline(viewer));
        }

        @Override
        public DimensionTotals totals(Viewer viewer, TermId term) {
            return sum(timeline(viewer, term));
        }

        @Override
        public long version() {
            return atHead(() -> {
                synchronized (this) {
                    return stream.version();
                }
            });
        }

        private List<ArchiveRecord> effective(Viewer viewer, Predicate<ArchiveRecord> keep) {
            Set<Audience> relations = directory.relations(viewer, student);
            return read().records.stream()
                    .filter(ArchiveRecord::effective)
                    .filter(r -> r.entry().visibility().allows(relations))
                    .filter(keep)
                    .sorted(Comparator.comparing((ArchiveRecord r) -> r.entry().date()).thenComparing(ArchiveRecord::ref))
                    .toList();
        }

        private DimensionTotals sum(List<ArchiveRecord> records) {
            Map<Dimension, Points> totals = new EnumMap<>(Dimension.class);
            for (ArchiveRecord r : records) {
                r.entry().points().ifPresent(p -> totals.merge(r.entry().dimension().orElseThrow(), p, Points::plus));
            }
            return new DimensionTotals(totals);
        }

        /** Writes under this archive's lock, then tells the listeners, outside it, what was written. */
        private List<StoredRecord> written(Supplier<List<StoredRecord>> write) {
            List<StoredRecord> stored = atHead(() -> {
                synchronized (this) {
                    return write.get();
                }
            });
            if (!listeners.isEmpty()) {
                for (StoredRecord record : stored) {
                    tell(record);
                }
            }
            return stored;
        }

        private void tell(StoredRecord stored) {
            EntryRef ref = new EntryRef(student, stored.sequence());
            ArchiveEvent event = codec.decode(stored);
            for (ArchiveListener listener : listeners) {
                try {
                    if (event instanceof EntryRevoked e) {
                        listener.revoked(revocation(stored, e));
                    } else {
                        listener.recorded(entry(stored, event));
                    }
                } catch (RuntimeException failure) {
                    LOG.warn("archive listener {} failed on {}; the record is kept", listener, ref, failure);
                }
            }
        }

        /** Decodes the stream into records, each marked with what ended it. */
        private History read() {
            History history = new History();
            for (StoredRecord stored : ledger.read(stream.stream(), 1)) {
                EntryRef ref = new EntryRef(student, stored.sequence());
                ArchiveEvent event = codec.decode(stored);
                if (event instanceof EntryCorrected e) {
                    history.end(e.corrects(), ref);
                }
                if (event instanceof EntryRevoked e) {
                    history.end(e.revokes(), ref);
                    history.revocations.add(revocation(stored, e));
                } else {
                    history.add(entry(stored, event));
                }
            }
            return history;
        }

        /** An entry or a correction as written, not yet ended by a later record. */
        private ArchiveRecord entry(StoredRecord stored, ArchiveEvent event) {
            EntryRef ref = new EntryRef(student, stored.sequence());
            if (event instanceof EntryCorrected e) {
                return new ArchiveRecord(ref, e.entry(), stored.recordedAt(),
                        Optional.of(new EntryRef(student, e.corrects())), Optional.of(e.reason()), Optional.empty());
            }
            if (event instanceof EntryRecorded e) {
                return new ArchiveRecord(ref, e.entry(), stored.recordedAt(), Optional.empty(), Optional.empty(), Optional.empty());
            }
            throw new IllegalArgumentException("not an entry: " + event);
        }

        private Revocation revocation(StoredRecord stored, EntryRevoked e) {
            return new Revocation(new EntryRef(student, stored.sequence()), new EntryRef(student, e.revokes()),
                    e.reason(), e.by(), stored.recordedAt());
        }

        private Student requireStudent() {
            return directory.student(student)
                    .orElseThrow(() -> new NotFoundException(BUNDLE.text("student.unknown", student.value())));
        }

        private long requireEffective(EntryRef target) {
            if (target == null) {
                throw InvalidInputException.of("target", BUNDLE.text("check.required", BUNDLE.text("field.entry")));
            }
            if (!target.student().equals(student)) {
                throw InvalidInputException.of("target", BUNDLE.text("archive.entry.other", target.toString(), student.value()));
            }
            long sequence = target.sequence();
            if (sequence > stream.version() || locators[(int) sequence - 1] < 0) {
                throw new NotFoundException(BUNDLE.text("archive.entry.unknown", target.toString()));
            }
            if (ended[(int) sequence - 1]) {
                throw new ConflictException(BUNDLE.text("archive.entry.ended", target.toString()));
            }
            return sequence;
        }

        /**
         * Feeds one stored record into the columns; called under this archive's lock (writes) or at start-up. The
         * whole change is one for the columns, so that a snapshot being written sees it whole or not at all.
         */
        private void apply(StoredRecord stored, ArchiveEvent event) {
            if (!changing) {
                columns.beginChange();
            }
            try {
                int at = (int) stored.sequence() - 1;
                if (at == locators.length) {
                    locators = Arrays.copyOf(locators, at + (at >> 1) + 1);
                    ended = Arrays.copyOf(ended, locators.length);
                }
                if (event instanceof EntryRecorded e) {
                    locators[at] = columns.add(index, stored.sequence(), e.entry());
                } else if (event instanceof EntryCorrected e) {
                    int corrected = (int) e.corrects() - 1;
                    ended[corrected] = true;
                    locators[at] = columns.replace(locators[corrected], index, stored.sequence(), e.entry());
                } else if (event instanceof EntryRevoked e) {
                    endEntry(e.revokes());
                    locators[at] = -1;
                }
                applied = stored.sequence();
                position = stored.position();
                head = stored.hash();
                changed = true;
            } finally {
                if (!changing) {
                    columns.endChange();
                }
            }
        }

        /** Takes the state of the stream's first records from a checked snapshot; before any record was applied. */
        void restore(ArchiveSnapshot.Archive saved) {
            locators = saved.locators;
            ended = saved.ended;
            applied = saved.version;
            position = saved.position;
            head = saved.head;
            stream.startAt(saved.version);
        }

        /** The archive as a snapshot keeps it; read while the columns are frozen, sharing the live arrays. */
        ArchiveSnapshot.Archive saved() {
            return new ArchiveSnapshot.Archive(index, applied, position, head, locators, ended);
        }

        /** Tells the ledger the stream's head as applied, which was checked against (or read from) the store. */
        void rememberHead() {
            if (applied > 0) {
                ledger.rememberChecked(new Checkpoint(stream.stream(), applied, head));
            }
        }

        private void endEntry(long sequence) {
            int at = (int) sequence - 1;
            ended[at] = true;
            columns.end(locators[at]);
        }
    }

    /** A decoded archive. */
    private static final class History {
        final List<ArchiveRecord> records = new ArrayList<>();
        final Map<Long, ArchiveRecord> bySequence = new LinkedHashMap<>();
        final List<Revocation> revocations = new ArrayList<>();

        void add(ArchiveRecord record) {
            records.add(record);
            bySequence.put(record.ref().sequence(), record);
        }

        /** The record at {@code sequence}, which this history holds. */
        ArchiveRecord record(long sequence) {
            return Objects.requireNonNull(bySequence.get(sequence), "no archive record at this sequence");
        }

        void end(long sequence, EntryRef by) {
            ArchiveRecord ended = record(sequence).endedBy(by);
            bySequence.put(sequence, ended);
            records.replaceAll(r -> r.ref().sequence() == sequence ? ended : r);
        }
    }
}

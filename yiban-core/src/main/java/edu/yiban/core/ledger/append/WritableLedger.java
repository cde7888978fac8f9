package edu.yiban.core.ledger.append;

import edu.yiban.core.access.Acting;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.NoCampusKeyException;
import edu.yiban.core.ledger.SignatureCheck;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.SignedVerification;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.StreamVerification;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The ledger (账本): append-only streams of typed records, each stream a SHA-256 hash chain, kept in a
 * {@link LedgerStore}. Everything the library keeps goes through here; state is a projection of it.
 *
 * <h2>The chain</h2>
 * Record {@code n} of stream {@code s} has the link
 * <pre>
 * hash(n) = SHA-256( hash(n-1) ‖ str(s) ‖ i64(n) ‖ str(type) ‖ i64(recordedAt epoch ms) ‖ i32(len) ‖ payload )
 * </pre>
 * where {@code hash(0)} is 32 zero bytes, {@code str(x)} is a big-endian i32 length and the UTF-8 bytes
 * of {@code x}, and integers are big-endian. The ledger computes every link itself; a store only keeps
 * them. {@link #verify(StreamId)} recomputes the chain from the stored bytes and names the first record
 * that was changed, moved, inserted, deleted or, against the head this ledger wrote or a saved
 * {@link Checkpoint}, cut from the end.
 *
 * <h2>Concurrency</h2>
 * An append names the version it expects the stream to have; if another writer got there first the
 * store refuses with {@link ConcurrencyException} and nothing is written. The ledger is thread-safe.
 *
 * <h2>Following the store (跟随存储)</h2>
 * Several runtimes, on several app servers, may share one database. Each module's projections {@linkplain #follow
 * follow} the store's global log: before a module answers it calls {@link #atHead}, which asks the store for its
 * {@linkplain LedgerStore#headPosition() head position} and, if records lie past what this ledger has fetched, reads
 * them in position order into the {@link Inbox} of each module that follows their streams; the module applies them
 * under its own lock. A read thus sees every append acknowledged, by any runtime, before it began. docs/storage.md
 * states the promise.
 *
 * <pre>{@code
 * WritableLedger ledger = new WritableLedger(LedgerStore.inMemory(), Clock.systemUTC());
 * StreamId stream = StreamId.of("archive", "2022030117");
 * ledger.append(stream, 0, List.of(new RecordDraft("archive.entry-recorded", bytes)));
 * assert ledger.verify(stream).ok();
 * }</pre>
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WritableLedger implements Ledger {
    private static final int PAGE = 4096;

    private final LedgerStore store;
    private final Clock clock;
    /** The campus key that signs the heads, if the runtime has one. */
    private final @Nullable CampusKey campusKey;
    private final Map<StreamId, Checkpoint> heads = new ConcurrentHashMap<>();
    /** The streams as {@link #streams()} gives them, once listed, with those appended to since. */
    private final SortedSet<StreamId> listed = new TreeSet<>();
    private boolean listing;
    /** The inboxes of the modules that follow the store's log, and what the log has been read up to. */
    private final List<Inbox> inboxes = new CopyOnWriteArrayList<>();
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile long fetched = -1;
    /** How deep the calling thread is in {@link #atHead} calls: only the outermost asks the store. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /** A ledger over {@code store}, taking record times from {@code clock}. */
    public WritableLedger(LedgerStore store, Clock clock) {
        this(store, clock, null);
    }

    /** A ledger over {@code store}, taking record times from {@code clock}, signing its heads with {@code campusKey} if given. */
    public WritableLedger(LedgerStore store, Clock clock, @Nullable CampusKey campusKey) {
        this.store = Objects.requireNonNull(store, "store is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.campusKey = campusKey;
    }

    /**
     * The writable ledger behind {@code ledger}, a core's ({@code YibanCore.ledger()}): how the library's own modules
     * append to the streams they keep.
     *
     * @throws IllegalArgumentException if {@code ledger} is not one the library opened for writing
     */
    public static WritableLedger of(Ledger ledger) {
        if (ledger instanceof WritableLedger writable) {
            return writable;
        }
        throw new IllegalArgumentException("not a ledger the library writes to: " + ledger);
    }

    /** The store the ledger keeps its records in. */
    public LedgerStore store() {
        return store;
    }

    /** The clock records are timed by. */
    public Clock clock() {
        return clock;
    }

    /**
     * Appends {@code drafts} to {@code stream} as one atomic batch, if the stream is at {@code expectedVersion}.
     *
     * @return the stored records, in order
     * @throws ConcurrencyException if the stream is not at {@code expectedVersion}; nothing is written
     */
    public List<StoredRecord> append(StreamId stream, long expectedVersion, List<RecordDraft> drafts) {
        Drafts batch = new Drafts(stream, expectedVersion, drafts);
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<PendingRecord> pending = chain(batch, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        List<StoredRecord> stored = store.append(stream, expectedVersion, pending);
        remember(head(stream, pending));
        return stored;
    }

    /**
     * Appends to several streams in one call, each at its expected version: atomically where the store
     * appends across streams atomically ({@link LedgerStore#appendAll}; the library's stores do). All
     * records share one time.
     *
     * @return the stored records, stream by stream in the order given
     * @throws ConcurrencyException if a stream is not at its expected version; nothing is written where the store is atomic
     */
    public List<StoredRecord> appendAll(List<Drafts> batches) {
        Objects.requireNonNull(batches, "batches is null");
        StreamAppend.checkDistinctStreams(batches.stream().map(Drafts::stream).toList());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<StreamAppend> appends = new ArrayList<>(batches.size());
        for (Drafts batch : batches) {
            if (!batch.drafts().isEmpty()) {
                appends.add(new StreamAppend(batch.stream(), batch.expectedVersion(), chain(batch, now)));
            }
        }
        if (appends.isEmpty()) {
            return List.of();
        }
        List<StoredRecord> stored = store.appendAll(appends);
        appends.forEach(append -> remember(head(append.stream(), append.records())));
        return stored;
    }

    /** {@code batch}'s drafts as records linked on from the stream's head at its expected version, all timed {@code now}. */
    private List<PendingRecord> chain(Drafts batch, Instant now) {
        return PendingRecord.chain(linkAt(batch.stream(), batch.expectedVersion()), batch.stream(), batch.expectedVersion(),
                now, batch.drafts());
    }

    /** The head {@code stream} has once {@code pending} (not empty) is appended. */
    private static Checkpoint head(StreamId stream, List<PendingRecord> pending) {
        PendingRecord last = pending.get(pending.size() - 1);
        return new Checkpoint(stream, last.sequence(), last.hash());
    }

    /**
     * One stream's drafts for {@link #appendAll}: appended after {@code expectedVersion}.
     *
     * @param stream          the stream
     * @param expectedVersion the version it must be at
     * @param drafts          the records to append, in order (none: the stream is left alone)
     */
    public record Drafts(StreamId stream, long expectedVersion, List<RecordDraft> drafts) {
        /** Checks the parts. */
        public Drafts {
            Objects.requireNonNull(stream, "stream is null");
            Objects.requireNonNull(drafts, "drafts is null");
            if (expectedVersion < 0) {
                throw new IllegalArgumentException("expectedVersion is negative: " + expectedVersion);
            }
        }
    }

    /**
     * Follows the streams of {@code kinds} in the store's global log: from now on, every record of them that
     * {@link #sync()} reads waits in the returned inbox until the module takes it, and {@code drain} is how the
     * ledger's follower thread asks the module to take it (under the module's lock, with
     * {@link Inbox#drainTo}). A module calls this before it first reads its streams, so nothing appended meanwhile
     * escapes it (a record read both ways is skipped the second time).
     */
    public Inbox follow(Set<String> kinds, Runnable drain) {
        Inbox inbox = new Inbox(kinds, drain);
        fetching.lock();
        try {
            if (fetched < 0) {
                fetched = store.headPosition(); // the modules read their streams from the store themselves
            }
            inboxes.add(inbox);
        } finally {
            fetching.unlock();
        }
        return inbox;
    }

    /**
     * Brings the inboxes up to the store's head: asks the store for its head position (one query) and, where it lies
     * past what was read, reads the records up to it in position order, each into the inboxes that follow its stream.
     * Safe from many threads: one reads while the others wait for it, and those whose head it reached go on.
     *
     * @throws edu.yiban.core.ledger.spi.StoreException if the store cannot be asked; the inboxes keep what they had
     */
    public void sync() {
        if (inboxes.isEmpty()) {
            return;
        }
        long head = store.headPosition();
        if (head <= fetched) {
            return;
        }
        fetching.lock();
        try {
            while (fetched < head) {
                List<StoredRecord> page = store.readAll(fetched + 1, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                for (StoredRecord record : page) {
                    for (Inbox inbox : inboxes) {
                        if (inbox.follows(record.stream())) {
                            inbox.offer(record);
                        }
                    }
                    if (record.sequence() == 1) {
                        synchronized (listed) {
                            listed.add(record.stream());
                        }
                    }
                }
                fetched = page.get(page.size() - 1).position();
            }
        } finally {
            fetching.unlock();
        }
    }

    /**
     * {@link #sync()}, then has every module take what waits for it: what the follower thread that keeps a runtime
     * warm does between reads.
     */
    public void syncAndDrain() {
        sync();
        for (Inbox inbox : inboxes) {
            inbox.drainByOwner();
        }
    }

    /**
     * Runs {@code operation} (a module's read or write) with the inboxes brought up to the store's head first: the
     * outermost call on a thread {@linkplain #sync() syncs}; calls made inside it, as one module asks another while
     * answering, do not ask the store again. Every append acknowledged before the outermost call began is then in an
     * inbox or applied.
     *
     * @throws edu.yiban.core.ledger.spi.StoreException if the store cannot be asked; {@code operation} does not run
     */
    public <T> T atHead(Supplier<T> operation) {
        int[] calls = depth.get();
        if (calls[0] == 0) {
            sync();
        }
        calls[0]++;
        try {
            return operation.get();
        } finally {
            if (--calls[0] == 0) {
                depth.remove();
            }
        }
    }

    /**
     * {@link #atHead(Supplier)} for a module that follows through {@code inbox} outside any lock of its own: what waits
     * there is handed to {@code follower} before {@code call} runs.
     */
    public <T> T atHead(Inbox inbox, Follower follower, Supplier<T> call) {
        return atHead(() -> {
            inbox.drainTo(follower);
            return call.get();
        });
    }

    /**
     * The streams with at least one record, in name order, as the modules list them when they start: the store's
     * listing, taken once (listing the streams of millions of records costs a scan of the store's index, and every
     * module starting would pay it), with the streams this ledger has appended to since. A stream another process
     * creates later is not in it, as its records are not in the projections until they catch up. For a fresh listing,
     * ask the store.
     */
    @Override
    public List<StreamId> streams() {
        synchronized (listed) {
            if (!listing) {
                listed.addAll(store.streams());
                listing = true;
            }
            return List.copyOf(listed);
        }
    }

    /** The stream's version in the store: the sequence of its last record, 0 when empty. */
    @Override
    public long version(StreamId stream) {
        return store.version(stream);
    }

    /** Every record of {@code stream} from sequence {@code fromSequence} on, in order. */
    @Override
    public List<StoredRecord> read(StreamId stream, long fromSequence) {
        List<StoredRecord> all = new ArrayList<>();
        replay(stream, fromSequence, all::add);
        return all;
    }

    /** Hands every record of {@code stream} from {@code fromSequence} on to {@code sink}, in order, page by page. */
    @Override
    public void replay(StreamId stream, long fromSequence, Consumer<StoredRecord> sink) {
        long next = Math.max(1, fromSequence);
        while (true) {
            List<StoredRecord> page = store.read(stream, next, PAGE);
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            next = page.get(page.size() - 1).sequence() + 1;
        }
    }

    /** Hands every record of every stream from global {@code fromPosition} on to {@code sink}, in position order. */
    @Override
    public void replayAll(long fromPosition, Consumer<StoredRecord> sink) {
        long next = Math.max(1, fromPosition);
        while (true) {
            List<StoredRecord> page = store.readAll(next, PAGE);
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            next = page.get(page.size() - 1).position() + 1;
        }
    }

    /** The head of {@code stream} as this ledger last wrote or verified it, if it has seen the stream. */
    @Override
    public Optional<Checkpoint> checkpoint(StreamId stream) {
        return Optional.ofNullable(heads.get(stream));
    }

    /**
     * Remembers {@code head}, which the caller has checked against the store (the stored record at its version has
     * its hash), as if this ledger had verified it: the next append to the stream at that version links to it
     * without reading it back, and {@link #verify(StreamId)} finds records cut below it. A projection snapshot's
     * checked heads warm the ledger this way. A head older than the one remembered changes nothing.
     */
    public void rememberChecked(Checkpoint head) {
        remember(Objects.requireNonNull(head, "head is null"));
    }

    /**
     * Recomputes the chain of {@code stream} from its stored bytes and names the first broken record.
     * Where this ledger has written or verified the stream before, records cut from its end are found too.
     */
    @Override
    public StreamVerification verify(StreamId stream) {
        return verify(stream, heads.get(stream));
    }

    /** Like {@link #verify(StreamId)}, also checking the stream against a {@link Checkpoint} saved elsewhere. */
    @Override
    public StreamVerification verify(StreamId stream, @Nullable Checkpoint checkpoint) {
        Objects.requireNonNull(stream, "stream is null");
        if (checkpoint != null && !checkpoint.stream().equals(stream)) {
            throw new IllegalArgumentException("checkpoint of " + checkpoint.stream() + " used for " + stream);
        }
        ChainVerifier verifier = readThrough(new ChainVerifier(stream, checkpoint), stream);
        StreamVerification result = verifier.finish();
        Checkpoint head = verifier.head();
        if (result.ok() && head != null) {
            remember(head);
        }
        return result;
    }

    /** Feeds {@code stream}'s stored records to {@code verifier}, page by page, until it has found a break or read them all. */
    private ChainVerifier readThrough(ChainVerifier verifier, StreamId stream) {
        long next = 1;
        while (verifier.ok()) {
            List<StoredRecord> page = store.read(stream, next, PAGE);
            for (StoredRecord record : page) {
                if (!verifier.accept(record)) {
                    break;
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            next = page.get(page.size() - 1).sequence() + 1;
        }
        return verifier;
    }

    /** Verifies every stream of the store, in stream-name order. */
    @Override
    public VerificationReport verifyAll() {
        List<StreamVerification> results = new ArrayList<>();
        for (StreamId stream : store.streams()) {
            results.add(verify(stream));
        }
        return new VerificationReport(results);
    }

    @Override
    public SignedVerification verify(SignedHeads signed, PublicKey key) {
        Objects.requireNonNull(signed, "signed is null");
        Objects.requireNonNull(key, "key is null");
        List<ChainBreak> breaks = new ArrayList<>();
        SortedMap<StreamId, Long> unsigned = new TreeMap<>();
        Set<StreamId> named = new HashSet<>();
        for (Checkpoint head : signed.heads()) {
            named.add(head.stream());
            // checked against the signed head, never against one this ledger remembers: the heads are the authority
            readThrough(new ChainVerifier(head.stream(), head), head.stream()).finish().firstBreak().ifPresent(breaks::add);
            long past = store.version(head.stream()) - head.version();
            if (past > 0) {
                unsigned.put(head.stream(), past);
            }
        }
        for (StreamId stream : store.streams()) {
            // the signatures' own stream is never signed: a signature vouches for itself
            if (!named.contains(stream) && !stream.equals(SignedHeads.STREAM)) {
                unsigned.put(stream, store.version(stream));
            }
        }
        return new SignedVerification(signed.signatureValid(key), signed.keyId().equals(CampusKey.id(key)), breaks, unsigned);
    }

    /** Whether the ledger has a campus key to sign its heads with. */
    public boolean signs() {
        return campusKey != null;
    }

    /**
     * Signs the heads of every stream as the store has them now (the signatures' own stream left out) with the campus key,
     * at the clock's time to the millisecond, and keeps the signature as a record of {@link SignedHeads#STREAM}, so whoever
     * holds the ledger finds it. When another writer signs at the same moment, the heads are taken and signed again (at
     * most {@link Retries#ATTEMPTS} times).
     *
     * @throws NoCampusKeyException if the ledger has no campus key; nothing is written
     */
    public SignedHeads signHeads() {
        CampusKey key = campusKey;
        if (key == null) {
            throw new NoCampusKeyException();
        }
        for (int attempt = 1; ; attempt++) {
            long version = store.version(SignedHeads.STREAM);
            List<Checkpoint> now = store.heads().stream().filter(h -> !h.stream().equals(SignedHeads.STREAM)).toList();
            SignedHeads signed = key.sign(now, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            try {
                // the record leads with its actor, like every record the library writes
                byte[] payload = RecordCodec.stamped(SignatureJson.write(signed), Acting.current());
                append(SignedHeads.STREAM, version, List.of(new RecordDraft(SignedHeads.RECORD_TYPE, payload)));
                return signed;
            } catch (ConcurrencyException e) {
                if (!Retries.again(attempt)) {
                    throw e;
                }
            }
        }
    }

    /** {@link #signHeads()} where the ledger has a campus key; nothing where it has none. */
    public Optional<SignedHeads> signHeadsIfKeyed() {
        return campusKey == null ? Optional.empty() : Optional.of(signHeads());
    }

    @Override
    public List<SignedHeads> signatures() {
        List<SignedHeads> all = new ArrayList<>();
        replay(SignedHeads.STREAM, 1, record -> {
            if (record.type().equals(SignedHeads.RECORD_TYPE)) {
                SignatureJson.read(record.payload()).ifPresent(all::add);
            }
        });
        java.util.Collections.reverse(all);
        return List.copyOf(all);
    }

    @Override
    public SignatureCheck verifyLatestSignature(PublicKey key) {
        Objects.requireNonNull(key, "key is null");
        List<SignedHeads> kept = signatures();
        if (kept.isEmpty()) {
            return new SignatureCheck(CampusKey.id(key), Optional.empty(), Optional.empty());
        }
        SignedHeads latest = kept.get(0);
        return new SignatureCheck(CampusKey.id(key), Optional.of(latest), Optional.of(verify(latest, key)));
    }

    /** Signed heads as the payload of a signature record: their JSON, canonical, by the core's module. */
    private static final class SignatureJson {
        private static final ObjectMapper MAPPER = YibanJson.newMapper();

        static byte[] write(SignedHeads signed) {
            return YibanJson.write(MAPPER, signed);
        }

        /** The signed heads {@code payload} holds; empty when it holds none (the record is then no signature). */
        static Optional<SignedHeads> read(byte[] payload) {
            try {
                return Optional.of(MAPPER.readValue(payload, SignedHeads.class));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    private ChainHash linkAt(StreamId stream, long version) {
        if (version == 0) {
            return ChainHash.GENESIS;
        }
        Checkpoint head = heads.get(stream);
        if (head != null && head.version() == version) {
            return head.hash();
        }
        List<StoredRecord> at = store.read(stream, version, 1);
        if (at.isEmpty() || at.get(0).sequence() != version) {
            throw new ConcurrencyException(stream, version, store.version(stream));
        }
        return at.get(0).hash();
    }

    private void remember(Checkpoint head) {
        if (head.version() > 0 && !heads.containsKey(head.stream())) {
            synchronized (listed) {
                listed.add(head.stream());
            }
        }
        heads.merge(head.stream(), head, (old, now) -> now.version() >= old.version() ? now : old);
    }
}

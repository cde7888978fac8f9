package edu.yiban.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.access.Access;
import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Subject;
import edu.yiban.core.access.Audit;
import edu.yiban.core.internal.access.LedgerAudit;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.internal.access.AccessGate;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.internal.archive.ArchiveService;
import edu.yiban.core.internal.directory.DirectoryService;
import edu.yiban.core.internal.privacy.PersonalDataService;
import edu.yiban.core.internal.space.SpaceService;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.NoCampusKeyException;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.spi.StoreCapability;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.privacy.PersonalData;
import edu.yiban.core.privacy.SubjectKeys;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.validation.YibanValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core of a campus's YiBan over one ledger: the campus directory, the growth archives and the
 * class network spaces, each a projection of its ledger streams. Opening a core over a store that
 * already holds records rebuilds every projection from them. Thread-safe.
 *
 * <pre>{@code
 * try (YibanCore core = YibanCore.builder().build()) {        // in memory
 *     core.directory().addCollege(new College(CollegeId.of("EDU"), "教育学院"));
 *     …
 *     core.spaces().openForClass(ClassId.of("EDU2201")).post(author, Post.of("周五晚班会在 11 栋活动室"));
 *     core.archives().of(StudentNo.of("2022010101")).record(entry);
 *     assert core.verify().ok();
 * }
 * }</pre>
 *
 * <h2>Several runtimes, one database</h2>
 * Cores on several app servers may share one database. Every read and write first catches the core's projections up
 * with the store's log ({@link LedgerStore#headPosition()}, one query, then the new records), so it sees every append
 * acknowledged before it began, whichever core made it; a {@linkplain Builder#follow follower thread} keeps the
 * projections warm between calls. docs/storage.md states the promise and the retry policy of conflicting writes.
 *
 * Most apps use the SDK's runtime, which wraps a core with plugins and configuration.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanCore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(YibanCore.class);
    /** How often, in milliseconds, the follower thread of a core over a shared database looks at the store by default. */
    public static final long DEFAULT_FOLLOW_MILLIS = 1_000;
    private static final Duration DEFAULT_FOLLOW = Duration.ofMillis(DEFAULT_FOLLOW_MILLIS);
    private final WritableLedger ledger;
    private final ObjectMapper json;
    private final DirectoryService directory;
    private final ArchiveService archives;
    private final SpaceService spaces;
    private final AccessGate access;
    private final LedgerAudit audit;
    private final PersonalDataService personalData;

    private final AtomicBoolean closed = new AtomicBoolean();
    private final @Nullable ScheduledExecutorService follower;

    /** Opens the core over the builder's store; if rebuilding a projection fails, the store is closed before the failure goes on. */
    private YibanCore(Builder builder, YibanValidator validator) {
        this.ledger = new WritableLedger(builder.store, builder.clock, builder.campusKey);
        try {
            this.json = YibanJson.newMapper();
            this.access = new AccessGate(builder.policy);
            this.directory = new DirectoryService(ledger, json, validator, access);
            this.archives = new ArchiveService(ledger, json, validator, directory, builder.snapshot, access);
            this.spaces = new SpaceService(ledger, json, validator, directory, access);
            this.audit = new LedgerAudit(ledger);
            audit.add(DirectoryService.STREAM, directory::recordsAbout);
            this.personalData = new PersonalDataService(ledger, json, directory, archives, spaces, builder.subjectKeys, access);
            Set<StoreCapability> capabilities = StoreCapability.of(builder.store);
            Duration every = builder.follow != null ? builder.follow
                    : capabilities.contains(StoreCapability.CONCURRENT_WRITERS_ACROSS_PROCESSES) ? DEFAULT_FOLLOW : Duration.ZERO;
            this.follower = follower(ledger, every);
            LOG.info("Opened over {} (capabilities {}; following the store's log {})", builder.store,
                    capabilities.isEmpty() ? "none" : EnumSet.copyOf(capabilities),
                    every.isZero() ? "before each call" : "before each call and every " + every.toMillis() + " ms");
        } catch (RuntimeException | Error e) {
            try {
                builder.store.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * The thread that keeps the projections warm, every {@code every} (none for zero): between calls it brings the
     * modules' inboxes to the store's head and has them applied, so a call finds little to catch up. A failure (the
     * database unreachable for a while) is logged once and tried again at the next tick; calls then fail for
     * themselves.
     */
    private static @Nullable ScheduledExecutorService follower(WritableLedger ledger, Duration every) {
        if (every.isZero()) {
            return null;
        }
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "yiban-follow");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean failing = new AtomicBoolean();
        var unused = thread.scheduleWithFixedDelay(() -> {
            try {
                ledger.syncAndDrain();
                if (failing.compareAndSet(true, false)) {
                    LOG.info("Following the store again: {}", ledger.store());
                }
            } catch (RuntimeException e) {
                if (failing.compareAndSet(false, true)) {
                    LOG.warn("Cannot follow the store {} for now; the next calls catch up when it answers: {}", ledger.store(),
                            e.toString());
                }
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return thread;
    }

    /** A builder: in-memory store, the system clock in UTC, the core validator. */
    public static Builder builder() {
        return new Builder();
    }

    /** The campus directory (校园名录). */
    public CampusDirectory directory() {
        return directory;
    }

    /** The students' growth archives (成长档案). */
    public GrowthArchives archives() {
        return archives;
    }

    /** The online spaces: class network spaces (班级网络空间) and the spaces other modules open. */
    public Spaces spaces() {
        return spaces;
    }

    /**
     * Who acts and whether they may (权限): the access policy every module puts each command to, and the scope in which
     * a thread acts for a person or a campus system ({@link Access#acting}).
     */
    public Access access() {
        return access;
    }

    /** Who changed what, and when (审计): the records about a student, and the records a person wrote. */
    public Audit audit() {
        return audit;
    }

    /**
     * Personal information (个人信息): sealed personal details and their erasure, a subject's copy of their data, retention
     * periods. Their keys are kept by the builder's {@link Builder#subjectKeys subject keys}.
     */
    public PersonalData personalData() {
        return personalData;
    }

    /** The ledger all of it is kept in, to read and verify; the core's modules are what write to it. */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * A ledger over {@code store} to read and verify, without opening a core: no projection is built, so a store whose
     * records a core could not decode still has its chains checked. For tools that check a store or a saved campus.
     */
    public static Ledger readLedger(LedgerStore store) {
        return new WritableLedger(store, Clock.systemUTC());
    }

    /** Verifies every stream's hash chain. */
    public VerificationReport verify() {
        return ledger.verifyAll();
    }

    /**
     * Signs the heads of every stream now with the {@linkplain Builder#campusKey campus key} and keeps the signature in the
     * ledger ({@link SignedHeads#STREAM}), where {@link Ledger#signatures()} and {@link Ledger#verifyLatestSignature} find it.
     *
     * @throws NoCampusKeyException if the core was built without a campus key; nothing is written
     * @throws edu.yiban.core.access.AccessDeniedException if the thread's actor may not sign ({@code ledger.sign})
     */
    public SignedHeads signHeads() {
        access.check(Action.LEDGER_SIGN, Subject.campus());
        return ledger.signHeads();
    }

    /**
     * Writes the archives' snapshot, if {@linkplain Builder#snapshot one was named}, then closes the store. Closing a
     * closed core does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // closed before: closing again does nothing
        }
        try {
            if (follower != null) {
                follower.shutdownNow();
                try {
                    if (!follower.awaitTermination(10, TimeUnit.SECONDS)) {
                        LOG.warn("The follower thread did not stop within 10 s; the store is closed under it");
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            archives.writeSnapshot();
        } finally {
            ledger.store().close();
        }
    }

    /** Builds a {@link YibanCore}. */
    public static final class Builder {
        private LedgerStore store = LedgerStore.inMemory();
        private Clock clock = Clock.systemUTC();
        private @Nullable YibanValidator validator;
        private @Nullable Path snapshot;
        private @Nullable Duration follow;
        private AccessPolicy policy = AccessPolicy.seed();
        private @Nullable CampusKey campusKey;
        private SubjectKeys subjectKeys = SubjectKeys.inMemory();

        private Builder() {
        }

        /** Who may do what (default: {@link AccessPolicy#seed()}, the seed's roles). */
        public Builder accessPolicy(AccessPolicy accessPolicy) {
            this.policy = Objects.requireNonNull(accessPolicy, "accessPolicy is null");
            return this;
        }

        /**
         * Where the keys sealing people's personal details live (default: in memory, lost when the process ends, so
         * only for an in-memory store: over a durable store give a durable one, e.g. {@link SubjectKeys#inDirectory}).
         */
        public Builder subjectKeys(SubjectKeys keys) {
            this.subjectKeys = Objects.requireNonNull(keys, "keys is null");
            return this;
        }

        /**
         * Where to keep the records (default: a new in-memory store). The core owns the store from {@link #build()} on:
         * it closes it when it is closed, and when {@code build()} fails.
         */
        public Builder store(LedgerStore store) {
            this.store = Objects.requireNonNull(store, "store is null");
            return this;
        }

        /** The clock that times records (default: the system clock, UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock is null");
            return this;
        }

        /** The validator of inputs (default: {@link YibanValidator#core()}). */
        public Builder validator(YibanValidator validator) {
            this.validator = Objects.requireNonNull(validator, "validator is null");
            return this;
        }

        /**
         * The file of the archives' projection snapshot (投影快照): the growth archives' compact columns and where each
         * archive's records sit in them, saved so that opening a store of millions of archive entries takes seconds
         * rather than a replay of the whole ledger (default: none, every start replays).
         *
         * <p>At {@link #build()} the file, if present, is loaded instead of replaying the archive streams, after a
         * check against the store: each archive stream it holds must have, at the snapshot's version, a record with
         * the snapshot's chain hash. What the store holds past the snapshot is then applied as usual, so an old
         * snapshot is only slower, never wrong. A missing, damaged, foreign or out-of-date file (a stream rewritten
         * or gone) is ignored with a warning in the log, and the archives are replayed from the ledger. At
         * {@link YibanCore#close()} the file is written, unless nothing changed since it was loaded: to a temporary
         * file beside it ({@code <file>.tmp}), then moved over it atomically, so that a process killed while writing
         * leaves the previous snapshot whole. The other projections (directory, spaces) always replay.
         *
         * <pre>{@code
         * YibanCore.builder().store(store).snapshot(Path.of("campus.archives.snapshot")).build()
         * }</pre>
         */
        public Builder snapshot(Path file) {
            this.snapshot = Objects.requireNonNull(file, "file is null");
            return this;
        }

        /**
         * How often the follower thread brings the projections up with the store's log between calls (默认: every
         * {@value YibanCore#DEFAULT_FOLLOW_MILLIS} ms for a store other processes write to, {@link StoreCapability#CONCURRENT_WRITERS_ACROSS_PROCESSES},
         * else never); {@link Duration#ZERO} for no thread. The thread only keeps the projections warm: every call
         * catches up by itself before it answers, with or without it.
         *
         * @throws IllegalArgumentException if {@code every} is negative
         */
        public Builder follow(Duration every) {
            Objects.requireNonNull(every, "every is null");
            if (every.isNegative()) {
                throw new IllegalArgumentException("every is negative: " + every);
            }
            this.follow = every;
            return this;
        }

        /**
         * The campus key (校园密钥) that signs the heads of every stream (default: none): on {@link YibanCore#signHeads()},
         * and after each round is finalised. docs/security.md says where to keep it.
         */
        public Builder campusKey(CampusKey key) {
            this.campusKey = Objects.requireNonNull(key, "key is null");
            return this;
        }

        /** Opens the core, rebuilding its projections from the store (the archives' from their snapshot, if named). */
        public YibanCore build() {
            return new YibanCore(this, validator != null ? validator : YibanValidator.core());
        }
    }
}

package edu.yiban.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.internal.archive.ArchiveService;
import edu.yiban.core.internal.directory.DirectoryService;
import edu.yiban.core.internal.space.SpaceService;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.validation.YibanValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
 * Most apps use the SDK's runtime, which wraps a core with plugins and configuration.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class YibanCore implements AutoCloseable {
    private final WritableLedger ledger;
    private final ObjectMapper json;
    private final DirectoryService directory;
    private final ArchiveService archives;
    private final SpaceService spaces;

    private final AtomicBoolean closed = new AtomicBoolean();

    /** Opens the core over the builder's store; if rebuilding a projection fails, the store is closed before the failure goes on. */
    private YibanCore(Builder builder, YibanValidator validator) {
        this.ledger = new WritableLedger(builder.store, builder.clock);
        try {
            this.json = YibanJson.newMapper();
            this.directory = new DirectoryService(ledger, json, validator);
            this.archives = new ArchiveService(ledger, json, validator, directory, builder.snapshot);
            this.spaces = new SpaceService(ledger, json, validator, directory);
        } catch (RuntimeException | Error e) {
            try {
                builder.store.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
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
     * Writes the archives' snapshot, if {@linkplain Builder#snapshot one was named}, then closes the store. Closing a
     * closed core does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return; // closed before: closing again does nothing
        }
        try {
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

        private Builder() {
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

        /** Opens the core, rebuilding its projections from the store (the archives' from their snapshot, if named). */
        public YibanCore build() {
            return new YibanCore(this, validator != null ? validator : YibanValidator.core());
        }
    }
}

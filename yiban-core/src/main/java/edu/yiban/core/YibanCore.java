package edu.yiban.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.internal.archive.ArchiveService;
import edu.yiban.core.internal.directory.DirectoryService;
import edu.yiban.core.internal.space.SpaceService;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.LedgerStore;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.validation.YibanValidator;
import java.time.Clock;
import java.util.Objects;

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
public final class YibanCore implements AutoCloseable {
    private final Ledger ledger;
    private final ObjectMapper json;
    private final DirectoryService directory;
    private final ArchiveService archives;
    private final SpaceService spaces;

    private YibanCore(Builder builder) {
        this.ledger = new Ledger(builder.store, builder.clock);
        this.json = YibanJson.newMapper();
        this.directory = new DirectoryService(ledger, json, builder.validator);
        this.archives = new ArchiveService(ledger, json, builder.validator, directory);
        this.spaces = new SpaceService(ledger, json, builder.validator, directory);
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

    /** The ledger all of it is kept in. */
    public Ledger ledger() {
        return ledger;
    }

    /** Verifies every stream's hash chain. */
    public VerificationReport verify() {
        return ledger.verifyAll();
    }

    /** Closes the store. */
    @Override
    public void close() {
        ledger.store().close();
    }

    /** Builds a {@link YibanCore}. */
    public static final class Builder {
        private LedgerStore store = LedgerStore.inMemory();
        private Clock clock = Clock.systemUTC();
        private YibanValidator validator;

        private Builder() {
        }

        /** Where to keep the records (default: a new in-memory store). */
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

        /** Opens the core, rebuilding its projections from the store. */
        public YibanCore build() {
            if (validator == null) {
                validator = YibanValidator.core();
            }
            return new YibanCore(this);
        }
    }
}

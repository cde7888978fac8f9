package edu.yiban.examples.cli;

import edu.yiban.core.YibanCore;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.SignatureCheck;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamAppend;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.StreamVerification;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.spi.CapableStore;
import edu.yiban.core.ledger.spi.StoreCapability;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.FaultPolicy;
import edu.yiban.sdk.plugin.Plugins;
import edu.yiban.store.JdbcLedgerStore;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A campus in a database (数据库中的校园): the ledger a YiBan app, or {@code yiban demo --store URL}, keeps with the JDBC
 * store, which {@code evaluate}, {@code budget}, {@code org-chart} and {@code verify} read without writing to it. Its
 * clock is the time of its last record — where a campus a live app keeps stands, and the moment a demo campus ended —
 * so that the same campus gives the same figures from a database as from a file saved with {@code demo --save}.
 * Verifying checks each stream's chain against the head the store keeps for it in its table of streams, so a record
 * cut from a stream's end is found too, as against a saved file's checkpoints.
 */
final class StoredCampus implements CampusSource {
    private final StoreUrl url;
    private final JdbcLedgerStore store;
    private final Instant clock;

    private StoredCampus(StoreUrl url, JdbcLedgerStore store, Instant clock) {
        this.url = url;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Opens the campus in {@code url}'s database as {@code login}.
     *
     * @throws Cli.Problem with {@link Cli#USAGE} when the database cannot be opened, or holds no ledger (no record: the
     *                     store has just made its empty tables, or a YiBan app has written nothing yet)
     */
    static StoredCampus open(StoreUrl url, DatabaseLogin.Login login) {
        JdbcLedgerStore store = url.open(login, false);
        try {
            long head = store.headPosition();
            List<StoredRecord> last = head == 0 ? List.of() : store.readAll(head, 1);
            if (last.isEmpty()) {
                throw new Cli.Problem(Cli.USAGE, "store.empty", url.shown());
            }
            return new StoredCampus(url, store, last.get(0).recordedAt());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    @Override
    public String name() {
        return url.shown();
    }

    @Override
    public Instant clock() {
        return clock;
    }

    @Override
    public VerificationReport verify() {
        Ledger ledger = YibanCore.readLedger(store);
        List<StreamVerification> results = new ArrayList<>();
        for (Checkpoint head : store.heads()) { // every stream with a record, in name order, from the table of streams
            results.add(ledger.verify(head.stream(), head));
        }
        return new VerificationReport(results);
    }

    @Override
    public List<SignedHeads> signatures() {
        return YibanCore.readLedger(store).signatures();
    }

    @Override
    public SignatureCheck checkSignatures(PublicKey key) {
        return YibanCore.readLedger(store).verifyLatestSignature(key);
    }

    @Override
    public Yiban runtime(Locale locale, FaultPolicy policy) {
        CampusSource.refuseBroken(this, verify(), locale);
        try {
            // no follower thread: the command answers once, and every call catches up with the store by itself
            return DemoPlugins.configure(Yiban.builder().store(new ReadOnly(store, url.shown())).follow(Duration.ZERO)
                            .clock(Clock.fixed(clock, SimulationClock.ZONE)).faultPolicy(policy),
                    Plugins.discover(PluginFolder.loader()), null).build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw undecodable(e);
        }
    }

    @Override
    public RuntimeException undecodable(RuntimeException e) {
        return CampusSource.undecodable("store.undecodable", name(), e);
    }

    @Override
    public void close() {
        store.close();
    }

    /**
     * The store as a reading command's runtime sees it: every read goes through, every append is refused, so that
     * evaluating, showing a budget or drawing a chart never changes the campus. Closing it closes the store.
     */
    private record ReadOnly(JdbcLedgerStore store, String shown) implements CapableStore {
        @Override
        public List<StoredRecord> append(StreamId stream, long expectedVersion, List<PendingRecord> records) {
            throw refused();
        }

        @Override
        public List<StoredRecord> appendAll(List<StreamAppend> appends) {
            throw refused();
        }

        private StoreException refused() {
            return new StoreException(Cli.TEXT.text("store.readOnly", shown), null);
        }

        @Override
        public Set<StoreCapability> capabilities() {
            return store.capabilities();
        }

        @Override
        public long version(StreamId stream) {
            return store.version(stream);
        }

        @Override
        public List<StoredRecord> read(StreamId stream, long fromSequence, int maxCount) {
            return store.read(stream, fromSequence, maxCount);
        }

        @Override
        public List<StoredRecord> readAll(long fromPosition, int maxCount) {
            return store.readAll(fromPosition, maxCount);
        }

        @Override
        public long headPosition() {
            return store.headPosition();
        }

        @Override
        public List<StreamId> streams() {
            return store.streams();
        }

        @Override
        public List<Checkpoint> heads() {
            return store.heads();
        }

        @Override
        public void close() {
            store.close();
        }
    }
}

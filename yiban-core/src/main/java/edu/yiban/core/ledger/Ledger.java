package edu.yiban.core.ledger;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The ledger (账本) as an app sees it: append-only streams of typed records, each stream a SHA-256 hash chain,
 * which it can read, replay and verify but not write. Everything the library keeps goes through the ledger, and
 * only the library's own modules append to it, each through the command that checks what it writes (an archive
 * entry through {@code GrowthArchive.record}, an allocation through the budget, …); an app cannot put raw records
 * into the library's streams through this interface.
 *
 * <h2>The chain</h2>
 * Record {@code n} of stream {@code s} has the link
 * <pre>
 * hash(n) = SHA-256( hash(n-1) ‖ str(s) ‖ i64(n) ‖ str(type) ‖ i64(recordedAt epoch ms) ‖ i32(len) ‖ payload )
 * </pre>
 * where {@code hash(0)} is 32 zero bytes, {@code str(x)} is a big-endian i32 length and the UTF-8 bytes of
 * {@code x}, and integers are big-endian ({@link ChainHash#link}). The ledger computes every link itself; a store
 * only keeps them. {@link #verify(StreamId)} recomputes the chain from the stored bytes and names the first record
 * that was changed, moved, inserted, deleted or, against the head this ledger wrote or a saved {@link Checkpoint},
 * cut from the end.
 *
 * <p>A core's ledger is {@code YibanCore.ledger()}; a read-only ledger over any store, for a tool that checks a
 * store or a saved campus, is {@code YibanCore.readLedger(store)}. Implementations are thread-safe.
 *
 * <pre>{@code
 * Ledger ledger = core.ledger();
 * VerificationReport report = ledger.verifyAll();
 * ledger.replayAll(1, record -> System.out.println(record.stream() + "#" + record.sequence() + " " + record.type()));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Ledger {
    /**
     * The streams with at least one record, in name order: the store's listing, taken once, with the streams this
     * ledger has appended to since.
     */
    List<StreamId> streams();

    /** The stream's version in the store: the sequence of its last record, 0 when empty. */
    long version(StreamId stream);

    /** Every record of {@code stream} from sequence {@code fromSequence} on, in order. */
    List<StoredRecord> read(StreamId stream, long fromSequence);

    /** Hands every record of {@code stream} from {@code fromSequence} on to {@code sink}, in order, page by page. */
    void replay(StreamId stream, long fromSequence, Consumer<StoredRecord> sink);

    /** Hands every record of every stream from global {@code fromPosition} on to {@code sink}, in position order. */
    void replayAll(long fromPosition, Consumer<StoredRecord> sink);

    /** The head of {@code stream} as this ledger last wrote or verified it, if it has seen the stream. */
    Optional<Checkpoint> checkpoint(StreamId stream);

    /**
     * Recomputes the chain of {@code stream} from its stored bytes and names the first broken record.
     * Where this ledger has written or verified the stream before, records cut from its end are found too.
     */
    StreamVerification verify(StreamId stream);

    /**
     * Like {@link #verify(StreamId)}, also checking the stream against a {@link Checkpoint} saved elsewhere
     * ({@code null} for none).
     *
     * @throws IllegalArgumentException if the checkpoint is of another stream
     */
    StreamVerification verify(StreamId stream, @Nullable Checkpoint checkpoint);

    /** Verifies every stream of the store, in stream-name order. */
    VerificationReport verifyAll();

    /**
     * Checks the store against heads a campus key signed (签名核验): that {@code key} signed them, and, for every signed
     * stream, that its chain is whole up to its signed head and holds that head (a record rewritten, even with the chain
     * recomputed, or cut from the end is named). Records past a signed head, and streams the heads do not name, are
     * reported as unsigned: nothing vouches for them.
     */
    SignedVerification verify(SignedHeads heads, PublicKey key);

    /**
     * The signatures the ledger keeps (签名记录), latest first: each record of {@link SignedHeads#STREAM} that reads as signed
     * heads, as a runtime with a campus key wrote it ({@code YibanCore.signHeads()}, a round's finalisation, a save). A
     * record of that stream that does not read as signed heads is no signature and is left out.
     */
    List<SignedHeads> signatures();

    /**
     * Checks the ledger against its latest signature ({@link #signatures()}) by {@code key}, in one call: no signature at
     * all, a latest signature by another key (never accepted), a signature that does not verify, a signed stream broken
     * or cut, or records appended after the signature, each reported for what it is ({@link SignatureCheck#outcome()}).
     */
    SignatureCheck verifyLatestSignature(PublicKey key);
}

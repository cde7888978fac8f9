package edu.yiban.core.ledger.append;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.SignedVerification;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A ledger checked against heads a campus key signed: as signed it passes; a record appended after is reported as
 * unsigned, not accepted; a stream rewritten by someone with database access — even with its chain recomputed — or cut
 * from its end is named; heads signed by another key, or changed after signing, are refused.
 */
class SignedHeadsProperties {
    private static final CampusKey KEY = CampusKey.generate();
    private static final CampusKey OTHER_KEY = CampusKey.generate();
    private static final Instant AT = Instant.parse("2024-01-20T02:00:00Z");
    private static final List<StreamId> STREAMS = List.of(StreamId.of("archive", "2022010101"), StreamId.of("archive", "2022010102"),
            StreamId.of("directory"));

    enum Tamper { NONE, APPEND_AFTER, NEW_STREAM_AFTER, REWRITE_AND_RECHAIN, CUT, RESIGNED_BY_ANOTHER_KEY, HEAD_CHANGED_AFTER_SIGNING }

    @Property(tries = 300)
    void everyRewriteCutOrAppendAfterTheSignedHeadsIsFound(@ForAll @IntRange(min = 1, max = 8) int records,
            @ForAll @IntRange(min = 0, max = 2) int streamIndex, @ForAll @IntRange(min = 0, max = 7) int at,
            @ForAll Tamper tamper) {
        LedgerStore store = LedgerStore.inMemory();
        WritableLedger ledger = ledger(store);
        for (StreamId stream : STREAMS) {
            for (int i = 0; i < records; i++) {
                ledger.append(stream, i, List.of(draft(stream + " #" + (i + 1))));
            }
        }
        StreamId target = STREAMS.get(streamIndex);
        int index = at % records; // the record a rewrite removes
        SignedHeads signed = KEY.sign(store.heads(), AT);
        LedgerStore checked = store;
        switch (tamper) {
            case NONE -> { }
            case APPEND_AFTER -> ledger.append(target, records, List.of(draft("after the signature")));
            case NEW_STREAM_AFTER -> ledger.append(StreamId.of("archive", "2022010199"), 0, List.of(draft("a new student")));
            case REWRITE_AND_RECHAIN -> checked = forged(store, target, index, false);
            case CUT -> checked = forged(store, target, records - 1, true);
            case RESIGNED_BY_ANOTHER_KEY -> signed = OTHER_KEY.sign(store.heads(), AT);
            case HEAD_CHANGED_AFTER_SIGNING -> signed = new SignedHeads(signed.signedAt(), signed.keyId(),
                    forgedHeads(signed.heads(), target, forged(store, target, index, false)), signed.signature());
            default -> throw new IllegalStateException(tamper.toString());
        }

        SignedVerification report = ledger(checked).verify(signed, KEY.publicKey());

        switch (tamper) {
            case NONE -> assertThat(report.ok()).as(report.toString()).isTrue();
            case APPEND_AFTER -> {
                assertThat(report.signedPartIntact()).isTrue();
                assertThat(report.ok()).isFalse();
                assertThat(report.unsigned()).containsExactly(java.util.Map.entry(target, 1L));
            }
            case NEW_STREAM_AFTER -> {
                assertThat(report.signedPartIntact()).isTrue();
                assertThat(report.unsigned()).containsExactly(java.util.Map.entry(StreamId.of("archive", "2022010199"), 1L));
            }
            case REWRITE_AND_RECHAIN -> {
                assertThat(report.signatureValid()).isTrue();
                assertThat(report.breaks()).singleElement().satisfies(b -> {
                    assertThat(b.stream()).isEqualTo(target);
                    assertThat(b.problem()).isEqualTo(ChainBreak.Problem.NOT_AT_CHECKPOINT);
                    assertThat(b.sequence()).isEqualTo(records);
                });
            }
            case CUT -> assertThat(report.breaks()).singleElement().satisfies(b -> {
                assertThat(b.stream()).isEqualTo(target);
                assertThat(b.problem()).isEqualTo(ChainBreak.Problem.MISSING);
                assertThat(b.sequence()).isEqualTo(records);
            });
            case RESIGNED_BY_ANOTHER_KEY -> {
                assertThat(report.keyMatches()).isFalse();
                assertThat(report.signatureValid()).isFalse();
                assertThat(report.ok()).isFalse();
            }
            case HEAD_CHANGED_AFTER_SIGNING -> {
                assertThat(report.signatureValid()).isFalse();
                assertThat(report.signedPartIntact()).isFalse();
            }
            default -> throw new IllegalStateException(tamper.toString());
        }
    }

    @Example
    void aKeyKeptAsItsTwoHalvesSignsAsBeforeAndAMismatchedPairIsRefused() {
        CampusKey again = CampusKey.fromEncoded(KEY.privateKeyPkcs8(), KEY.publicKeyX509());
        SignedHeads signed = again.sign(List.of(new Checkpoint(StreamId.of("directory"), 1, ChainHash.GENESIS)), AT);

        assertThat(again.id()).isEqualTo(KEY.id()).hasSize(16);
        assertThat(signed.signatureValid(CampusKey.publicKey(KEY.publicKeyX509()))).isTrue();
        assertThat(signed.signatureValid(OTHER_KEY.publicKey())).isFalse();
        assertThat(KEY.toString()).isEqualTo("CampusKey[" + KEY.id() + "]");
        assertThatThrownBy(() -> CampusKey.fromEncoded(KEY.privateKeyPkcs8(), OTHER_KEY.publicKeyX509()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one pair");
        assertThatThrownBy(() -> CampusKey.publicKey(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KEY.sign(List.of(signed.heads().get(0), signed.heads().get(0)), AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signed twice");
    }

    /**
     * A copy of {@code store} in which someone with database access dropped record {@code index} of {@code stream} and,
     * unless {@code cutOnly}, chained the rest again and appended a forged record so that the stream keeps its length.
     */
    private static LedgerStore forged(LedgerStore store, StreamId stream, int index, boolean cutOnly) {
        LedgerStore copy = LedgerStore.inMemory();
        for (StreamId other : store.streams()) {
            List<StoredRecord> original = store.read(other, 1, Integer.MAX_VALUE);
            List<RecordDraft> drafts = new ArrayList<>();
            for (StoredRecord r : original) {
                drafts.add(new RecordDraft(r.type(), r.payload()));
            }
            if (other.equals(stream)) {
                drafts.remove(index);
                if (!cutOnly) {
                    drafts.add(draft("forged"));
                }
            }
            if (!drafts.isEmpty()) {
                copy.append(other, 0, PendingRecord.chain(ChainHash.GENESIS, other, 0, AT, drafts));
            }
        }
        return copy;
    }

    /** The signed heads with {@code stream}'s head replaced by the forged store's. */
    private static List<Checkpoint> forgedHeads(List<Checkpoint> heads, StreamId stream, LedgerStore forged) {
        return heads.stream().map(h -> h.stream().equals(stream)
                ? forged.heads().stream().filter(f -> f.stream().equals(stream)).findFirst().orElseThrow() : h).toList();
    }

    private static WritableLedger ledger(LedgerStore store) {
        return new WritableLedger(store, Clock.fixed(AT, ZoneOffset.UTC));
    }

    private static RecordDraft draft(String text) {
        return new RecordDraft("archive.entry-recorded", text.getBytes(StandardCharsets.UTF_8));
    }
}

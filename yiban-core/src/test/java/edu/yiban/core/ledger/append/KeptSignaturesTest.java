package edu.yiban.core.ledger.append;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.YibanCore;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.NoCampusKeyException;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.SignatureCheck;
import edu.yiban.core.ledger.SignatureCheck.Outcome;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.spi.LedgerStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Signatures kept in the ledger (签名记录): a runtime with a campus key signs the heads on demand and keeps each signature
 * as a record of the stream {@code signatures}, which whoever holds the ledger reads back, latest first, and checks the
 * ledger against in one call; each way the ledger can differ from its latest signature is reported for what it is.
 */
class KeptSignaturesTest {
    private static final CampusKey KEY = CampusKey.generate();
    private static final CampusKey OTHER_KEY = CampusKey.generate();
    private static final Instant AT = Instant.parse("2024-01-20T02:00:00.123456Z");
    private static final StreamId ALICE = StreamId.of("archive", "2022010101");
    private static final StreamId DIRECTORY = StreamId.of("directory");

    private final LedgerStore store = LedgerStore.inMemory();
    private final WritableLedger ledger = new WritableLedger(store, Clock.fixed(AT, ZoneOffset.UTC), KEY);

    @Test
    void aSignatureIsKeptInItsOwnStreamAndCoversEveryOtherStream() {
        write(DIRECTORY, 3);
        write(ALICE, 2);

        SignedHeads signed = ledger.signHeads();

        assertThat(signed.keyId()).isEqualTo(KEY.id());
        assertThat(signed.signedAt()).isEqualTo(Instant.parse("2024-01-20T02:00:00.123Z")); // to the millisecond
        assertThat(signed.heads()).extracting(Checkpoint::stream).containsExactly(ALICE, DIRECTORY);
        assertThat(signed.heads()).extracting(Checkpoint::version).containsExactly(2L, 3L);
        assertThat(store.read(SignedHeads.STREAM, 1, 10)).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(SignedHeads.RECORD_TYPE);
            assertThat(readSigned(r.payload())).isEqualTo(signed);
        });
        assertThat(ledger.signatures()).containsExactly(signed);
        SignatureCheck check = ledger.verifyLatestSignature(KEY.publicKey());
        assertThat(check.outcome()).isEqualTo(Outcome.INTACT);
        assertThat(check.verification().orElseThrow().unsigned()).as("the signatures' own stream is never unsigned").isEmpty();
        assertThat(check.message(MessageBundle.EN)).isEqualTo("the ledger is exactly as key " + KEY.id()
                + " signed it at 2024-01-20T02:00:00.123Z");
    }

    @Test
    void signaturesAreReadLatestFirstAndTheCheckUsesTheLatest() {
        write(DIRECTORY, 1);
        SignedHeads first = ledger.signHeads();
        write(ALICE, 1);
        SignedHeads second = ledger.signHeads();

        assertThat(ledger.signatures()).containsExactly(second, first);
        assertThat(second.heads()).extracting(Checkpoint::stream).containsExactly(ALICE, DIRECTORY);
        assertThat(ledger.verifyLatestSignature(KEY.publicKey()).latest()).contains(second);
        assertThat(ledger.verifyLatestSignature(KEY.publicKey()).ok()).isTrue();
    }

    @Test
    void withoutAKeyNothingIsSignedOrWritten() {
        WritableLedger keyless = new WritableLedger(store, Clock.fixed(AT, ZoneOffset.UTC));
        keyless.append(DIRECTORY, 0, List.of(draft("a term")));

        assertThat(keyless.signHeadsIfKeyed()).isEmpty();
        assertThatThrownBy(keyless::signHeads).isInstanceOfSatisfying(NoCampusKeyException.class, e -> {
            assertThat(e.code()).isEqualTo("YB-LEDGER-NO-KEY");
            assertThat(e.message(MessageBundle.ZH)).contains("未配置校园密钥");
            assertThat(e.message(MessageBundle.EN)).contains("no campus key is configured");
        });
        assertThat(store.streams()).containsExactly(DIRECTORY);
        try (YibanCore core = YibanCore.builder().build()) {
            assertThatThrownBy(core::signHeads).isInstanceOf(NoCampusKeyException.class);
        }
    }

    @Test
    void aCoreBuiltWithAKeySignsOnDemand() {
        try (YibanCore core = YibanCore.builder().store(store).campusKey(KEY).build()) {
            SignedHeads signed = core.signHeads();

            assertThat(core.ledger().signatures()).containsExactly(signed);
            assertThat(core.ledger().verifyLatestSignature(KEY.publicKey()).ok()).isTrue();
        }
    }

    @Test
    void aLedgerWithNoSignatureIsReportedAsSuch() {
        write(DIRECTORY, 2);

        SignatureCheck check = ledger.verifyLatestSignature(KEY.publicKey());

        assertThat(check.outcome()).isEqualTo(Outcome.NO_SIGNATURE);
        assertThat(check.ok()).isFalse();
        assertThat(check.message(MessageBundle.EN)).contains("no signature").contains("signatures");
        assertThat(check.message(MessageBundle.ZH)).contains("没有任何检查点签名");
    }

    @Test
    void recordsAppendedAfterTheSignatureAreReportedUnsignedByStreamAndCount() {
        write(DIRECTORY, 2);
        ledger.signHeads();
        ledger.append(DIRECTORY, 2, List.of(draft("after"), draft("after again")));
        ledger.append(ALICE, 0, List.of(draft("a new student")));

        SignatureCheck check = ledger.verifyLatestSignature(KEY.publicKey());

        assertThat(check.outcome()).isEqualTo(Outcome.UNSIGNED);
        assertThat(check.verification().orElseThrow().unsigned()).containsExactly(Map.entry(ALICE, 1L), Map.entry(DIRECTORY, 2L));
        assertThat(check.message(MessageBundle.EN)).contains("3 record(s) were appended after the signature")
                .contains("archive:2022010101 ×1, directory ×2");
    }

    @Test
    void aLatestSignatureByAnotherKeyIsNeverAcceptedAndBothKeysAreNamed() {
        write(DIRECTORY, 2);
        ledger.signHeads();
        new WritableLedger(store, Clock.fixed(AT, ZoneOffset.UTC), OTHER_KEY).signHeads(); // someone re-signs with their own key

        SignatureCheck check = ledger.verifyLatestSignature(KEY.publicKey());

        assertThat(check.outcome()).isEqualTo(Outcome.OTHER_KEY);
        assertThat(check.message(MessageBundle.EN)).contains(OTHER_KEY.id()).contains(KEY.id()).contains("not accepted");
        assertThat(check.message(MessageBundle.ZH)).contains(OTHER_KEY.id()).contains(KEY.id()).contains("不予接受");
    }

    @Test
    void aStreamRewrittenWithItsChainRecomputedIsReportedBrokenNamingStreamAndRecord() {
        write(ALICE, 4);
        write(DIRECTORY, 1);
        ledger.signHeads();
        // someone with database access drops Alice's record 2, chains the rest again and adds one so the length stays
        LedgerStore forged = copy(store, ALICE, drafts -> {
            List<RecordDraft> changed = new ArrayList<>(drafts);
            changed.remove(1);
            changed.add(draft("forged"));
            return changed;
        });

        SignatureCheck check = new WritableLedger(forged, Clock.systemUTC()).verifyLatestSignature(KEY.publicKey());

        assertThat(check.outcome()).isEqualTo(Outcome.BROKEN);
        assertThat(check.verification().orElseThrow().breaks()).singleElement().satisfies(b -> {
            assertThat(b.stream()).isEqualTo(ALICE);
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.problem()).isEqualTo(ChainBreak.Problem.NOT_AT_CHECKPOINT);
        });
        assertThat(check.message(MessageBundle.EN)).contains("stream archive:2022010101, record 4");
    }

    @Test
    void aSignatureWhoseHeadsWereEditedDoesNotVerify() {
        write(ALICE, 2);
        ledger.signHeads();
        // the signature record's heads edited to name a forged head, keeping the key id and the signature
        LedgerStore edited = copy(store, SignedHeads.STREAM, drafts -> drafts.stream().map(d -> {
            SignedHeads s = readSigned(d.payload());
            Checkpoint forgedHead = new Checkpoint(ALICE, 2, ChainHash.of(new byte[ChainHash.LENGTH]));
            return new RecordDraft(d.type(), YibanJson.write(YibanJson.newMapper(),
                    new SignedHeads(s.signedAt(), s.keyId(), List.of(forgedHead), s.signature())));
        }).toList());

        SignatureCheck check = new WritableLedger(edited, Clock.systemUTC()).verifyLatestSignature(KEY.publicKey());

        assertThat(check.outcome()).isEqualTo(Outcome.SIGNATURE_INVALID);
        assertThat(check.message(MessageBundle.EN)).contains("does not verify");
    }

    @Test
    void aRecordOfTheSignatureStreamThatIsNoSignatureIsLeftOut() {
        write(DIRECTORY, 1);
        SignedHeads signed = ledger.signHeads();
        ledger.append(SignedHeads.STREAM, 1, List.of(new RecordDraft(SignedHeads.RECORD_TYPE, "{}".getBytes(StandardCharsets.UTF_8))));

        assertThat(ledger.signatures()).containsExactly(signed);
        assertThat(ledger.verifyLatestSignature(KEY.publicKey()).ok()).isTrue();
    }

    private void write(StreamId stream, int count) {
        long version = store.version(stream);
        for (int i = 0; i < count; i++) {
            ledger.append(stream, version + i, List.of(draft(stream + " #" + (version + i + 1))));
        }
    }

    /** A copy of {@code from} with every stream as stored, except {@code stream}: its records changed and chained again. */
    private static LedgerStore copy(LedgerStore from, StreamId stream, UnaryOperator<List<RecordDraft>> change) {
        LedgerStore copy = LedgerStore.inMemory();
        for (StreamId each : from.streams()) {
            List<StoredRecord> records = from.read(each, 1, Integer.MAX_VALUE);
            if (each.equals(stream)) {
                List<RecordDraft> drafts = change.apply(records.stream().map(r -> new RecordDraft(r.type(), r.payload())).toList());
                copy.append(each, 0, PendingRecord.chain(ChainHash.GENESIS, each, 0, AT, drafts));
            } else {
                copy.append(each, 0, records.stream().map(r -> new PendingRecord(r.sequence(), r.type(), r.recordedAt(), r.payload(),
                        r.hash())).toList());
            }
        }
        return copy;
    }

    private static SignedHeads readSigned(byte[] payload) {
        try {
            return YibanJson.newMapper().readValue(payload, SignedHeads.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static RecordDraft draft(String text) {
        return new RecordDraft("archive.entry-recorded", text.getBytes(StandardCharsets.UTF_8));
    }
}

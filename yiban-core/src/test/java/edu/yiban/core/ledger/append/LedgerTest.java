package edu.yiban.core.ledger.append;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.ChainHash;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.StreamVerification;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.core.ledger.spi.ConcurrencyException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private static final StreamId ARCHIVE = StreamId.of("archive", "2022030117");
    private final Clock clock = Clock.fixed(Instant.parse("2023-03-01T08:00:00.123456Z"), ZoneOffset.UTC);
    private final TamperableStore store = new TamperableStore();
    private final WritableLedger ledger = new WritableLedger(store, clock);

    private static RecordDraft draft(String text) {
        return new RecordDraft("test.note", text.getBytes(StandardCharsets.UTF_8));
    }

    private List<StoredRecord> appendNotes(int count) {
        List<StoredRecord> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.addAll(ledger.append(ARCHIVE, i, List.of(draft("note " + i))));
        }
        return all;
    }

    @Test
    void appendedRecordsReadBackInOrderWithDenseSequencesAndTheirTime() {
        ledger.append(ARCHIVE, 0, List.of(draft("a"), draft("b")));
        ledger.append(ARCHIVE, 2, List.of(draft("c")));

        List<StoredRecord> read = ledger.read(ARCHIVE, 1);

        assertThat(read).extracting(StoredRecord::sequence).containsExactly(1L, 2L, 3L);
        assertThat(read).extracting(r -> new String(r.payload(), StandardCharsets.UTF_8)).containsExactly("a", "b", "c");
        assertThat(read).extracting(StoredRecord::recordedAt).containsOnly(Instant.parse("2023-03-01T08:00:00.123Z"));
        assertThat(ledger.version(ARCHIVE)).isEqualTo(3);
    }

    @Test
    void eachLinkIsTheSha256OfThePreviousLinkAndTheRecord() {
        List<StoredRecord> read = appendNotes(3);

        ChainHash previous = ChainHash.GENESIS;
        for (StoredRecord r : read) {
            ChainHash expected = ChainHash.link(previous, r.stream(), r.sequence(), r.type(), r.recordedAt(), r.payload());
            assertThat(r.hash()).isEqualTo(expected);
            previous = expected;
        }
        assertThat(read.get(0).hash()).isNotEqualTo(read.get(1).hash());
    }

    @Test
    void anAppendAtAStaleVersionIsRefusedAndWritesNothing() {
        appendNotes(2);

        assertThatThrownBy(() -> ledger.append(ARCHIVE, 1, List.of(draft("late"))))
                .isInstanceOfSatisfying(ConcurrencyException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.code()).isEqualTo("YB-LEDGER-VERSION-CONFLICT");
                    assertThat(e.message(MessageBundle.ZH)).contains("archive:2022030117", "预期");
                    assertThat(e.message(MessageBundle.EN)).contains("archive:2022030117", "expected version 1");
                });
        assertThat(ledger.version(ARCHIVE)).isEqualTo(2);
    }

    @Test
    void anAppendBeyondTheHeadIsRefused() {
        appendNotes(1);

        assertThatThrownBy(() -> ledger.append(ARCHIVE, 5, List.of(draft("x"))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(ledger.version(ARCHIVE)).isEqualTo(1);
    }

    @Test
    void anUntouchedStreamVerifies() {
        appendNotes(5);

        StreamVerification result = ledger.verify(ARCHIVE);

        assertThat(result.ok()).isTrue();
        assertThat(result.records()).isEqualTo(5);
    }

    @Test
    void aChangedPayloadByteIsNamedByItsRecord() {
        appendNotes(5);
        store.tamper(ARCHIVE, records -> {
            List<StoredRecord> copy = new ArrayList<>(records);
            StoredRecord third = copy.get(2);
            byte[] payload = third.payload();
            payload[0] ^= 1;
            copy.set(2, third.with(third.sequence(), third.type(), third.recordedAt(), payload, third.hash()));
            return copy;
        });

        ChainBreak found = ledger.verify(ARCHIVE).firstBreak().orElseThrow();

        assertThat(found.sequence()).isEqualTo(3);
        assertThat(found.problem()).isEqualTo(ChainBreak.Problem.ALTERED);
        assertThat(found.message(MessageBundle.EN)).isEqualTo(
                "stream archive:2022030117, record 3: its stored bytes were changed (they no longer match its hash)");
        assertThat(found.message(MessageBundle.ZH)).isEqualTo("数据流 archive:2022030117 第 3 条记录：存储内容已被改动（与其哈希值不符）");
    }

    @Test
    void aDeletedRecordIsNamedByTheGapItLeaves() {
        appendNotes(5);
        store.tamper(ARCHIVE, records -> {
            List<StoredRecord> copy = new ArrayList<>(records);
            copy.remove(1);
            return copy;
        });

        ChainBreak found = ledger.verify(ARCHIVE).firstBreak().orElseThrow();

        assertThat(found.sequence()).isEqualTo(2);
        assertThat(found.problem()).isEqualTo(ChainBreak.Problem.OUT_OF_PLACE);
        assertThat(found.found()).isEqualTo(3);
    }

    @Test
    void recordsCutFromTheEndAreFoundAgainstTheHeadTheLedgerWrote() {
        appendNotes(5);
        store.tamper(ARCHIVE, records -> records.subList(0, 3));

        ChainBreak found = ledger.verify(ARCHIVE).firstBreak().orElseThrow();

        assertThat(found.problem()).isEqualTo(ChainBreak.Problem.MISSING);
        assertThat(found.sequence()).isEqualTo(4);
    }

    @Test
    void recordsCutFromTheEndAreFoundByAnotherLedgerThroughASavedCheckpoint() {
        appendNotes(5);
        Checkpoint saved = ledger.checkpoint(ARCHIVE).orElseThrow();
        store.tamper(ARCHIVE, records -> records.subList(0, 4));
        WritableLedger reopened = new WritableLedger(store, clock);

        assertThat(reopened.verify(ARCHIVE).ok()).as("a chain alone cannot show a cut tail").isTrue();
        assertThat(reopened.verify(ARCHIVE, saved).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.problem()).isEqualTo(ChainBreak.Problem.MISSING);
            assertThat(b.sequence()).isEqualTo(5);
        });
    }

    @Test
    void aConsistentlyRewrittenChainDiffersFromASavedCheckpoint() {
        appendNotes(3);
        Checkpoint saved = ledger.checkpoint(ARCHIVE).orElseThrow();
        store.tamper(ARCHIVE, records -> {
            List<StoredRecord> forged = new ArrayList<>();
            ChainHash previous = ChainHash.GENESIS;
            for (StoredRecord r : records) {
                byte[] payload = ("forged " + r.sequence()).getBytes(StandardCharsets.UTF_8);
                ChainHash hash = ChainHash.link(previous, r.stream(), r.sequence(), r.type(), r.recordedAt(), payload);
                forged.add(r.with(r.sequence(), r.type(), r.recordedAt(), payload, hash));
                previous = hash;
            }
            return forged;
        });

        assertThat(ledger.verify(ARCHIVE, saved).firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.problem()).isEqualTo(ChainBreak.Problem.NOT_AT_CHECKPOINT);
            assertThat(b.sequence()).isEqualTo(3);
        });
    }

    @Test
    void verifyAllReportsEveryStreamAndTheFirstBreakOfEach() {
        StreamId other = StreamId.of("space", "class.EDU2201");
        appendNotes(3);
        ledger.append(other, 0, List.of(draft("hello")));
        store.tamper(other, records -> List.of(records.get(0).with(1, "test.changed", records.get(0).recordedAt(),
                records.get(0).payload(), records.get(0).hash())));

        VerificationReport report = ledger.verifyAll();

        assertThat(report.ok()).isFalse();
        assertThat(report.streams()).extracting(StreamVerification::stream).containsExactly(ARCHIVE, other);
        assertThat(report.breaks()).singleElement().satisfies(b -> {
            assertThat(b.stream()).isEqualTo(other);
            assertThat(b.sequence()).isEqualTo(1);
        });
        assertThat(report.records()).isEqualTo(3);
    }

    @Test
    void globalPositionsIncreaseAcrossStreamsInAppendOrder() {
        StreamId other = StreamId.of("directory");
        IntStream.range(0, 4).forEach(i -> {
            ledger.append(ARCHIVE, i, List.of(draft("a" + i)));
            ledger.append(other, i, List.of(draft("d" + i)));
        });

        List<StoredRecord> all = store.readAll(1, 100);

        assertThat(all).extracting(StoredRecord::position).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(all).extracting(StoredRecord::stream).containsExactly(ARCHIVE, other, ARCHIVE, other, ARCHIVE, other, ARCHIVE, other);
        assertThat(store.readAll(7, 100)).hasSize(2);
    }

    @Test
    void malformedStreamNamesAndTypesAreRefusedNamingTheField() {
        assertThatThrownBy(() -> StreamId.of("Archive:x"))
                .hasMessageContaining("stream")
                .hasMessageContaining("数据流");
        assertThatThrownBy(() -> new RecordDraft("Bad Type", new byte[0]))
                .hasMessageContaining("record type")
                .hasMessageContaining("记录类型");
    }
}

package edu.yiban.scoring.round;

import static edu.yiban.scoring.round.RoundCampus.ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.RecordDraft;
import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.ChainBreak;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.StreamVerification;
import edu.yiban.scoring.internal.ScoringMessages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A computation's results are many bounded records — a header ({@code round.computation}) and pages of at most
 * 100 subjects ({@code round.results-page}) written in one batch — and read back as the same results with the
 * same SHA-256. 250 students more than the test campus's three make 253 subjects: pages of 100, 100 and 53.
 */
class RoundResultsPagesTest {
    private static final StreamId STREAM = StreamId.of("round", ROUND.value());

    /** The test campus with 250 more students in EDU2201, its round drafted and computed. */
    private static RoundCampus computedOverManyStudents() {
        RoundCampus campus = RoundCampus.create();
        for (int i = 1; i <= 250; i++) {
            campus.core.directory().enrol(Enrolment.of(StudentNo.of("2022019%03d".formatted(i)), "学生" + i, Campus.EDU2201,
                    LocalDate.of(2022, 9, 1)));
        }
        campus.on(2023, 2, 20);
        campus.rounds.draft(RoundCampus.DRAFT, Campus.COUNSELLOR);
        campus.rounds.compute(ROUND, Campus.COUNSELLOR);
        return campus;
    }

    @Test
    void aComputationOverManySubjectsIsAHeaderAndBoundedPages() {
        RoundCampus campus = computedOverManyStudents();

        List<StoredRecord> records = campus.core.ledger().read(STREAM, 1);

        assertThat(records).extracting(StoredRecord::type).containsExactly(
                "round.drafted", "round.computation", "round.results-page", "round.results-page", "round.results-page");
        assertThat(records).allSatisfy(r -> assertThat(r.payloadLength()).isLessThan(1 << 20));
        assertThat(campus.current().results().results()).hasSize(253);
    }

    @Test
    void pagedResultsReadBackEqualWithTheSameSha256() {
        RoundCampus campus = computedOverManyStudents();
        Computation before = campus.current();

        Computation again = campus.reopen().current();

        assertThat(again).isEqualTo(before);
        assertThat(again.results().sha256()).isEqualTo(before.sha256()).isEqualTo(before.results().sha256());
        assertThat(again.results().ranks()).hasSize(before.results().ranks().size()).isNotEmpty();
        assertThat(again.results().bands()).hasSize(253);
    }

    @Test
    void anAppealsRecomputationIsPagedTooAndTheRoundGoesOn() {
        RoundCampus campus = computedOverManyStudents().publicised(LocalDate.of(2023, 2, 27));
        campus.on(2023, 2, 28);
        campus.rounds.appeal(ROUND, AppealRequest.of(Campus.WANG_FANG.value(), "学业成绩应为 88 分"), PersonId.of(Campus.WANG_FANG.value()));
        campus.on(2023, 3, 1);
        EntryRef fixed = campus.core.archives().of(Campus.WANG_FANG)
                .correct(campus.wangStudy, RoundCampus.entry(Dimension.INTELLECTUAL, "88"), "成绩录入有误");
        campus.rounds.answer(ROUND, 1, Ruling.upheld("已更正", fixed), Campus.COUNSELLOR);

        Round round = campus.reopen().rounds.round(ROUND).orElseThrow();

        assertThat(round.computations()).hasSize(2);
        assertThat(round.computations()).allSatisfy(c -> assertThat(c.results().sha256()).isEqualTo(c.sha256()));
        assertThat(round).isEqualTo(campus.rounds.round(ROUND).orElseThrow());
    }

    @Test
    void aTamperedPageBreaksTheChainAtThatRecord() {
        RoundCampus campus = computedOverManyStudents();
        List<StoredRecord> records = campus.core.ledger().read(STREAM, 1);
        // the second page's first band "qualified" written as "excellent", its stored hash left as it was
        LedgerStore copy = LedgerStore.inMemory();
        List<PendingRecord> pending = new ArrayList<>();
        for (StoredRecord r : records) {
            byte[] payload = r.payload();
            if (r.sequence() == 4) {
                String json = new String(payload, StandardCharsets.UTF_8);
                assertThat(json).contains("\"code\":\"qualified\"");
                payload = json.replaceFirst("\"code\":\"qualified\"", "\"code\":\"excellent\"").getBytes(StandardCharsets.UTF_8);
            }
            pending.add(new PendingRecord(r.sequence(), r.type(), r.recordedAt(), payload, r.hash()));
        }
        copy.append(STREAM, 0, pending);

        StreamVerification verification = new WritableLedger(copy, Campus.clock()).verify(STREAM);

        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.sequence()).isEqualTo(4);
            assertThat(b.problem()).isEqualTo(ChainBreak.Problem.ALTERED);
        });
    }

    @Test
    void aPageWithoutItsHeaderIsRefusedOnReading() {
        RoundCampus campus = computedOverManyStudents();
        List<StoredRecord> records = campus.core.ledger().read(STREAM, 1);
        // the header left out, the chain made again so that only the order of the records is wrong
        LedgerStore copy = LedgerStore.inMemory();
        WritableLedger ledger = new WritableLedger(copy, Campus.clock());
        ledger.append(STREAM, 0, List.of(draft(records.get(0))));
        ledger.append(STREAM, 1, List.of(draft(records.get(2))));

        YibanCore core = YibanCore.builder().store(copy).clock(Campus.clock()).build();

        assertThatThrownBy(() -> EvaluationRounds.open(core, RoundPolicy.seed(), List.of(new ArchiveTotalsEvaluation(core))))
                .isInstanceOf(StoreException.class).hasMessageContaining(ScoringMessages.BUNDLE.text("round.pages.header", ROUND.value(), 1, 1).en());
    }

    @Test
    void aPageChangedUnderANewlyMadeChainDoesNotMatchItsHeadersSha256() {
        RoundCampus campus = computedOverManyStudents();
        List<StoredRecord> records = campus.core.ledger().read(STREAM, 1);
        // every record written again through a ledger, so the chain is intact; the second page says "excellent" for a "qualified"
        LedgerStore copy = LedgerStore.inMemory();
        WritableLedger ledger = new WritableLedger(copy, Campus.clock());
        List<RecordDraft> drafts = new ArrayList<>();
        for (StoredRecord r : records) {
            byte[] payload = r.payload();
            if (r.sequence() == 4) {
                payload = new String(payload, StandardCharsets.UTF_8).replaceFirst("\"code\":\"qualified\"", "\"code\":\"excellent\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
            drafts.add(new RecordDraft(r.type(), payload));
        }
        ledger.append(STREAM, 0, drafts);
        YibanCore core = YibanCore.builder().store(copy).clock(Campus.clock()).build();
        assertThat(ledger.verify(STREAM).ok()).isTrue();

        assertThatThrownBy(() -> EvaluationRounds.open(core, RoundPolicy.seed(), List.of(new ArchiveTotalsEvaluation(core))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("round 2022-2023-1-zongce: the results pages of computation 1 do not make the results its header describes")
                .hasMessageContaining(campus.current().sha256());
    }

    private static RecordDraft draft(StoredRecord r) {
        return new RecordDraft(r.type(), r.payload());
    }
}

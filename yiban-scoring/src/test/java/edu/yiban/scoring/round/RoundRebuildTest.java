package edu.yiban.scoring.round;

import static edu.yiban.scoring.round.RoundCampus.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A round is its ledger stream: opened again over the same store, it is the same round and goes on. */
class RoundRebuildTest {
    private static final String WANG = Campus.WANG_FANG.value();
    private static final String LI = Campus.LI_MING.value();
    private static final PersonId COUNSELLOR = Campus.COUNSELLOR;

    @Test
    void aRoundReopenedOverItsStoreHasTheSameStateResultsAndAppeals() {
        RoundCampus campus = appealedTwice();
        Round before = campus.rounds.round(ROUND).orElseThrow();

        RoundCampus again = campus.reopen();

        assertThat(again.rounds.round(ROUND)).contains(before);
        assertThat(again.rounds.rounds()).containsExactly(before);
        assertThat(again.rounds.standing(ROUND, WANG)).isEqualTo(campus.rounds.standing(ROUND, WANG));
        // each computation of the three students is a header and one results page
        assertThat(again.rounds.version(ROUND)).isEqualTo(12);
        assertThat(again.core.ledger().read(StreamId.of("round", ROUND.value()), 1)).extracting(StoredRecord::type).containsExactly(
                "round.drafted", "round.computation", "round.results-page", "round.publicised", "round.appeal-filed",
                "round.appeal-answered", "round.computation", "round.results-page", "round.publicity-withdrawn", "round.publicised",
                "round.appeal-filed", "round.appeal-answered");
        assertThat(before.computations()).allSatisfy(c -> assertThat(c.results().sha256()).isEqualTo(c.sha256()));
        assertThat(again.core.verify().ok()).isTrue();
    }

    @Test
    void aReopenedRoundGoesOnAndItsResultsAreWrittenOnce() {
        RoundCampus again = appealedTwice().reopen();
        again.on(2023, 3, 13);

        Round done = again.rounds.finalise(ROUND, COUNSELLOR);
        RoundCampus third = again.reopen();

        assertThat(third.rounds.round(ROUND)).contains(done);
        assertThat(third.rounds.writeToArchives(ROUND)).isEmpty();
        RoundLifecycleTest.evaluationEntry(third, Campus.WANG_FANG);
        assertThat(third.core.verify().ok()).isTrue();
    }

    @Test
    void anInstanceThatFellBehindCatchesUpBeforeItDecides() {
        RoundCampus campus = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 20));
        campus.rounds.appeal(ROUND, AppealRequest.of(WANG, "成绩有误"), PersonId.of(WANG));
        EvaluationRounds other = EvaluationRounds.open(campus.core, RoundPolicy.seed(), List.of(new ArchiveTotalsEvaluation(campus.core)));
        campus.rounds.answer(ROUND, 1, Ruling.rejected("成绩无误"), COUNSELLOR);

        Refusal late = Refusal.of(campus, () -> other.answer(ROUND, 1, Ruling.rejected("再答一次"), Campus.TEACHER));

        assertThat(late.rule()).isEqualTo("round.appeal.answered");
        assertThat(other.round(ROUND)).isEqualTo(campus.rounds.round(ROUND));
    }

    /** The lifecycle test's round up to its second publicity, both appeals answered. */
    private static RoundCampus appealedTwice() {
        RoundCampus campus = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 27));
        EvaluationRounds rounds = campus.rounds;
        campus.on(2023, 2, 28);
        rounds.appeal(ROUND, AppealRequest.of(WANG, "学业成绩应为 88 分"), PersonId.of(WANG));
        campus.on(2023, 3, 1);
        EntryRef fixed = campus.core.archives().of(Campus.WANG_FANG)
                .correct(campus.wangStudy, RoundCampus.entry(Dimension.INTELLECTUAL, "88"), "成绩录入有误");
        rounds.answer(ROUND, 1, Ruling.upheld("已更正", fixed), COUNSELLOR);
        rounds.publicise(ROUND, LocalDate.of(2023, 3, 6), COUNSELLOR);
        campus.on(2023, 3, 7);
        rounds.appeal(ROUND, AppealRequest.of(LI, "请复核排名"), PersonId.of(LI));
        campus.on(2023, 3, 8);
        rounds.answer(ROUND, 2, Ruling.rejected("排名无误"), Campus.TEACHER);
        return campus;
    }
}

package edu.yiban.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.archive.ArchiveEntry;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.visibility.Visibility;
import edu.yiban.scoring.YibanScoring;
import edu.yiban.scoring.round.Computation;
import edu.yiban.scoring.round.RoundDraft;
import edu.yiban.scoring.round.RoundId;
import edu.yiban.scoring.round.RoundPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Two runtimes over one store (two app servers over one database) and a students' round: drafted through one, it is
 * listed and computed through the other, and the first reads the computation at once.
 */
class TwoRuntimesRoundsTest {
    private static final RoundId ROUND = RoundId.of("2022-2023-1-zongce");

    @Test
    void aRoundDraftedThroughOneRuntimeIsComputedThroughTheOtherAndReadBackByTheFirst() {
        LedgerStore store = LedgerStore.inMemory();
        try (Yiban a = runtime(store); Yiban b = runtime(store)) {
            Campus.fill(a.campus());
            b.archive(Campus.LI_MING).record(grade(88));

            a.scoring().rounds().draft(RoundDraft.of(ROUND, new Bilingual("综合测评", "evaluation"),
                    RoundPeriod.of(Campus.T2022_1), YibanScoring.STUDENTS, "1"), Campus.COUNSELLOR);
            assertThat(b.scoring().rounds().rounds()).extracting(r -> r.id()).containsExactly(ROUND);

            Computation computed = b.scoring().rounds().compute(ROUND, Campus.COUNSELLOR);
            assertThat(computed.results().results()).hasSize(3);
            assertThat(a.scoring().rounds().round(ROUND).orElseThrow().current()).contains(computed);
            assertThat(a.scoring().rounds().version(ROUND)).isEqualTo(b.scoring().rounds().version(ROUND));
        }
    }

    private static Yiban runtime(LedgerStore store) {
        return Yiban.builder().store(store).clock(Campus.clock()).build();
    }

    private static ArchiveEntry grade(int score) {
        return ArchiveEntry.builder().date(LocalDate.of(2023, 1, 10)).term(Campus.T2022_1).category(Category.ACADEMIC)
                .title("MATH101 " + score).attribute("course", "MATH101").attribute("credits", "4")
                .attribute("score", Integer.toString(score)).source(SourceSystem.ACADEMIC_AFFAIRS)
                .recordedBy(Campus.COUNSELLOR).visibility(Visibility.FAMILY).build();
    }
}

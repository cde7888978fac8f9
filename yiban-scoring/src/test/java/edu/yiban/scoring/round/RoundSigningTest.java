package edu.yiban.scoring.round;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.ledger.CampusKey;
import edu.yiban.core.ledger.Checkpoint;
import edu.yiban.core.ledger.SignedHeads;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Finalising a round (定稿) in a runtime with a campus key signs the heads right after the finalising record, so the final
 * results are vouched for by the key; without a key, finalising works as it always did and nothing is signed.
 */
class RoundSigningTest {
    private static final CampusKey KEY = CampusKey.generate();
    private static final StreamId ROUND_STREAM = StreamId.of("round", RoundCampus.ROUND.value());

    @Test
    void finalisingWithACampusKeySignsTheHeadsCoveringTheFinalisingRecord() {
        RoundCampus campus = RoundCampus.computed(KEY).publicised(LocalDate.of(2023, 2, 27));
        campus.on(2023, 3, 13);
        assertThat(campus.core.ledger().signatures()).as("nothing is signed before the round is final").isEmpty();

        campus.rounds.finalise(RoundCampus.ROUND, Campus.COUNSELLOR);

        List<SignedHeads> signatures = campus.core.ledger().signatures();
        assertThat(signatures).singleElement().satisfies(signed -> {
            assertThat(signed.keyId()).isEqualTo(KEY.id());
            Checkpoint roundHead = signed.heads().stream().filter(h -> h.stream().equals(ROUND_STREAM)).findFirst().orElseThrow();
            StoredRecord last = campus.core.ledger().read(ROUND_STREAM, roundHead.version()).get(0);
            assertThat(last.type()).isEqualTo("round.finalised");
            assertThat(last.hash()).isEqualTo(roundHead.hash());
            // the archive entries the finalisation wrote are covered too: every archive stream is at its signed head
            assertThat(signed.heads()).filteredOn(h -> h.stream().kind().equals("archive"))
                    .allSatisfy(h -> assertThat(campus.core.ledger().version(h.stream())).isEqualTo(h.version()));
        });
        assertThat(campus.core.ledger().verifyLatestSignature(KEY.publicKey()).ok()).isTrue();
    }

    @Test
    void finalisingWithoutAKeySignsNothing() {
        RoundCampus campus = RoundCampus.computed().publicised(LocalDate.of(2023, 2, 27));
        campus.on(2023, 3, 13);

        Round done = campus.rounds.finalise(RoundCampus.ROUND, Campus.COUNSELLOR);

        assertThat(done.state()).isEqualTo(RoundState.FINAL);
        assertThat(campus.core.ledger().signatures()).isEmpty();
        assertThat(campus.core.ledger().streams()).doesNotContain(SignedHeads.STREAM);
    }
}

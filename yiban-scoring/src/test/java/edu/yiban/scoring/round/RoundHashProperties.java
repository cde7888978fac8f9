package edu.yiban.scoring.round;

import static edu.yiban.scoring.round.RoundCampus.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.fixtures.Campus;
import edu.yiban.core.archive.Points;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The results hash depends on the inputs alone: not on when, how often or in what order they were recorded and computed. */
class RoundHashProperties {

    @Provide
    Arbitrary<List<String>> points() {
        return Arbitraries.longs().between(0, 10_000).map(h -> Points.ofHundredths(h).toString()).list().ofSize(6);
    }

    @Property(tries = 25)
    void recomputingWithUnchangedInputsGivesTheSameHash(@ForAll("points") List<String> points) {
        RoundCampus campus = RoundCampus.create(points, false);
        campus.on(2023, 2, 20);
        campus.rounds.draft(RoundCampus.DRAFT, Campus.COUNSELLOR);
        Computation first = campus.rounds.compute(ROUND, Campus.COUNSELLOR);
        campus.on(2023, 2, 21);

        Computation again = campus.rounds.compute(ROUND, Campus.TEACHER);

        assertThat(again.number()).isEqualTo(2);
        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(again.results()).isEqualTo(first.results());
    }

    @Property(tries = 25)
    void theSameInputsRecordedInAnotherOrderOnAnotherLedgerGiveTheSameHash(@ForAll("points") List<String> points) {
        RoundCampus one = RoundCampus.create(points, false);
        RoundCampus other = RoundCampus.create(points, true);
        one.on(2023, 2, 20);
        other.on(2023, 6, 1);
        one.rounds.draft(RoundCampus.DRAFT, Campus.COUNSELLOR);
        other.rounds.draft(RoundCampus.DRAFT, Campus.TEACHER);

        assertThat(other.rounds.compute(ROUND, Campus.TEACHER).sha256()).isEqualTo(one.rounds.compute(ROUND, Campus.COUNSELLOR).sha256());
    }
}

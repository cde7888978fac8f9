package edu.yiban.org;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.OrgSnapshot.Appointed;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.Recommendation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeedOrganisationTest {
    @Test
    void theSeedsOrganisationBuiltFromTheDefaultPresetValidatesClean() {
        SeedCampus seed = SeedCampus.build();

        assertThat(seed.tree.validate(SeedCampus.DAY)).isEmpty();
        assertThat(seed.tree.at(SeedCampus.DAY).units()).hasSize(3 + 2 * 3 + 3);
        assertThat(seed.core.verify().ok()).isTrue();
    }

    @Test
    void theTreeAnswersWhoWasOnTheStationOnAnyDay() {
        SeedCampus seed = SeedCampus.build();
        CollegeId fl = CollegeId.of("FL");
        PersonId leaving = SeedCampus.student(CollegeId.of("EDU"), 2);
        PersonId joining = SeedCampus.student(fl, 11);
        Appointed held = seed.tree.at(SeedCampus.DAY).appointmentsOf(leaving).stream()
                .filter(a -> a.appointment().org().equals(SeedCampus.STATION)).findFirst().orElseThrow();
        seed.tree.endAppointment(held.ref(), LocalDate.of(2023, 2, 28));
        seed.tree.recommend(new Recommendation(SeedCampus.STATION, fl, joining, 11, LocalDate.of(2023, 2, 20)));
        seed.tree.appoint(Appointment.of(SeedCampus.STATION, joining, Position.MEMBER, LocalDate.of(2023, 3, 1)));

        assertThat(onStation(seed, LocalDate.of(2023, 2, 28))).contains(leaving).doesNotContain(joining).hasSize(24);
        assertThat(onStation(seed, LocalDate.of(2023, 3, 1))).contains(joining).doesNotContain(leaving).hasSize(24);
        assertThat(onStation(seed, LocalDate.of(2022, 8, 31))).isEmpty();
    }

    @Test
    void theOrganisationReopenedFromItsStoreIsTheSame() {
        LedgerStore store = LedgerStore.inMemory();
        SeedCampus live = SeedCampus.build(SeedCampus.people(store, Charter.seed()));

        SeedCampus reopened = SeedCampus.reopen(store, java.time.Clock.systemUTC());

        assertThat(reopened.tree.at(SeedCampus.DAY)).isEqualTo(live.tree.at(SeedCampus.DAY));
        assertThat(reopened.tree.version()).isEqualTo(live.tree.version());
        assertThat(reopened.tree.validate(SeedCampus.DAY)).isEmpty();
    }

    private static java.util.List<PersonId> onStation(SeedCampus seed, LocalDate day) {
        return seed.tree.at(day).appointments(SeedCampus.STATION).stream().map(a -> a.appointment().person()).toList();
    }
}

package edu.yiban.org.tree;

import edu.yiban.core.fixtures.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.core.ledger.PendingRecord;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.org.SeedCampus;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The tree at a date equals the tree rebuilt from the history up to that date: after any year of
 * changes written on the days they take effect, copying only the records written up to a day into a
 * new store and opening the organisation over it gives the same {@code at(day)}, and the copy verifies.
 */
class TreeHistoryProperties {
    private static final LocalDate START = SeedCampus.DAY.plusDays(1);

    /** A change on day {@code START + day}: 0 appoint to the station, 1 end an appointment, 2 found a group, 3 recommend, 4 take an office. */
    record Change(int day, int kind, int pick) {
    }

    @Provide
    Arbitrary<Change> changes() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 1000)).as(Change::new);
    }

    @Property(tries = 25)
    void theTreeAtADayEqualsTheTreeRebuiltFromTheRecordsUpToThatDay(
            @ForAll @Size(max = 30) List<@net.jqwik.api.From("changes") Change> changes,
            @ForAll @IntRange(min = -1, max = 301) int askedDay) {
        LedgerStore store = LedgerStore.inMemory();
        SettableClock clock = new SettableClock(SeedCampus.DAY);
        SeedCampus seed = SeedCampus.build(SeedCampus.people(store, Charter.seed(), clock));
        List<Change> ordered = new ArrayList<>(changes);
        ordered.sort(Comparator.comparingInt(Change::day));
        int groups = 0;
        for (Change change : ordered) {
            LocalDate day = START.plusDays(change.day());
            clock.set(day);
            try {
                groups += apply(seed, change, day, groups);
            } catch (YibanException refused) {
                // refused changes write nothing; the property holds for what was written
            }
        }
        LocalDate asked = START.plusDays(askedDay);

        LedgerStore prefix = copyUpTo(store, asked);
        SeedCampus rebuilt = SeedCampus.reopen(prefix, clock);

        assertThat(rebuilt.tree.at(asked)).isEqualTo(seed.tree.at(asked));
        assertThat(rebuilt.tree.validate(asked)).isEqualTo(seed.tree.validate(asked));
        assertThat(rebuilt.core.verify().ok()).isTrue();
    }

    private static int apply(SeedCampus seed, Change change, LocalDate day, int groups) {
        List<CollegeId> colleges = SeedCampus.COLLEGES;
        CollegeId college = colleges.get(change.pick() % colleges.size());
        switch (change.kind()) {
            case 0 -> seed.tree.appoint(Appointment.of(SeedCampus.STATION, SeedCampus.student(college, 1 + change.pick() % 12),
                    Position.MEMBER, day));
            case 1 -> {
                List<OrgSnapshot.Appointed> held = seed.tree.at(day).appointments();
                if (!held.isEmpty()) {
                    seed.tree.endAppointment(held.get(change.pick() % held.size()).ref(), day);
                }
            }
            case 2 -> {
                OrgId id = OrgId.of("group-" + groups);
                seed.tree.found(OrgUnit.of(id, OrgKind.INTEREST_GROUP, "兴趣小组" + groups, SeedCampus.collegeGroup(college), college, day),
                        SeedCampus.teacher(college));
                seed.tree.appoint(Appointment.of(id, SeedCampus.teacher(college), Position.ADMINISTRATOR, day).concurrently());
                return 1;
            }
            case 3 -> seed.tree.recommend(new Recommendation(SeedCampus.STATION, college, SeedCampus.student(college, 11 + change.pick() % 2),
                    1 + change.pick() % 5, day));
            default -> seed.tree.takeOffice(OfficeHolding.of(SeedCampus.student(college, 1 + change.pick() % 12), Office.partyMember(college), day));
        }
        return 0;
    }

    /** A new store holding, stream by stream, the records written on or before {@code day}. */
    private static LedgerStore copyUpTo(LedgerStore store, LocalDate day) {
        LedgerStore copy = LedgerStore.inMemory();
        Map<edu.yiban.core.ledger.StreamId, List<PendingRecord>> kept = new LinkedHashMap<>();
        for (StoredRecord r : store.readAll(1, Integer.MAX_VALUE)) {
            if (!LocalDate.ofInstant(r.recordedAt(), ZoneOffset.UTC).isAfter(day)) {
                kept.computeIfAbsent(r.stream(), s -> new ArrayList<>())
                        .add(new PendingRecord(r.sequence(), r.type(), r.recordedAt(), r.payload(), r.hash()));
            }
        }
        kept.forEach((stream, records) -> copy.append(stream, 0, records));
        return copy;
    }

}

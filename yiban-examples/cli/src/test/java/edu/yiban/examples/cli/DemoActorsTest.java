package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import edu.yiban.core.access.Actor;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.append.RecordCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The demo acts as real actors: each campus system writes its own archive entries, the staff member who runs the rounds
 * writes their records, every member their own posts; and every record of the saved campus names its actor.
 */
class DemoActorsTest {
    private static final List<StoredRecord> RECORDS = SavedCampus.load(DemoRuns.get().saved, Locale.ENGLISH).records();

    private static JsonNode payload(StoredRecord r) {
        try {
            return JsonFiles.MAPPER.readTree(r.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Actor actor(StoredRecord r) {
        return RecordCodec.actorOf(r).orElseThrow(() -> new AssertionError(r.stream() + "#" + r.sequence() + " names no actor"));
    }

    @Test
    void everyRecordOfTheSavedCampusNamesItsActor() {
        assertThat(RECORDS).hasSizeGreaterThan(10_000)
                .allSatisfy(r -> assertThat(RecordCodec.actorOf(r)).as(r.stream() + "#" + r.sequence()).isPresent());
    }

    @Test
    void gradesAreByTheAcademicAffairsSystemAndEveryImportedEntryByItsOwnSource() {
        List<StoredRecord> entries = RECORDS.stream().filter(r -> r.type().equals("archive.entry-recorded")).toList();
        List<StoredRecord> grades = entries.stream().filter(r -> payload(r).path("entry").path("category").asText().equals("academic"))
                .toList();

        // 600 students, each with a grade for every course of the term
        assertThat(grades).hasSizeGreaterThanOrEqualTo(600 * CampusData.COURSES.size())
                .allSatisfy(r -> assertThat(actor(r)).isEqualTo(Actor.system(SourceSystem.ACADEMIC_AFFAIRS)));
        // the term's imports: each entry by the system it names as its source; the rounds' results by a person
        assertThat(entries).allSatisfy(r -> {
            JsonNode entry = payload(r).path("entry");
            Actor by = actor(r);
            if (entry.path("category").asText().equals("evaluation")) {
                assertThat(by.person()).contains(PersonId.of(entry.path("recordedBy").asText()));
            } else {
                assertThat(by).isEqualTo(Actor.system(SourceSystem.of(entry.path("source").asText())));
            }
        });
    }

    @Test
    void roundsAreRunByTheStaffMemberTheyNameAndPostsAreByTheirAuthors() {
        List<StoredRecord> steps = RECORDS.stream().filter(r -> r.type().equals("round.drafted") || r.type().equals("round.finalised"))
                .toList();
        assertThat(steps).hasSize(4).allSatisfy(r -> assertThat(actor(r)).isEqualTo(Actor.of(PersonId.of(payload(r).path("by").asText()))));

        List<StoredRecord> posts = RECORDS.stream().filter(r -> r.type().equals("space.post-published") && r.stream().value().startsWith("space:class"))
                .toList();
        assertThat(posts).isNotEmpty()
                .allSatisfy(r -> assertThat(actor(r)).isEqualTo(Actor.of(PersonId.of(payload(r).path("author").asText()))));
    }

    @Test
    void theSummaryStatesThePolicyTheActorsCountedFromTheLedgerAndARefusal() {
        Map<String, Long> bySystem = new TreeMap<>();
        long app = 0;
        for (StoredRecord r : RECORDS) {
            Actor by = actor(r);
            if (by.isApp()) {
                app++;
            } else if (by.person().isEmpty()) {
                bySystem.merge(by.source().orElseThrow().code(), 1L, Long::sum);
            }
        }
        String out = DemoRuns.get().firstRun.out();

        // the seed's 25 grants
        assertThat(out).contains("Access policy: the seed's 25 grants, 0 rules; every record names its actor: ")
                .contains("academic affairs system " + Summary.count(bySystem.get("academic-affairs")) + ",")
                .contains("youth league system " + Summary.count(bySystem.get("youth-league")) + ",")
                .contains("the app itself " + Summary.count(app))
                .containsPattern("Refused, nothing written: person T\\d{5} may not record into a growth archive \\(academic results\\) "
                        + "for student \\d{11}: no grant of the access policy allows it \\(YB-ACCESS-DENIED\\)");
    }
}

package edu.yiban.org.tree;

import static edu.yiban.org.SeedCampus.DAY;
import static edu.yiban.org.SeedCampus.STATION;
import static edu.yiban.org.SeedCampus.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.ledger.spi.LedgerStore;
import edu.yiban.org.SeedCampus;
import edu.yiban.org.tree.CharterViolation.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Another university's charter, with a station of 10–15 students and no culture studios, loads from JSON and is enforced. */
class AnotherCharterTest {
    private static Charter another() {
        InputStream json = AnotherCharterTest.class.getResourceAsStream("/edu/yiban/org/tree/another-university.json");
        return Charter.fromJson(json);
    }

    private SeedCampus campusUnder(Charter charter) {
        SeedCampus seed = SeedCampus.people(LedgerStore.inMemory(), charter);
        seed.foundSchoolLevel();
        seed.appointSchoolLevel();
        return seed;
    }

    @Test
    void itsStationTakesTenToFifteenStudents() {
        SeedCampus seed = campusUnder(another());

        seed.buildStation(15);

        assertThat(seed.tree.at(DAY).appointments(STATION)).hasSize(15);
        assertThatThrownBy(() -> seed.tree.appoint(Appointment.of(STATION, student(CollegeId.of("FL"), 6), Position.MEMBER, DAY)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.problem()).isEqualTo(Problem.TOO_MANY);
                    assertThat(v.en()).contains("the station has 10 to 15 students", "the charter allows 10–15");
                }));
    }

    @Test
    void aStationOfTwelveIsCompleteThereButNotUnderTheSeedsCharter() {
        SeedCampus theirs = campusUnder(another());
        theirs.buildStation(12);
        SeedCampus seeds = campusUnder(Charter.seed());
        seeds.buildStation(12);

        assertThat(theirs.tree.validate(DAY)).noneMatch(v -> v.rule().equals("station.students"));
        assertThat(seeds.tree.validate(DAY)).anySatisfy(v -> {
            assertThat(v.rule()).isEqualTo("station.students");
            assertThat(v.problem()).isEqualTo(Problem.TOO_FEW);
        });
    }

    @Test
    void itHasNoCultureStudios() {
        SeedCampus seed = campusUnder(another());
        seed.buildStation(12);

        assertThatThrownBy(() -> seed.tree.found(OrgUnit.of(OrgId.of("studio"), OrgKind.CULTURE_STUDIO, "工作室", STATION, null, DAY),
                student(CollegeId.of("EDU"), 1)))
                .isInstanceOfSatisfying(CharterException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.problem()).isEqualTo(Problem.KIND_NOT_ALLOWED);
                    assertThat(v.zh()).isEqualTo("工作室 (studio)：章程中没有“culture-studio”这类组织");
                }));
        assertThat(another().kind(OrgKind.CULTURE_STUDIO)).isEmpty();
        assertThat(Charter.seed().kind(OrgKind.CULTURE_STUDIO)).isPresent();
    }

    @Test
    void aMalformedCharterIsRefusedNamingEveryProblemByItsPath() {
        String json = """
                {"id": "broken", "name": {"zh": "坏章程", "en": ""},
                 "kinds": [{"kind": "work-station", "name": {"zh": "工作站", "en": "station"}, "parents": ["centre"],
                            "count": {"min": 3, "max": 1}, "slots": []}]}
                """;

        assertThatThrownBy(() -> Charter.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + ": " + v.en())
                        .containsExactly(
                                "kinds[0].count: the least (3) must not exceed the most (1)"));
    }

    @Test
    void aNegativeCountIsRefusedInJsonAndInCode() {
        String json = """
                {"id": "negative", "name": {"zh": "章程", "en": "charter"},
                 "kinds": [{"kind": "work-station", "name": {"zh": "工作站", "en": "station"}, "parents": [],
                            "count": {"min": -1, "max": 1}, "slots": []}]}
                """;

        assertThatThrownBy(() -> Charter.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + ": " + v.en() + " / " + v.zh())
                        .containsExactly("kinds[0].count.min: a count cannot be negative (-1) / 数量不能为负（-1）"));
        assertThatThrownBy(() -> Bound.exactly(-1)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("min"));
        assertThatThrownBy(() -> new Bound(0, -2)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path()).containsExactly("max"));
    }

    @Test
    void aCharterNamingAParentKindItDoesNotDeclareIsRefused() {
        String json = """
                {"id": "orphan", "name": {"zh": "章程", "en": "charter"},
                 "kinds": [{"kind": "work-station", "name": {"zh": "工作站", "en": "station"}, "parents": ["development-centre"],
                            "count": {"min": 1, "max": 1}, "slots": []}]}
                """;

        assertThatThrownBy(() -> Charter.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.path()).isEqualTo("kinds[0].parents");
                    assertThat(v.zh()).isEqualTo("组织类型 work-station 的上级类型 development-centre 未在章程中声明");
                }));
    }
}

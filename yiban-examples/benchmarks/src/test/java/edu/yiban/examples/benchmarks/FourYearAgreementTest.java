package edu.yiban.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.sdk.Yiban;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three evaluations of {@link FourYearCampusBenchmark} — the hand-written loop, DuckDB and the library — agree on
 * every student's total, place in class, award level and band in each of the 8 terms 2022-2023-1 … 2025-2026-2, on a
 * campus of 300 students (6 colleges of 50: a class of 40 and a class of 10 each), the loop-exact rules for each of the
 * four years and {@code four-year-awards.json} (一等 5% of a class rounded down, at least 1; 二等 10% half up; 三等 15%
 * half up, ties at its last place all receiving it).
 */
class FourYearAgreementTest {
    private static Yiban yiban;
    private static ArchiveColumns columns;
    private static ShareAwards shares;
    private static List<TermId> terms;
    private static List<TermStandings> byLoop;
    private static List<TermStandings> byDuckDb;
    private static List<FourYearCampusBenchmark.Evaluated> library;
    private static List<TermStandings> byLibrary;

    @BeforeAll
    static void evaluateSmallCampusForFourYears() throws Exception {
        AwardPolicy policy = FourYearCampusBenchmark.awardPolicy();
        shares = ShareAwards.of(policy);
        yiban = Yiban.builder().clock(Clock.fixed(Instant.parse("2026-07-20T10:00:00Z"), ZoneOffset.UTC))
                .rules(FourYearCampusBenchmark.fourYearRules()).build();
        SyntheticCampus campus = SyntheticCampus.enrol(yiban.campus(), yiban.archives(), 300, FourYearCampusBenchmark.YEARS);
        terms = campus.terms();
        FourYearCampusBenchmark.recordAllTerms(campus);
        columns = yiban.archives().columns();
        List<TermColumns> snapshots = columns.snapshot(terms);
        LoopEvaluation loop = new LoopEvaluation(columns, snapshots, campus::classOf);
        byLoop = snapshots.stream().map(t -> loop.evaluate(t, shares)).toList();
        try (DuckDbTermsEvaluation duckDb = new DuckDbTermsEvaluation(columns, snapshots, campus::classOf, shares)) {
            byDuckDb = duckDb.evaluate();
        }
        library = terms.stream().map(term -> {
            var results = yiban.evaluateStudents(term).results();
            return new FourYearCampusBenchmark.Evaluated(term, results, results.ranks(Grouping.CLASS),
                    results.awards(policy));
        }).toList();
        byLibrary = FourYearCampusBenchmark.libraryStandings(library, columns, shares);
    }

    @AfterAll
    static void close() {
        yiban.close();
    }

    @Test
    void theCampusStudiesThroughEightTermsOfFourYears() {
        assertThat(terms).extracting(TermId::toString).containsExactly("2022-2023-1", "2022-2023-2", "2023-2024-1", "2023-2024-2",
                "2024-2025-1", "2024-2025-2", "2025-2026-1", "2025-2026-2");
        // every term evaluates all 300 students, each year with its own rule set's version
        assertThat(library).allSatisfy(e -> assertThat(e.results().results()).hasSize(300));
        assertThat(library).extracting(e -> e.results().ruleSetVersion()).containsExactly("2022-2023.bench", "2022-2023.bench",
                "2023-2024.bench", "2023-2024.bench", "2024-2025.bench", "2024-2025.bench", "2025-2026.bench", "2025-2026.bench");
    }

    @Test
    void theLoopAndTheLibraryGiveEveryStudentTheSameTotalPlaceAwardAndBandInEveryTerm() {
        for (int t = 0; t < terms.size(); t++) {
            assertThat(byLibrary.get(t).scores().totals()).as("totals in %s", terms.get(t)).containsExactly(byLoop.get(t).scores().totals());
            assertThat(byLibrary.get(t).scores().ranks()).as("ranks in %s", terms.get(t)).containsExactly(byLoop.get(t).scores().ranks());
            assertThat(byLibrary.get(t).awards()).as("awards in %s", terms.get(t)).containsExactly(byLoop.get(t).awards());
            assertThat(byLibrary.get(t).bands()).as("bands in %s", terms.get(t)).containsExactly(byLoop.get(t).bands());
        }
    }

    @Test
    void theLoopAndDuckDbGiveEveryStudentTheSameTotalPlaceAwardAndBandInEveryTerm() {
        for (int t = 0; t < terms.size(); t++) {
            assertThat(byDuckDb.get(t).scores().totals()).as("totals in %s", terms.get(t)).containsExactly(byLoop.get(t).scores().totals());
            assertThat(byDuckDb.get(t).scores().ranks()).as("ranks in %s", terms.get(t)).containsExactly(byLoop.get(t).scores().ranks());
            assertThat(byDuckDb.get(t).awards()).as("awards in %s", terms.get(t)).containsExactly(byLoop.get(t).awards());
            assertThat(byDuckDb.get(t).bands()).as("bands in %s", terms.get(t)).containsExactly(byLoop.get(t).bands());
        }
    }

    @Test
    void quotasOfAClassOfFortyAndOfTen() {
        // 40: 一等 0.05 × 40 = 2.00 → 2; 二等 0.10 × 40 = 4.0 → 4; 三等 0.15 × 40 = 6.00 → 6
        assertThat(new int[] {shares.quota(0, 40), shares.quota(1, 40), shares.quota(2, 40)}).containsExactly(2, 4, 6);
        // 10: 一等 0.5 rounded down is 0, at least 1 → 1; 二等 1.0 → 1; 三等 1.5 half up → 2
        assertThat(new int[] {shares.quota(0, 10), shares.quota(1, 10), shares.quota(2, 10)}).containsExactly(1, 1, 2);
        // the library's quotas in the first term's class C122002 (the 10 of college 1): the same arithmetic
        AwardOutcome first = library.get(0).awards();
        assertThat(List.of("first-class", "second-class", "third-class"))
                .extracting(code -> first.quota(code, "C122002").orElseThrow().quota()).containsExactly(1, 1, 2);
    }

    @Test
    void everyTermGivesEveryLevelAndTiesAtTheThirdClassBoundaryGoBeyondItsQuota() {
        // 12 classes (6 of 40, 6 of 10): 6 × 2 + 6 × 1 = 18 first-class, 6 × 4 + 6 × 1 = 30 second-class, at least
        // 6 × 6 + 6 × 2 = 48 third-class, more when totals tie at its last place
        for (TermStandings term : byLoop) {
            assertThat(term.received(1)).as("first-class in %s", term.term()).isEqualTo(18);
            assertThat(term.received(2)).as("second-class in %s", term.term()).isEqualTo(30);
            assertThat(term.received(3)).as("third-class in %s", term.term()).isGreaterThanOrEqualTo(48);
        }
        int beyond = library.stream().flatMap(e -> e.awards().quotas().stream()).mapToInt(AwardOutcome.Quota::exceededBy).sum();
        int thirdClassGiven = byLoop.stream().mapToInt(t -> t.received(3)).sum();
        assertThat(beyond).isPositive().isEqualTo(thirdClassGiven - 8 * 48);
    }

    @Test
    void aTermAndStudentOnWhomTheyDifferAreNamed() {
        TermStandings term = byLoop.get(5);
        byte[] awards = term.awards().clone();
        awards[7] = (byte) (awards[7] == 0 ? 1 : 0);
        TermStandings off = new TermStandings(term.term(), term.scores(), awards, term.bands());
        List<TermStandings> others = new ArrayList<>(byLoop);
        others.set(5, off);
        assertThatThrownBy(() -> TermStandings.requireAgreement("the loop", byLoop, "DuckDB", others, columns, shares))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("2024-2025-2 " + columns.student(7).value() + ": the loop gives total");
    }

    @Test
    void aPolicyTheBaselinesDoNotReplicateIsRefused() {
        // the bundled example shares its first awards over a cohort and a major, and gates its third
        assertThatThrownBy(() -> ShareAwards.of(AwardPolicy.example()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a plain share of a class");
    }
}

package edu.yiban.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.sdk.Yiban;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three evaluations of {@link CampusEvaluationBenchmark} — the hand-written loop, DuckDB and the library —
 * agree on every student's total and place in class, on a campus of 480 students (6 colleges of 2 classes of 40) and the
 * loop-exact rules ({@code loop-exact-2022.json}: parts, points tables and per-term caps only; the seed preset's
 * GPA formula, trimmed mean and the rest are left out because a loop cannot reproduce them exactly).
 */
class CampusEvaluationAgreementTest {
    private static Yiban yiban;
    private static ArchiveColumns columns;
    private static CampusScores byLoop;
    private static CampusScores byDuckDb;
    private static CampusScores byLibrary;

    @BeforeAll
    static void evaluateSmallCampus() throws Exception {
        yiban = Yiban.builder().clock(Clock.fixed(Instant.parse("2023-01-20T10:00:00Z"), ZoneOffset.UTC))
                .rules(RuleSets.of(CampusEvaluationBenchmark.loopExactRules())).build();
        SyntheticCampus campus = SyntheticCampus.enrol(yiban.campus(), yiban.archives(), 480, 1);
        campus.recordRealisticTerm(CampusEvaluationBenchmark.TERM, 20220609L);
        columns = yiban.archives().columns();
        byLoop = new LoopEvaluation(columns, columns.term(CampusEvaluationBenchmark.TERM), campus::classOf)
                .evaluate(columns.term(CampusEvaluationBenchmark.TERM));
        try (DuckDbEvaluation duckDb = new DuckDbEvaluation(columns, columns.term(CampusEvaluationBenchmark.TERM), campus::classOf)) {
            byDuckDb = duckDb.evaluate();
        }
        var results = yiban.evaluateStudents(CampusEvaluationBenchmark.TERM).results();
        byLibrary = CampusEvaluationBenchmark.libraryScores(
                new CampusEvaluationBenchmark.Evaluated(results, results.ranks(edu.yiban.scoring.student.Grouping.CLASS)), columns);
    }

    @AfterAll
    static void close() {
        yiban.close();
    }

    @Test
    void theLoopAndTheLibraryGiveEveryStudentTheSameTotalAndPlace() {
        assertThat(byLoop.totals()).containsExactly(byLibrary.totals());
        assertThat(byLoop.ranks()).containsExactly(byLibrary.ranks());
    }

    @Test
    void theLoopAndDuckDbGiveEveryStudentTheSameTotalAndPlace() {
        assertThat(byLoop.totals()).containsExactly(byDuckDb.totals());
        assertThat(byLoop.ranks()).containsExactly(byDuckDb.ranks());
    }

    @Test
    void theCampusIsNotTrivial() {
        // 480 students in 12 classes of 40: every place 1..40 is taken twelve times, and totals differ
        assertThat(byLoop.totals()).hasSize(480);
        assertThat(Arrays.stream(byLoop.ranks()).filter(r -> r == 1).count()).isEqualTo(12);
        assertThat(Arrays.stream(byLoop.ranks()).max().orElseThrow()).isEqualTo(40);
        assertThat(Arrays.stream(byLoop.totals()).distinct().count()).isGreaterThan(20);
    }

    @Test
    void aStudentOnWhomTheyDifferIsNamed() {
        int[] totals = byLoop.totals().clone();
        totals[3] += 1;
        CampusScores off = new CampusScores(totals, byLoop.ranks());
        assertThatThrownBy(() -> byLoop.requireAgreement("the loop", "DuckDB", off, columns))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(columns.student(3).value() + ": the loop gives total");
    }
}

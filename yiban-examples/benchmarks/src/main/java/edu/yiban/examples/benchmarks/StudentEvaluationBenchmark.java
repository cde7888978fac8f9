package edu.yiban.examples.benchmarks;

import edu.yiban.core.id.TermId;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.EvaluationReport;
import edu.yiban.sdk.Yiban;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The students' comprehensive evaluation (学生综合测评) of one term for a whole campus: the example rules of
 * 2022-2023 and the default indicator system over about 25 archive entries per student (grades, volunteer
 * hours, a fitness test, peer ratings, activities, now and then a prize, an honour, a post or a sanction),
 * through the runtime as an app calls it. The campus is built once per trial, in memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class StudentEvaluationBenchmark {
    private static final TermId TERM = TermId.parse("2022-2023-1");

    /** Students on the campus. */
    @Param({"12000"})
    public int students;

    private Yiban yiban;
    private StudentResults results;

    /** Enrols the campus and records one term of its archives. */
    @Setup(Level.Trial)
    public void buildCampus() {
        yiban = Yiban.builder().clock(Clock.fixed(Instant.parse("2023-01-20T10:00:00Z"), ZoneOffset.UTC)).build();
        SyntheticCampus campus = SyntheticCampus.enrol(yiban.campus(), yiban.archives(), students, 1);
        long entries = campus.recordRealisticTerm(TERM, 20220609L);
        results = yiban.evaluateStudents(TERM).results();
        System.out.printf("%n[setup] %d students, %d archive entries in %s, %d results%n", students, entries, TERM, results.results().size());
    }

    /** Closes the runtime. */
    @TearDown(Level.Trial)
    public void close() {
        yiban.close();
    }

    /** Evaluates every student of the term: raw values from the compact columns, the system, explanations. */
    @Benchmark
    public EvaluationReport evaluateTerm() {
        return yiban.evaluateStudents(TERM);
    }

    /** Ranks the term's results within every class (from results computed in the set-up). */
    @Benchmark
    public Object ranksByClass() {
        return results.ranks(Grouping.CLASS);
    }
}

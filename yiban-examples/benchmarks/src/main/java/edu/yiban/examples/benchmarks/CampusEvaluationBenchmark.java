package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.student.StudentEvaluation;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.Yiban;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
 * The students' comprehensive evaluation (学生综合测评) of a whole campus for one term — every student's total and
 * place in class — with its baselines in the same run (issue 11, point 5). The campus is the one of
 * {@link StudentEvaluationBenchmark}: about 25 realistic archive entries per student in 2022-2023-1, recorded through
 * the public API once per trial. {@code students} 7,500 is 1×; 15,000 and 30,000 (a real campus) are 2× and 4×.
 *
 * <ul>
 *   <li>{@link #loop}: the hand-written pass over the term's primitive columns ({@link LoopEvaluation});</li>
 *   <li>{@link #duckDb}: the same arithmetic as one SQL query over the same rows in DuckDB ({@link DuckDbEvaluation});</li>
 *   <li>{@link #library}: {@link Yiban#evaluateStudents} with {@code loop-exact-2022.json} and
 *       {@link StudentResults#ranks} by class — what an app calls;</li>
 *   <li>{@link #libraryPreset}: the same with {@link RuleSet#example2022()}, the seed preset (GPA formula, volunteer
 *       bands, trimmed peer-rating mean, team shares, highest-only, vetoes, gates). No baseline computes it; it says
 *       what the parts the loop leaves out cost.</li>
 * </ul>
 *
 * <p>Before any timing the set-up checks that the loop, DuckDB and the library give every student the same total and
 * place (and throws, naming the first student who differs, when they do not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class CampusEvaluationBenchmark {
    static final TermId TERM = TermId.parse("2022-2023-1");
    static final String LOOP_EXACT_RULES = "/edu/yiban/examples/benchmarks/loop-exact-2022.json";

    /** Students on the campus: 7,500 is 1×. */
    @Param({"7500", "15000", "30000"})
    public int students;

    private Yiban yiban;
    private StudentEvaluation preset;
    private ArchiveColumns columns;
    private LoopEvaluation loop;
    private DuckDbEvaluation duckDb;

    /** The rule set the baselines reproduce exactly. */
    static RuleSet loopExactRules() {
        return YibanJson.resource(CampusEvaluationBenchmark.class.getResourceAsStream(LOOP_EXACT_RULES), LOOP_EXACT_RULES, RuleSet::fromJson);
    }

    /** Enrols the campus, records one term, loads DuckDB, and checks that the three evaluations agree. */
    @Setup(Level.Trial)
    public void buildCampus() throws SQLException {
        yiban = Yiban.builder().clock(Clock.fixed(Instant.parse("2023-01-20T10:00:00Z"), ZoneOffset.UTC))
                .rules(RuleSets.of(loopExactRules())).build();
        SyntheticCampus campus = SyntheticCampus.enrol(yiban.campus(), yiban.archives(), students, 1);
        long entries = campus.recordRealisticTerm(TERM, 20220609L);
        preset = StudentEvaluation.builder(yiban.core()).rules(RuleSets.of(RuleSet.example2022())).build();
        columns = yiban.archives().columns();
        loop = new LoopEvaluation(columns, columns.term(TERM), campus::classOf);
        duckDb = new DuckDbEvaluation(columns, columns.term(TERM), campus::classOf);
        CampusScores byLoop = loop();
        byLoop.requireAgreement("the loop", "DuckDB", duckDb(), columns);
        byLoop.requireAgreement("the loop", "the library", libraryScores(library(), columns), columns);
        System.out.printf("%n[setup] %d students, %d archive entries in %s; the loop, DuckDB and the library agree on every total and place%n",
                students, entries, TERM);
    }

    /** Closes DuckDB and the runtime. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        duckDb.close();
        yiban.close();
    }

    /** The hand-written loop over the term's primitive columns (the snapshot included). */
    @Benchmark
    public CampusScores loop() {
        return loop.evaluate(columns.term(TERM));
    }

    /** The same arithmetic as SQL in DuckDB, read back over JDBC. */
    @Benchmark
    public CampusScores duckDb() throws SQLException {
        return duckDb.evaluate();
    }

    /** The library with the loop-exact rules: every student's result, then ranks by class. */
    @Benchmark
    public Evaluated library() {
        StudentResults results = yiban.evaluateStudents(TERM).results();
        return new Evaluated(results, results.ranks(Grouping.CLASS));
    }

    /** The library with the seed preset {@link RuleSet#example2022()}: every student's result, then ranks by class. */
    @Benchmark
    public Evaluated libraryPreset() {
        StudentResults results = preset.evaluate(TERM);
        return new Evaluated(results, results.ranks(Grouping.CLASS));
    }

    /** A library evaluation's results and places. */
    public record Evaluated(StudentResults results, List<Ranked> ranks) {
    }

    /** The library's totals (in hundredths) and places, by the archives' student index. */
    static CampusScores libraryScores(Evaluated evaluated, ArchiveColumns columns) {
        int n = columns.studentCount();
        int[] totals = new int[n];
        int[] ranks = new int[n];
        for (StudentResult r : evaluated.results().results()) {
            totals[index(columns, r.student())] = r.total().movePointRight(2).intValueExact();
        }
        for (Ranked r : evaluated.ranks()) {
            ranks[index(columns, StudentNo.of(r.subject()))] = r.rank();
        }
        return new CampusScores(totals, ranks);
    }

    private static int index(ArchiveColumns columns, StudentNo student) {
        return columns.indexOf(student).orElseThrow(() -> new IllegalStateException(student.value() + " has no archive rows"));
    }
}

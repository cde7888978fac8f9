package edu.yiban.examples.benchmarks;

import edu.yiban.core.archive.ArchiveColumns;
import edu.yiban.core.archive.TermColumns;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.RuleSets;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.Yiban;
import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * A campus's four years (issue 11, point 5: "{@code evaluateStudents}, all 8 terms with ranks and awards"): the students'
 * comprehensive evaluation (学生综合测评) of each of the 8 terms 2022-2023-1 … 2025-2026-2 — every student's total, place in
 * class and award level (一等/二等/三等奖学金 by shares of the class, {@code four-year-awards.json}) and band — with its
 * baselines in the same run.
 *
 * <p>The campus is {@link SyntheticCampus}'s: {@code students} of the 2022 cohort in 40-student classes, studying through
 * all 8 terms, each term recorded with {@link SyntheticCampus#recordRealisticTerm} (about 17.4 entries a student, a
 * seed per term) through the public API, in memory, once per trial. 7,500 students is 1× (about 1.05 million entries);
 * 15,000 and 30,000 (a real campus, about 4.2 million) are 2× and 4×. The rules are {@code loop-exact-2022.json} for
 * every academic year: the 2022-2023 set and the same set {@linkplain RuleSet#forYear for} 2023-2024, 2024-2025 and
 * 2025-2026 under their own versions, in one {@link RuleSets}.
 *
 * <ul>
 *   <li>{@link #loop}: the 8 terms' columns snapshotted, then the hand-written pass of {@link LoopEvaluation} over each,
 *       awards and bands given down each class's sorted keys;</li>
 *   <li>{@link #duckDb}: one SQL query over all 8 terms' rows in DuckDB ({@link DuckDbTermsEvaluation}), awards by window
 *       functions, read back over JDBC;</li>
 *   <li>{@link #library}: for each term {@link Yiban#evaluateStudents}, then {@link StudentResults#ranks} by class and
 *       {@link StudentResults#awards} with the policy — what an app calls.</li>
 * </ul>
 *
 * <p>Before any timing the set-up checks that the loop, DuckDB and the library give every student of every term the same
 * total, place, award and band (and throws, naming the first term and student that differ). It prints how long the
 * recording took, how many entries, and the heap they hold. The fork takes a 12 GB heap, touched up front: the
 * in-memory archives and ledger hold about 470 bytes an archive entry (2 GB at 4×), and the library allocates about 420 MB
 * per term evaluated at 1× (some 1.7 GB at 4×).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
public class FourYearCampusBenchmark {
    static final String AWARDS = "/edu/yiban/examples/benchmarks/four-year-awards.json";
    /** The academic years of the 2022 cohort's study. */
    static final int YEARS = 4;

    /** Students on the campus: 7,500 is 1×. */
    @Param({"7500", "15000", "30000"})
    public int students;

    private Yiban yiban;
    private AwardPolicy policy;
    private ShareAwards shares;
    private List<TermId> terms;
    private ArchiveColumns columns;
    private LoopEvaluation loop;
    private DuckDbTermsEvaluation duckDb;

    /**
     * The rules of the four academic years 2022-2023 … 2025-2026: {@code loop-exact-2022.json}, and the same set for each
     * following year under the version {@code <year>.bench}.
     */
    static RuleSets fourYearRules() {
        RuleSet first = CampusEvaluationBenchmark.loopExactRules();
        List<RuleSet> sets = new ArrayList<>(YEARS);
        sets.add(first);
        for (int y = 1; y < YEARS; y++) {
            AcademicYear year = AcademicYear.of(first.year().startYear() + y);
            sets.add(first.forYear(year, year + ".bench"));
        }
        return RuleSets.of(sets);
    }

    /** The award policy all three give: {@code four-year-awards.json}, read and checked by the library. */
    static AwardPolicy awardPolicy() {
        return YibanJson.resource(FourYearCampusBenchmark.class.getResourceAsStream(AWARDS), AWARDS, AwardPolicy::fromJson);
    }

    /** Records a realistic term for every student in each of {@code campus}'s terms, a seed per term. Returns the entries. */
    static long recordAllTerms(SyntheticCampus campus) {
        return campus.recordRealisticTerms(campus.terms().size());
    }

    /** Enrols the campus, records its 8 terms, loads DuckDB, and checks that the three evaluations agree. */
    @Setup(Level.Trial)
    public void buildCampus() throws SQLException {
        policy = awardPolicy();
        shares = ShareAwards.of(policy);
        yiban = Yiban.builder().clock(Clock.fixed(Instant.parse("2026-07-20T10:00:00Z"), ZoneOffset.UTC)).rules(fourYearRules()).build();
        SyntheticCampus campus = SyntheticCampus.enrol(yiban.campus(), yiban.archives(), students, YEARS);
        terms = campus.terms();
        long started = System.nanoTime();
        long entries = recordAllTerms(campus);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("%n[setup] %d students × %d terms: %,d archive entries recorded in %.1f s (%,.0f entries/s); "
                + "heap in use after a GC %,d MB (%,d bytes an entry)%n", students, terms.size(), entries, seconds, entries / seconds,
                heap >> 20, heap / Math.max(1, entries));

        columns = yiban.archives().columns();
        List<TermColumns> snapshots = columns.snapshot(terms);
        loop = new LoopEvaluation(columns, snapshots, campus::classOf);
        duckDb = new DuckDbTermsEvaluation(columns, snapshots, campus::classOf, shares);
        List<TermStandings> byLoop = loop();
        TermStandings.requireAgreement("the loop", byLoop, "DuckDB", duckDb(), columns, shares);
        List<Evaluated> library = library();
        TermStandings.requireAgreement("the loop", byLoop, "the library", libraryStandings(library, columns, shares), columns, shares);
        int[] received = new int[shares.levels() + 1];
        for (TermStandings term : byLoop) {
            for (int level = 0; level <= shares.levels(); level++) {
                received[level] += term.received(level);
            }
        }
        int beyond = library.stream().flatMap(e -> e.awards().quotas().stream()).mapToInt(AwardOutcome.Quota::exceededBy).sum();
        StringBuilder given = new StringBuilder();
        for (int level = 1; level <= shares.levels(); level++) {
            given.append(String.format("%s %,d, ", shares.code(level), received[level]));
        }
        System.out.printf("[setup] the loop, DuckDB and the library agree on every total, place, award and band in all %d terms "
                + "(awards over the terms: %s%,d places beyond a quota by ties)%n", terms.size(), given, beyond);
    }

    /** Closes DuckDB and the runtime. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        duckDb.close();
        yiban.close();
    }

    /** The hand-written loop: the 8 terms' primitive columns (snapshots included), totals, places, awards and bands. */
    @Benchmark
    public List<TermStandings> loop() {
        List<TermStandings> out = new ArrayList<>(terms.size());
        for (TermColumns t : columns.snapshot(terms)) {
            out.add(loop.evaluate(t, shares));
        }
        return out;
    }

    /** The same arithmetic as one SQL query over the 8 terms in DuckDB, read back over JDBC. */
    @Benchmark
    public List<TermStandings> duckDb() throws SQLException {
        return duckDb.evaluate();
    }

    /** The library, term by term: every student's result, ranks by class, awards and bands by the policy. */
    @Benchmark
    public List<Evaluated> library() {
        List<Evaluated> out = new ArrayList<>(terms.size());
        for (TermId term : terms) {
            StudentResults results = yiban.evaluateStudents(term).results();
            out.add(new Evaluated(term, results, results.ranks(Grouping.CLASS), results.awards(policy)));
        }
        return out;
    }

    /**
     * A term as the library evaluated it: its results, places in class, and awards.
     *
     * @param term    the term
     * @param results every student's result
     * @param ranks   every student's place in class
     * @param awards  the awards and bands of the policy
     */
    public record Evaluated(TermId term, StudentResults results, List<Ranked> ranks, AwardOutcome awards) {
    }

    /** The library's totals, places, award levels and bands, by the archives' student index, term by term. */
    static List<TermStandings> libraryStandings(List<Evaluated> evaluated, ArchiveColumns columns, ShareAwards shares) {
        List<TermStandings> out = new ArrayList<>(evaluated.size());
        for (Evaluated e : evaluated) {
            CampusScores scores = CampusEvaluationBenchmark.libraryScores(new CampusEvaluationBenchmark.Evaluated(e.results(), e.ranks()), columns);
            int n = columns.studentCount();
            byte[] awards = new byte[n];
            byte[] bands = new byte[n];
            for (AwardOutcome.Standing standing : e.awards().standings()) {
                int s = index(columns, standing.student());
                if (standing.awards().size() > 1) {
                    throw new IllegalStateException(e.term() + " " + standing.student().value() + " holds " + standing.awards()
                            + " under a policy of one award each");
                }
                awards[s] = (byte) (standing.awards().isEmpty() ? 0 : shares.level(standing.awards().get(0)));
                bands[s] = (byte) shares.bandOf(standing.band());
            }
            out.add(new TermStandings(e.term(), scores, awards, bands));
        }
        return out;
    }

    private static int index(ArchiveColumns columns, StudentNo student) {
        return columns.indexOf(student).orElseThrow(() -> new IllegalStateException(student.value() + " has no archive rows"));
    }
}

package edu.yiban.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every benchmark of the module runs once, in this JVM, on a tiny campus, so that none rots between measurements:
 * JMH's runner with no fork, no warm-up and one single-shot iteration, and small parameters.
 */
class BenchmarksRunOnceTest {

    @Test
    void everyBenchmarkRunsOnceOnATinyCampus() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("edu\\.yiban\\.examples\\.benchmarks\\..*")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .mode(Mode.SingleShotTime)
                .param("students", "120")
                .param("entries", "2000")
                .param("batch", "1")
                .verbosity(VerboseMode.SILENT)
                .build()).run();

        Set<String> ran = new TreeSet<>();
        results.forEach(r -> ran.add(r.getParams().getBenchmark().replace("edu.yiban.examples.benchmarks.", "")));
        assertThat(ran).containsExactlyInAnyOrder(
                "ArchiveColumnsBenchmark.allTerms", "ArchiveColumnsBenchmark.oneTerm", "ArchiveColumnsBenchmark.oneTermShuffled",
                "ArchiveColumnsBenchmark.snapshot",
                "CampusEvaluationBenchmark.loop", "CampusEvaluationBenchmark.duckDb", "CampusEvaluationBenchmark.library",
                "CampusEvaluationBenchmark.libraryPreset",
                "ColdStartBenchmark.fromSnapshot", "ColdStartBenchmark.replay", "ColdStartBenchmark.readSnapshotBytes",
                "FourYearCampusBenchmark.loop", "FourYearCampusBenchmark.duckDb", "FourYearCampusBenchmark.library",
                "IngestBenchmark.library", "IngestBenchmark.rawAppendAndChain", "IngestBenchmark.rawChainOnly",
                "JdbcStoreBenchmark.append", "JdbcStoreBenchmark.rawBatchInsert",
                "LedgerBenchmark.appendBatch", "LedgerBenchmark.verifyAll", "LedgerBenchmark.verifyOneStream",
                "StudentEvaluationBenchmark.evaluateTerm", "StudentEvaluationBenchmark.ranksByClass");
    }
}

package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The same --seed gives the same bytes; another seed gives another campus. */
class DemoDeterminismTest {
    private final DemoRuns runs = DemoRuns.get();

    @Test
    void theSameSeedGivesTheSameBytesInEvaluationAndCollegesJson() throws IOException {
        for (String file : new String[] {Outputs.EVALUATION, Outputs.COLLEGES, Outputs.BUDGET, DemoPlugins.OUTBOX}) {
            byte[] first = Files.readAllBytes(runs.first.resolve(file));
            byte[] second = Files.readAllBytes(runs.second.resolve(file));
            assertThat(first).as(file).isNotEmpty();
            assertThat(second).as(file + " of the second run").isEqualTo(first);
        }
    }

    @Test
    void anotherSeedGivesOtherResults() throws IOException {
        assertThat(Files.readAllBytes(runs.other.resolve(Outputs.EVALUATION)))
                .isNotEqualTo(Files.readAllBytes(runs.first.resolve(Outputs.EVALUATION)));
        assertThat(Files.readAllBytes(runs.other.resolve(Outputs.COLLEGES)))
                .isNotEqualTo(Files.readAllBytes(runs.first.resolve(Outputs.COLLEGES)));
    }

    @Test
    void theDemoWritesEveryFileItPromises() {
        for (String file : new String[] {Outputs.REPORT, Outputs.EVALUATION, Outputs.COLLEGES, Outputs.BUDGET, Outputs.DOT, Outputs.MERMAID}) {
            assertThat(runs.first.resolve(file)).as(file).isRegularFile().isNotEmptyFile();
        }
    }

    @Test
    void theSummaryTellsThatEveryChainVerifiedAndWhatTheExamplePluginsFoundThroughServiceLoaderDid() {
        assertThat(runs.firstRun.out())
                .contains("every hash chain verified")
                .contains("Plugins found through ServiceLoader: 2")
                .containsPattern("sanction-notifier 1\\.0\\.0 from \\S*sanction-notifier")
                .containsPattern("volunteer-hours 1\\.0\\.0 from \\S*volunteer-hours")
                .containsPattern("volunteer-hours: [1-9][0-9,]* students given the volunteer bonus")
                .containsPattern("sanction-notifier: [1-9][0-9,]* notices to counsellors in counsellor-outbox.jsonl")
                .contains("charter violations")
                .contains("Demonstration centres:");
        assertThat(runs.firstRun.err()).isEmpty();
    }
}

package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A saved campus replays into the same state: evaluate, budget and org-chart on it give the very files
 * the demo wrote.
 */
class SavedCampusCommandsTest {
    private final DemoRuns runs = DemoRuns.get();

    @Test
    void aSavedCampusKeepsEachRoundsResultsInBoundedPagesAndVerifies() {
        SavedCampus.Contents contents = SavedCampus.load(runs.saved, Locale.ENGLISH);
        Map<String, Long> pages = contents.records().stream().filter(r -> r.type().equals("round.results-page"))
                .collect(Collectors.groupingBy(r -> r.stream().value(), TreeMap::new, Collectors.counting()));

        // the 600 students' round needs several pages of at most 100 subjects; the colleges' round one
        assertThat(pages).hasSize(2).allSatisfy((stream, count) -> assertThat(count).isPositive());
        assertThat(pages.values()).anySatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(6));
        assertThat(contents.records()).allSatisfy(r -> assertThat(r.payloadLength()).as(r.type()).isLessThan(1 << 20));
        Run run = Run.en("verify", runs.saved.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void evaluatingASavedCampusGivesTheDemosBytes() throws IOException {
        Path out = runs.root.resolve("evaluated");
        Run run = Run.en("evaluate", runs.saved.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve(Outputs.EVALUATION))).isEqualTo(Files.readAllBytes(runs.first.resolve(Outputs.EVALUATION)));
        assertThat(Files.readAllBytes(out.resolve(Outputs.COLLEGES))).isEqualTo(Files.readAllBytes(runs.first.resolve(Outputs.COLLEGES)));
        assertThat(run.out()).contains("students evaluated").contains("Demonstration centres:");
    }

    @Test
    void theBudgetOfASavedCampusGivesTheDemosBudgetJsonAndAWhatIf() throws IOException {
        Path out = runs.root.resolve("budgeted");
        Run run = Run.en("budget", runs.saved.toString(), "--out", out.toString(), "--what-if", "equal-share", "--amount", "100000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve(Outputs.BUDGET))).isEqualTo(Files.readAllBytes(runs.first.resolve(Outputs.BUDGET)));
        // 100,000.00 in four equal shares: 25,000.00 each, to the fen
        assertThat(run.out()).contains("What if 100000.00 yuan").contains("25000.00");
    }

    @Test
    void anUnknownWhatIfStandardExitsTwoNamingTheChoices() {
        Run run = Run.en("budget", runs.saved.toString(), "--what-if", "lottery");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("lottery").contains("per-student").contains("base-plus-per-capita");
    }

    @Test
    void aBadBudgetValueExitsTwoInOneLineBeforeAnythingIsPrinted() {
        // each value the user gives is checked before the report: no half report, then an error with exit 1
        Map<String, String[]> bad = new TreeMap<>(Map.of(
                "1800", new String[] {"--year", "1800"},
                "2", new String[] {"--what-if", "base-plus-per-capita", "--base-fraction", "2"},
                "abc", new String[] {"--what-if", "equal-share", "--base-fraction", "abc"},
                "-5", new String[] {"--what-if", "equal-share", "--amount", "-5"}));
        bad.forEach((value, options) -> {
            for (boolean chinese : new boolean[] {false, true}) {
                String[] args = new String[options.length + 2];
                args[0] = "budget";
                args[1] = runs.saved.toString();
                System.arraycopy(options, 0, args, 2, options.length);
                Run run = chinese ? Run.of(MessageBundle.ZH, args) : Run.en(args);

                assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
                assertThat(run.out()).as("what budget %s printed", value).isEmpty();
                assertThat(run.errLines()).as(run.err()).hasSize(1);
                assertThat(run.err()).contains(value).doesNotContain("Exception");
                assertThat(run.err().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .as("Chinese in %s", run.err()).isEqualTo(chinese);
            }
        });
    }

    @Test
    void theOrgChartOfASavedCampusIsTheDemosChart() throws IOException {
        Run dot = Run.en("org-chart", runs.saved.toString());
        assertThat(dot.exitCode()).as(dot.err()).isZero();
        assertThat(dot.out()).isEqualTo(Files.readString(runs.first.resolve(Outputs.DOT)));

        Run mermaid = Run.en("org-chart", runs.saved.toString(), "--format", "mermaid");
        assertThat(mermaid.out()).isEqualTo(Files.readString(runs.first.resolve(Outputs.MERMAID)));
    }

    @Test
    void anUnknownTermExitsTwoNamingTheTermsThereAre() {
        Run run = Run.en("evaluate", runs.saved.toString(), "--term", "2030-2031-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("2030-2031-1").contains("2022-2023-1");
    }
}

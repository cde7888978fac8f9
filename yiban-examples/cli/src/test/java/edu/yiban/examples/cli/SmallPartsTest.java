package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pieces the commands are built from. */
class SmallPartsTest {
    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(Terminal.width("教育学院")).isEqualTo(8);
        assertThat(Terminal.width("EDU")).isEqualTo(3);
        assertThat(Terminal.pad("学院", 6)).isEqualTo("学院  ");
    }

    @Test
    void tablesLineUpMixedScripts() {
        StringWriter text = new StringWriter();
        new Table(List.of("学院", "total"), false, true).row(List.of("教育学院", "1.00")).row(List.of("FL", "10.00"))
                .print(new PrintWriter(text, true), 0);
        List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(2)).isEqualTo("教育学院   1.00");
        assertThat(lines.get(3)).isEqualTo("FL        10.00");
    }

    @Test
    void splitGivesEveryoneAndFavoursTheLargestRemainders() {
        int[] sizes = SyntheticCampus.split(10, new double[] {1, 1, 1});
        assertThat(sizes).containsExactly(4, 3, 3);
        assertThat(SyntheticCampus.split(12_000, new double[] {0.7, 1.3, 1.0, 1.1})).satisfies(s -> {
            int sum = 0;
            for (int n : s) {
                sum += n;
            }
            assertThat(sum).isEqualTo(12_000);
        });
    }

    @Test
    void derivedDiceDependOnlyOnTheSeedAndTheirName() {
        Dice a = new Dice(5).derive("EDU2201");
        Dice b = new Dice(5).derive("EDU2201");
        Dice c = new Dice(5).derive("EDU2202");
        int[] first = {a.nextInt(1000), a.nextInt(1000), a.nextInt(1000)};
        assertThat(new int[] {b.nextInt(1000), b.nextInt(1000), b.nextInt(1000)}).isEqualTo(first);
        assertThat(new int[] {c.nextInt(1000), c.nextInt(1000), c.nextInt(1000)}).isNotEqualTo(first);
    }

    @Test
    void languagesAreChineseOrEnglish() {
        assertThat(Cli.language("zh")).contains(MessageBundle.ZH);
        assertThat(Cli.language("zh_CN")).contains(MessageBundle.ZH);
        assertThat(Cli.language("en-GB")).contains(MessageBundle.EN);
        assertThat(Cli.language("fr")).isEmpty();
        assertThat(Cli.languageOf(new String[] {"demo", "--lang=zh"})).isEqualTo(MessageBundle.ZH);
        assertThat(Cli.languageOf(new String[] {"demo", "--lang", "en"})).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theProgressBarIsSilentWithoutAConsole() {
        StringWriter err = new StringWriter();
        Progress.Step step = Progress.on(new PrintWriter(err, true), false).start("x", 3);
        step.advance();
        step.done();
        assertThat(err.toString()).isEmpty();

        StringWriter live = new StringWriter();
        Progress.Step drawn = Progress.on(new PrintWriter(live, true), true).start("x", 2);
        drawn.advance();
        drawn.done();
        assertThat(live.toString()).contains("100%").endsWith("\n");
    }
}

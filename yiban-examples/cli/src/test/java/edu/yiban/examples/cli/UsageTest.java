package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.i18n.MessageBundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage exits 2 with one line naming what to fix; --help works everywhere. */
class UsageTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownOptionExitsTwoWithOneLine() {
        Run run = Run.en("demo", "--studnets", "600");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("unknown option").contains("--studnets").contains("yiban demo --help");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingFileExitsTwoNamingTheFileAndHowToMakeOne() {
        Path missing = dir.resolve("no-such-campus.json");
        for (String command : new String[] {"verify", "evaluate", "org-chart", "budget"}) {
            Run run = Run.en(command, missing.toString());

            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.errLines()).as(command).hasSize(1);
            assertThat(run.err()).contains(missing.toString()).contains("no such file").contains("yiban demo --save");
        }
    }

    @Test
    void aFileThatIsNotASavedCampusExitsTwoNamingWhere() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"yiban-campus/1\",\"clock\":\"2023-03-01T01:00:00Z\",\"records\":[{\"stream\":1}]}",
                StandardCharsets.UTF_8);
        Run run = Run.en("verify", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("record 1").contains("line 1");

        Files.writeString(bad, "not json at all", StandardCharsets.UTF_8);
        Run garbage = Run.en("verify", bad.toString());
        assertThat(garbage.exitCode()).isEqualTo(2);
        assertThat(garbage.errLines()).hasSize(1);
        assertThat(garbage.err()).contains("is not a saved campus");

        Files.writeString(bad, "{\"format\":\"something-else\",\"clock\":\"2023-03-01T01:00:00Z\",\"records\":[]}", StandardCharsets.UTF_8);
        Run other = Run.en("verify", bad.toString());
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("something-else").contains(SavedCampus.FORMAT);
    }

    @Test
    void aFolderInsteadOfAFileExitsTwo() {
        Run run = Run.en("verify", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("it is a folder");
    }

    @Test
    void aMissingParameterABadValueAndNoCommandExitTwo() {
        Run noFile = Run.en("verify");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.errLines()).hasSize(1);
        assertThat(noFile.err()).contains("missing").contains("FILE");

        Run badNumber = Run.en("demo", "--students", "many");
        assertThat(badNumber.exitCode()).isEqualTo(2);
        assertThat(badNumber.err()).contains("--students").contains("many");

        Run badLanguage = Run.en("demo", "--lang", "fr");
        assertThat(badLanguage.exitCode()).isEqualTo(2);
        assertThat(badLanguage.err()).contains("--lang").contains("fr");

        Run nothing = Run.en();
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("name a command");
    }

    @Test
    void aCampusTooSmallOrAnOutputThatIsAFileExitsTwo() throws IOException {
        Run tiny = Run.en("demo", "--students", "30", "--colleges", "4");
        assertThat(tiny.exitCode()).isEqualTo(2);
        assertThat(tiny.errLines()).hasSize(1);
        assertThat(tiny.err()).contains("--students must be from 40");

        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run out = Run.en("demo", "--students", "40", "--colleges", "1", "--out", file.toString());
        assertThat(out.exitCode()).isEqualTo(2);
        assertThat(out.err()).contains("it is a file");
    }

    @Test
    void everyCommandHasHelpInEitherLanguage() {
        for (String command : new String[] {"demo", "evaluate", "verify", "org-chart", "budget"}) {
            Run en = Run.of(MessageBundle.EN, command, "--help");
            assertThat(en.exitCode()).as(command).isZero();
            assertThat(en.out()).as(command).contains("Usage: yiban " + command).contains("--lang").contains("Exit codes");

            Run zh = Run.of(MessageBundle.ZH, command, "--help");
            assertThat(zh.exitCode()).as(command).isZero();
            assertThat(zh.out()).as(command).contains("退出码").contains("输出语言");
        }
        Run root = Run.en("--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("demo").contains("verify").contains("org-chart");
    }

    @Test
    void errorsFollowTheLanguage() {
        Run run = Run.of(MessageBundle.ZH, "verify", dir.resolve("none.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("文件不存在");
    }
}

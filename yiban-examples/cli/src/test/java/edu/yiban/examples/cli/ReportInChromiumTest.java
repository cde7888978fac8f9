package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * report.html opened in headless Chromium, offline, shows its charts: the DOM after load holds an SVG in
 * every chart container, and a screenshot is a picture with many colours. Skipped where /usr/bin/chromium
 * is missing (.ci/run installs it).
 */
class ReportInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "skipped: " + CHROMIUM + " is not installed, so report.html is not opened in a browser (apt-get install chromium)");
    }

    @Test
    void everyChartContainerHoldsARenderedSvgAfterLoad() throws Exception {
        Path page = DemoRuns.get().first.resolve(Outputs.REPORT);
        String dom = chromium("--dump-dom", page.toUri().toString());

        assertThat(dom).contains("data-charts-rendered=\"" + ReportPage.CHARTS.size() + "\"");
        for (String chart : ReportPage.CHARTS) {
            int at = dom.indexOf("id=\"" + chart + "\"");
            assertThat(at).as(chart).isPositive();
            int next = dom.indexOf("id=\"chart-", at + 1);
            String container = dom.substring(at, next < 0 ? dom.length() : next);
            assertThat(container).as(chart + " holds an svg").contains("<svg");
            assertThat(container).as(chart + " draws shapes").containsPattern("<(path|rect)");
        }
    }

    @Test
    void aScreenshotOfThePageIsAPictureNotABlank() throws Exception {
        Path page = DemoRuns.get().first.resolve(Outputs.REPORT);
        Path shot = Files.createTempDirectory("yiban-shot-").resolve("report.png");
        chromium("--screenshot=" + shot, page.toUri().toString());

        assertThat(shot).isRegularFile();
        assertThat(Files.size(shot)).isGreaterThan(50_000);
        BufferedImage image = ImageIO.read(shot.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(100);
    }

    /** Runs headless Chromium with a fresh profile and no network chatter; gives what it printed on stdout. */
    private static String chromium(String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("yiban-chromium-");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,4000", "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Path stdout = profile.resolve("stdout.txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(profile.resolve("stderr.txt").toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }
}

package edu.yiban.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html is one self-contained page: ECharts and the data inlined, nothing fetched. */
class ReportPageTest {
    private final String html = read();

    private static String read() {
        try {
            return Files.readString(DemoRuns.get().first.resolve(Outputs.REPORT), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void thePageLoadsNothingFromTheNetwork() {
        assertThat(html).doesNotContainPattern(Pattern.compile("<script[^>]+src=", Pattern.CASE_INSENSITIVE));
        assertThat(html).doesNotContainPattern(Pattern.compile("<link[^>]+href=", Pattern.CASE_INSENSITIVE));
        assertThat(html).doesNotContainPattern(Pattern.compile("<img[^>]+src=\"?https?:", Pattern.CASE_INSENSITIVE));
        assertThat(html).doesNotContainPattern(Pattern.compile("url\\(\\s*['\"]?https?:", Pattern.CASE_INSENSITIVE));
    }

    @Test
    void echartsAndTheDataAreInlinedWithAContainerForEveryChart() {
        assertThat(html).contains(ReportPage.echarts().substring(0, 200));
        assertThat(html).contains("<script type=\"application/json\" id=\"report-data\">");
        for (String chart : ReportPage.CHARTS) {
            assertThat(html).contains("id=\"" + chart + "\"");
        }
    }

    @Test
    void theHeadingsFollowTheLanguage() {
        assertThat(html).contains("<html lang=\"en\">").contains("YiBan construction report");
    }

    @Test
    void theOrganisationChartShowsNoHolderByTheirFullName() {
        // each holder reads "position: name" in the chart's tooltips; a public page shows the name masked, 张*明
        java.util.regex.Matcher tips = Pattern.compile("\"tip\":\\[([^\\]]*)\\]").matcher(html);
        java.util.List<String> holders = new java.util.ArrayList<>();
        while (tips.find()) {
            for (String item : tips.group(1).split("\",\"")) {
                if (item.contains(": ")) {
                    holders.add(item.replace("\"", ""));
                }
            }
        }
        assertThat(holders).isNotEmpty().allSatisfy(h -> assertThat(h.substring(h.lastIndexOf(": ") + 2)).contains("*"));
    }

    @Test
    void dataInsideTheScriptBlockCannotCloseIt() {
        int start = html.indexOf("id=\"report-data\">");
        int end = html.indexOf("</script>", start);
        assertThat(html.substring(start, end)).doesNotContain("<");
    }
}

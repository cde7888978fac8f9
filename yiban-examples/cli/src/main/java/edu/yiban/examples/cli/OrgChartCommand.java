package edu.yiban.examples.cli;

import edu.yiban.org.chart.OrgChart;
import edu.yiban.sdk.Yiban;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiban org-chart FILE}: the organisation chart (组织架构图) of a saved campus as it stood on a day
 * (default: the campus's clock), as Graphviz DOT, Mermaid or JSON, printed or written to a file.
 */
@Command(name = "org-chart", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class OrgChartCommand implements Callable<Integer> {
    /** The forms a chart is written in. */
    enum Format { dot, mermaid, json }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.campus")
    private Path file;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.date")
    private LocalDate date;

    @Option(names = "--format", paramLabel = "dot|mermaid|json", defaultValue = "dot", descriptionKey = "option.format")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "option.output")
    private Path output;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        SavedCampus.Contents contents = SavedCampus.load(file, locale);
        try (Yiban yiban = SavedCampus.open(contents, locale)) {
            LocalDate day = date != null ? date : contents.today();
            OrgChart chart = yiban.organisation().chart().at(day);
            String text = switch (format) {
                case dot -> chart.toDot(locale);
                case mermaid -> chart.toMermaid(locale);
                case json -> chart.toJson() + "\n";
            };
            PrintWriter out = spec.commandLine().getOut();
            if (output == null) {
                out.print(text);
            } else {
                Outputs.text(output, text);
                out.println(Cli.TEXT.render(locale, "orgChart.written", output, day));
            }
            out.flush();
            return Cli.OK;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw SavedCampus.undecodable(file, e); // a record read only now, when a projection first needs it
        }
    }
}

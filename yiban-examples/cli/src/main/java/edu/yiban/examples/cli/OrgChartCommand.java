package edu.yiban.examples.cli;

import edu.yiban.org.chart.OrgChart;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.FaultPolicy;
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
 * {@code yiban org-chart FILE|URL}: the organisation chart (组织架构图) of a saved campus or a campus in a database
 * ({@link CampusSource}) as it stood on a day (default: the campus's clock), as Graphviz DOT, Mermaid or JSON, printed
 * or written to a file.
 */
@Command(name = "org-chart", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class OrgChartCommand implements Callable<Integer> {
    /** The forms a chart is written in. */
    enum Format { dot, mermaid, json }

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE|URL", descriptionKey = "param.campus")
    private String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.date")
    private LocalDate date;

    @Option(names = "--format", paramLabel = "dot|mermaid|json", defaultValue = "dot", descriptionKey = "option.format")
    private Format format;

    @Option(names = "--output", paramLabel = "FILE", descriptionKey = "option.output")
    private Path output;

    @Mixin
    private DatabaseLogin login;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        try (CampusSource campus = CampusSource.open(source, login, locale)) {
            return chart(campus, locale);
        }
    }

    private int chart(CampusSource campus, Locale locale) {
        try (Yiban yiban = campus.runtime(locale, FaultPolicy.FAIL)) {
            LocalDate day = date != null ? date : campus.today();
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
            throw campus.undecodable(e); // a record read only now, when a projection first needs it
        }
    }
}

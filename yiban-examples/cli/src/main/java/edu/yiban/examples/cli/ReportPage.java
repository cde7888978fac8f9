package edu.yiban.examples.cli;

import edu.yiban.core.privacy.Masking;
import edu.yiban.core.privacy.NameMasking;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.ledger.VerificationReport;
import edu.yiban.org.budget.Allocation;
import edu.yiban.org.budget.CollegeShare;
import edu.yiban.org.budget.Money;
import edu.yiban.org.chart.OrgChart;
import edu.yiban.scoring.college.CollegeReport;
import edu.yiban.scoring.college.CollegeResult;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.round.Round;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.plugin.PluginInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code report.html}: one self-contained page that opens offline — Apache ECharts (read from its webjar)
 * and the data are inlined, nothing is fetched. It shows the colleges' ranking and their five indicators,
 * the distribution of the students' totals overall and by college, the organisation chart, the budget's
 * allocation to the colleges, the evaluation rounds and the ledger's verification. Charts are drawn with
 * ECharts' SVG renderer; when they are drawn the page's body carries {@code data-charts-rendered}.
 */
final class ReportPage {
    /** Where the ECharts webjar says which version it holds (the folder its files sit in is named after it). */
    private static final String ECHARTS_POM = "META-INF/maven/org.webjars.npm/echarts/pom.properties";
    /** The charts the page draws, by element id. */
    static final List<String> CHARTS = List.of("chart-ranking", "chart-indicators", "chart-distribution", "chart-boxplot",
            "chart-org", "chart-budget");

    /** Everything the page shows. */
    record Input(CampusDirectory directory, CollegeReport colleges, StudentResults students, AwardOutcome awards, AwardPolicy policy,
                 OrgChart chart, int violations, List<Allocation> allocations, Money budgetTotal, List<Round> rounds,
                 VerificationReport verification, List<PluginInfo> plugins, Map<String, Long> figures) {
    }

    private final Locale locale;
    private final MessageBundle text;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private ReportPage(Locale locale, MessageBundle text) {
        this.locale = locale;
        this.text = text;
    }

    /** The page for {@code input} in {@code locale}'s language. */
    static String render(Input input, Locale locale, MessageBundle text) {
        return new ReportPage(locale, text).page(input);
    }

    /** ECharts, read from the webjar on the class path, whichever version the build put there. */
    static String echarts() {
        ClassLoader loader = ReportPage.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream(ECHARTS_POM)) {
            if (pom == null) {
                throw new IllegalStateException("the ECharts webjar is not on the class path: no " + ECHARTS_POM);
            }
            Properties webjar = new Properties();
            webjar.load(pom);
            String script = "META-INF/resources/webjars/echarts/" + webjar.getProperty("version") + "/dist/echarts.min.js";
            try (InputStream in = loader.getResourceAsStream(script)) {
                if (in == null) {
                    throw new IllegalStateException(script + " is not on the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String t(String key, Object... args) {
        return text.render(locale, key, args);
    }

    private boolean zh() {
        return "zh".equals(locale.getLanguage());
    }

    private String page(Input in) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(zh() ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(t("report.title"))).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>").append(esc(t("report.title"))).append("</h1><p>")
                .append(esc(t("report.subtitle", in.colleges().from().toString(), in.colleges().to().toString()))).append("</p></header>\n");
        figures(in);
        ranking(in);
        students(in);
        organisation(in);
        budget(in);
        ledger(in);
        html.append("<footer>").append(esc(t("report.footer"))).append("</footer>\n");
        html.append("<script type=\"application/json\" id=\"report-data\">").append(dataJson(in)).append("</script>\n");
        html.append("<script>\n").append(echarts().replace("</script", "<\\/script")).append("\n</script>\n");
        html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private void figures(Input in) {
        html.append("<section class=\"figures\">");
        in.figures().forEach((key, value) -> html.append("<div class=\"figure\"><b>").append(Summary.count(value))
                .append("</b><span>").append(esc(t("report.figure." + key))).append("</span></div>"));
        html.append("</section>\n");
    }

    private void ranking(Input in) {
        CollegeReport report = in.colleges();
        html.append("<section><h2>").append(esc(t("report.colleges"))).append("</h2>\n<p>").append(esc(centresSentence(report, in.directory())))
                .append("</p>\n<div id=\"chart-ranking\" class=\"chart\"></div>\n");
        html.append("<h3>").append(esc(t("report.indicators"))).append("</h3>\n<div id=\"chart-indicators\" class=\"chart\"></div>\n");
        html.append("<table><thead><tr><th>").append(esc(t("report.col.rank"))).append("</th><th>").append(esc(t("report.col.college")))
                .append("</th>");
        if (!report.results().isEmpty()) {
            for (Explanation node : report.results().get(0).result().explanation().children()) {
                html.append("<th>").append(esc(node.name().in(locale))).append("</th>");
            }
        }
        html.append("<th>").append(esc(t("report.col.total"))).append("</th><th>").append(esc(t("report.col.tier"))).append("</th><th>")
                .append(esc(t("report.col.centre"))).append("</th></tr></thead><tbody>\n");
        for (CollegeResult r : report.results()) {
            html.append("<tr").append(r.demonstrationCentre() ? " class=\"centre\"" : "").append("><td>").append(r.rank().sharedRank())
                    .append("</td><td>").append(esc(collegeName(in.directory(), r.college()))).append("</td>");
            for (Explanation node : r.result().explanation().children()) {
                html.append("<td class=\"num\">").append(node.scoreShown().toPlainString()).append("</td>");
            }
            html.append("<td class=\"num\"><b>").append(r.result().total().toPlainString()).append("</b></td><td>")
                    .append(esc(r.tier().name().in(locale))).append("</td><td>")
                    .append(r.demonstrationCentre() ? esc(t("report.centre.yes")) : "").append("</td></tr>\n");
        }
        html.append("</tbody></table></section>\n");
    }

    private String centresSentence(CollegeReport report, CampusDirectory directory) {
        List<String> chosen = report.demonstration().chosen().stream().map(code -> collegeName(directory, code)).toList();
        if (chosen.isEmpty()) {
            return report.demonstration().shortfall().map(s -> s.in(locale)).orElse(t("report.centres.none"));
        }
        return t("report.centres", String.join(zh() ? "、" : ", ", chosen), report.demonstration().rule().threshold().toPlainString());
    }

    private void students(Input in) {
        html.append("<section><h2>").append(esc(t("report.students"))).append("</h2>\n<p>")
                .append(esc(t("report.students.summary", Summary.count(in.students().results().size()), in.students().period().toString(),
                        in.students().ruleSet(), in.students().system()))).append("</p>\n");
        html.append("<div class=\"row\"><div id=\"chart-distribution\" class=\"chart half\"></div>")
                .append("<div id=\"chart-boxplot\" class=\"chart half\"></div></div>\n");
        Map<String, Integer> bands = new LinkedHashMap<>();
        in.policy().bands().levels().forEach(l -> bands.put(l.code(), 0));
        bands.put(in.policy().bands().otherwise().code(), 0);
        in.awards().standings().forEach(s -> bands.merge(s.band(), 1, Integer::sum));
        html.append("<table class=\"narrow\"><thead><tr><th>").append(esc(t("report.col.band"))).append("</th><th>")
                .append(esc(t("report.col.count"))).append("</th></tr></thead><tbody>");
        List<AwardPolicy.Level> levels = new ArrayList<>(in.policy().bands().levels());
        levels.add(in.policy().bands().otherwise());
        for (AwardPolicy.Level level : levels) {
            html.append("<tr><td>").append(esc(level.name().in(locale))).append("</td><td class=\"num\">").append(bands.get(level.code()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>\n<table class=\"narrow\"><thead><tr><th>").append(esc(t("report.col.award"))).append("</th><th>")
                .append(esc(t("report.col.count"))).append("</th></tr></thead><tbody>");
        for (AwardPolicy.Award award : in.policy().awards()) {
            html.append("<tr><td>").append(esc(award.name().in(locale))).append("</td><td class=\"num\">")
                    .append(in.awards().recipients(award.code()).size()).append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private void organisation(Input in) {
        html.append("<section><h2>").append(esc(t("report.organisation"))).append("</h2>\n<p>")
                .append(esc(t(in.violations() == 0 ? "report.charter.clean" : "report.charter.violations", in.violations(),
                        in.chart().date().toString()))).append("</p>\n<div id=\"chart-org\" class=\"chart tall\"></div></section>\n");
    }

    private void budget(Input in) {
        html.append("<section><h2>").append(esc(t("report.budget"))).append("</h2>\n<div id=\"chart-budget\" class=\"chart\"></div>\n");
        for (Allocation a : in.allocations()) {
            List<String> lines = a.explain(locale);
            html.append("<details><summary>").append(esc(lines.get(0))).append("</summary><pre>");
            for (String line : lines.subList(1, lines.size())) {
                html.append(esc(line)).append('\n');
            }
            html.append("</pre></details>\n");
        }
        html.append("</section>\n");
    }

    private void ledger(Input in) {
        html.append("<section><h2>").append(esc(t("report.rounds"))).append("</h2>\n<table><thead><tr><th>")
                .append(esc(t("report.col.round"))).append("</th><th>").append(esc(t("report.col.state"))).append("</th><th>")
                .append(esc(t("report.col.publicity"))).append("</th><th>").append(esc(t("report.col.final"))).append("</th></tr></thead><tbody>");
        for (Round round : in.rounds()) {
            String window = Summary.lastPublicity(round).orElse("");
            String fin = round.finalisation().map(f -> f.date() + " · SHA-256 " + f.sha256().substring(0, 16) + "…").orElse("");
            html.append("<tr><td>").append(esc(round.draft().name().in(locale))).append("</td><td>").append(esc(t("round.state." + round.state())))
                    .append("</td><td>").append(esc(window)).append("</td><td><code>").append(esc(fin)).append("</code></td></tr>");
        }
        html.append("</tbody></table>\n<p>").append(esc(t(in.verification().ok() ? "report.verified" : "report.broken",
                Summary.count(in.verification().records()), Summary.count(in.verification().streams().size()),
                Summary.count(in.verification().breaks().size())))).append("</p>\n<p>");
        if (in.plugins().isEmpty()) {
            html.append(esc(t("plugins.none")));
        } else {
            for (PluginInfo p : in.plugins()) {
                html.append(esc(t("plugins.one", p.id(), p.version(), p.source()))).append("<br>");
            }
        }
        html.append("</p></section>\n");
    }

    private String dataJson(Input in) {
        Map<String, Object> data = new TreeMap<>();
        data.put("labels", labels(in));
        List<Map<String, Object>> colleges = new ArrayList<>();
        for (CollegeResult r : in.colleges().results()) {
            Map<String, Object> c = new TreeMap<>();
            c.put("code", r.college());
            c.put("name", collegeName(in.directory(), r.college()));
            c.put("total", r.result().total());
            c.put("centre", r.demonstrationCentre());
            c.put("indicators", r.result().explanation().children().stream().map(Explanation::scoreShown).toList());
            colleges.add(c);
        }
        data.put("colleges", colleges);
        data.put("threshold", in.colleges().demonstration().rule().threshold());
        data.put("histogram", histogram(in.students()));
        data.put("boxplot", boxplot(in.students(), in.colleges()));
        data.put("org", in.chart().roots().stream().map(this::orgNode).toList());
        data.put("budget", budgetSeries(in));
        return JsonFiles.json(data).replace("<", "\\u003c");
    }

    private Map<String, Object> labels(Input in) {
        Map<String, Object> labels = new TreeMap<>();
        for (String key : List.of("ranking", "total", "students", "threshold", "distribution", "boxplot", "budget", "yuan", "org")) {
            labels.put(key, t("report.chart." + key));
        }
        List<String> indicators = new ArrayList<>();
        if (!in.colleges().results().isEmpty()) {
            in.colleges().results().get(0).result().explanation().children().forEach(n -> indicators.add(n.name().in(locale)));
        }
        labels.put("indicators", indicators);
        return labels;
    }

    /** Students per band of five points: [0, 5), [5, 10) … [95, 100]. */
    static int[] histogram(StudentResults students) {
        int[] bins = new int[20];
        for (StudentResult r : students.results()) {
            int bin = r.total().divideToIntegralValue(BigDecimal.valueOf(5)).intValue();
            bins[Math.max(0, Math.min(19, bin))]++;
        }
        return bins;
    }

    /** Per college in rank order: the lowest total, the quartiles by nearest rank, and the highest. */
    static List<List<BigDecimal>> boxplot(StudentResults students, CollegeReport colleges) {
        Map<String, List<BigDecimal>> totals = new TreeMap<>();
        for (StudentResult r : students.results()) {
            totals.computeIfAbsent(r.college().value(), c -> new ArrayList<>()).add(r.total());
        }
        List<List<BigDecimal>> out = new ArrayList<>();
        for (CollegeResult c : colleges.results()) {
            List<BigDecimal> values = totals.getOrDefault(c.college(), List.of(BigDecimal.ZERO));
            List<BigDecimal> sorted = values.stream().sorted().toList();
            out.add(List.of(sorted.get(0), quantile(sorted, 1, 4), quantile(sorted, 1, 2), quantile(sorted, 3, 4),
                    sorted.get(sorted.size() - 1)));
        }
        return out;
    }

    private static BigDecimal quantile(List<BigDecimal> sorted, int num, int den) {
        int n = sorted.size();
        int rank = (int) Math.max(1, ((long) num * n + den - 1) / den);
        return sorted.get(Math.min(n, rank) - 1);
    }

    private Map<String, Object> orgNode(OrgChart.Node node) {
        Map<String, Object> out = new TreeMap<>();
        out.put("name", node.name());
        List<String> tip = new ArrayList<>();
        tip.add(node.kindName().in(locale));
        for (OrgChart.Holder h : node.holders()) {
            String position = text.has("position." + h.position().code(), locale) ? t("position." + h.position().code()) : h.position().code();
            // a public page: names masked as in a publicity list (张*明), the surname and the last character kept
            tip.add(t(h.concurrent() ? "report.holder.concurrent" : "report.holder", position, Masking.name(h.name(), NameMasking.SURNAME_ONLY)));
        }
        out.put("tip", tip);
        out.put("children", node.children().stream().map(this::orgNode).toList());
        return out;
    }

    private Map<String, Object> budgetSeries(Input in) {
        List<String> colleges = in.colleges().results().stream().map(CollegeResult::college).sorted().toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (Allocation a : in.allocations()) {
            Map<String, Object> s = new TreeMap<>();
            s.put("name", a.policy().name(locale) + " · " + a.category().value());
            List<BigDecimal> amounts = new ArrayList<>();
            for (String college : colleges) {
                amounts.add(a.share(CollegeId.of(college)).map(CollegeShare::amount).map(Money::amount).orElse(BigDecimal.ZERO));
            }
            s.put("data", amounts);
            series.add(s);
        }
        Map<String, Object> out = new TreeMap<>();
        out.put("colleges", colleges.stream().map(c -> collegeName(in.directory(), c)).toList());
        out.put("series", series);
        return out;
    }

    private String collegeName(CampusDirectory directory, String code) {
        return Cli.collegeName(directory, code, locale);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1f2933;background:#f5f7fa}
            header{background:#1565c0;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:24px}header p{margin:0;opacity:.9}
            section{background:#fff;margin:16px 24px;padding:12px 20px;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            h2{font-size:19px;border-left:4px solid #1565c0;padding-left:8px}h3{font-size:16px}
            .figures{display:flex;flex-wrap:wrap;gap:12px}.figure{flex:1 1 140px;background:#e3f2fd;border-radius:6px;padding:10px}
            .figure b{display:block;font-size:22px}.figure span{font-size:13px;color:#52606d}
            .chart{width:100%;height:380px}.chart.tall{height:720px}.row{display:flex;flex-wrap:wrap}.half{flex:1 1 480px;width:auto}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}th,td{border-bottom:1px solid #e4e7eb;padding:5px 8px;text-align:left}
            th{background:#f0f4f8}.num{text-align:right;font-variant-numeric:tabular-nums}tr.centre{background:#fff8e1}
            table.narrow{width:auto;display:inline-table;margin-right:24px;vertical-align:top}
            pre{font-size:12px;background:#f8f9fa;padding:8px;white-space:pre-wrap}footer{color:#7b8794;font-size:12px;margin:16px 24px 32px}
            """;

    private static final String SCRIPT = """
            (function () {
              var data = JSON.parse(document.getElementById('report-data').textContent);
              var L = data.labels;
              var drawn = 0;
              function draw(id, option) {
                var el = document.getElementById(id);
                if (!el || typeof echarts === 'undefined') { return; }
                option.animation = false;
                echarts.init(el, null, {renderer: 'svg'}).setOption(option);
                if (el.querySelector('svg')) { drawn++; }
              }
              var names = data.colleges.map(function (c) { return c.name; });
              draw('chart-ranking', {
                title: {text: L.ranking, left: 'center', textStyle: {fontSize: 14}},
                tooltip: {trigger: 'axis'}, grid: {left: 10, right: 40, top: 40, bottom: 30, containLabel: true},
                xAxis: {type: 'value', min: 0, max: 100, name: L.total},
                yAxis: {type: 'category', inverse: true, data: names},
                series: [{type: 'bar', data: data.colleges.map(function (c) {
                    return {value: Number(c.total), itemStyle: {color: c.centre ? '#f9a825' : '#1e88e5'}};
                  }), label: {show: true, position: 'right', formatter: function (p) { return p.value.toFixed(2); }},
                  markLine: {symbol: 'none', data: [{xAxis: Number(data.threshold), name: L.threshold}],
                    label: {formatter: L.threshold + ' {c}'}, lineStyle: {color: '#c62828', type: 'dashed'}}}]
              });
              draw('chart-indicators', {
                tooltip: {trigger: 'axis'}, legend: {top: 0}, grid: {left: 40, right: 20, top: 40, bottom: 10, containLabel: true},
                xAxis: {type: 'category', data: names, axisLabel: {rotate: 35, interval: 0}},
                yAxis: {type: 'value', min: 0, max: 100},
                series: L.indicators.map(function (name, i) {
                  return {name: name, type: 'bar', data: data.colleges.map(function (c) { return Number(c.indicators[i]); })};
                })
              });
              var bins = data.histogram.map(function (n, i) { return (i * 5) + '–' + (i * 5 + 5); });
              draw('chart-distribution', {
                title: {text: L.distribution, left: 'center', textStyle: {fontSize: 14}},
                tooltip: {trigger: 'axis'}, grid: {left: 10, right: 20, top: 40, bottom: 50, containLabel: true},
                xAxis: {type: 'category', data: bins, name: L.total, nameLocation: 'center', nameGap: 30},
                yAxis: {type: 'value', name: L.students},
                series: [{type: 'bar', data: data.histogram, itemStyle: {color: '#43a047'}, barCategoryGap: '5%'}]
              });
              draw('chart-boxplot', {
                title: {text: L.boxplot, left: 'center', textStyle: {fontSize: 14}},
                tooltip: {trigger: 'item'}, grid: {left: 40, right: 20, top: 40, bottom: 10, containLabel: true},
                xAxis: {type: 'category', data: names, axisLabel: {rotate: 35, interval: 0}},
                yAxis: {type: 'value', min: 0, max: 100},
                series: [{type: 'boxplot', data: data.boxplot.map(function (b) { return b.map(Number); })}]
              });
              draw('chart-org', {
                title: {text: L.org, left: 'center', textStyle: {fontSize: 14}},
                tooltip: {trigger: 'item', formatter: function (p) { return [p.name].concat(p.data.tip).join('<br>'); }},
                series: [{type: 'tree', data: data.org, orient: 'LR', top: 40, left: 140, right: 260, bottom: 20,
                  initialTreeDepth: -1, symbolSize: 8, expandAndCollapse: false,
                  label: {position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 11},
                  leaves: {label: {position: 'right', align: 'left'}}}]
              });
              draw('chart-budget', {
                title: {text: L.budget, left: 'center', textStyle: {fontSize: 14}},
                tooltip: {trigger: 'axis'}, legend: {top: 24}, grid: {left: 40, right: 20, top: 60, bottom: 10, containLabel: true},
                xAxis: {type: 'category', data: data.budget.colleges, axisLabel: {rotate: 35, interval: 0}},
                yAxis: {type: 'value', name: L.yuan},
                series: data.budget.series.map(function (s) {
                  return {name: s.name, type: 'bar', stack: 'all', data: s.data.map(Number)};
                })
              });
              document.body.setAttribute('data-charts-rendered', String(drawn));
            })();
            """;
}

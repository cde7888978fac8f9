package edu.yiban.org.chart;

import edu.yiban.org.chart.OrgChart.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static edu.yiban.org.internal.OrgMessages.BUNDLE;

/**
 * The people's forms of an {@link OrgChart}: Graphviz DOT and Mermaid. Both draw the same layout — a
 * cluster for the school level, then one per college by code, each node's label its name, its kind and
 * one line per holder, edges parent → child by codes — and differ only in syntax and escaping.
 */
final class ChartFormats {
    private ChartFormats() {
    }

    /** The chart in Graphviz DOT. */
    public static String dot(OrgChart chart, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append("digraph \"yiban-organisation\" {\n");
        out.append("  graph [charset=\"UTF-8\", label=").append(dotString(title(chart, locale)))
                .append(", labelloc=\"t\", newrank=\"true\", rankdir=\"TB\"];\n");
        out.append("  node [shape=\"box\", style=\"rounded\"];\n");
        for (Cluster cluster : clusters(chart, locale)) {
            out.append("  subgraph ").append(dotString("cluster_" + cluster.id())).append(" {\n");
            out.append("    label=").append(dotString(cluster.title())).append(";\n");
            for (Node node : cluster.nodes()) {
                out.append("    ").append(dotString(node.id().value())).append(" [label=")
                        .append(dotString(String.join("\n", lines(node, locale)))).append("];\n");
            }
            out.append("  }\n");
        }
        for (Node[] edge : edges(chart)) {
            out.append("  ").append(dotString(edge[0].id().value())).append(" -> ").append(dotString(edge[1].id().value())).append(";\n");
        }
        return out.append("}\n").toString();
    }

    /** The chart as a Mermaid flowchart, top down. */
    public static String mermaid(OrgChart chart, Locale locale) {
        StringBuilder out = new StringBuilder();
        out.append("---\ntitle: \"").append(title(chart, locale).replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n---\n");
        out.append("flowchart TD\n");
        for (Cluster cluster : clusters(chart, locale)) {
            out.append("  subgraph ").append(mermaidId("cluster_", cluster.id()))
                    .append("[\"").append(mermaidText(cluster.title())).append("\"]\n");
            for (Node node : cluster.nodes()) {
                List<String> escaped = lines(node, locale).stream().map(ChartFormats::mermaidText).toList();
                out.append("    ").append(mermaidId("org_", node.id().value()))
                        .append("[\"").append(String.join("<br/>", escaped)).append("\"]\n");
            }
            out.append("  end\n");
        }
        for (Node[] edge : edges(chart)) {
            out.append("  ").append(mermaidId("org_", edge[0].id().value())).append(" --> ").append(mermaidId("org_", edge[1].id().value())).append('\n');
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ the layout both share

    private static String title(OrgChart chart, Locale locale) {
        return BUNDLE.render(locale, "chart.title", chart.date().toString());
    }

    /** A group of nodes drawn together: the school level, or one college. */
    private record Cluster(String id, String title, List<Node> nodes) {
    }

    /** The school level's nodes (no college), then each college's, by college code; nodes by code within; none empty. */
    private static List<Cluster> clusters(OrgChart chart, Locale locale) {
        List<Node> nodes = new ArrayList<>(chart.nodes());
        nodes.sort(Comparator.comparing(Node::id));
        List<Cluster> clusters = new ArrayList<>();
        clusters.add(new Cluster("school", BUNDLE.render(locale, "chart.school"),
                nodes.stream().filter(n -> n.college().isEmpty()).toList()));
        chart.colleges().stream().sorted(Comparator.comparing(OrgChart.College::id)).forEach(college -> clusters.add(
                new Cluster("college_" + college.id().value(), college.name(),
                        nodes.stream().filter(n -> n.college().equals(Optional.of(college.id()))).toList())));
        return clusters.stream().filter(c -> !c.nodes().isEmpty()).toList();
    }

    /** Every parent → child edge, by parent code then child code. */
    private static List<Node[]> edges(OrgChart chart) {
        List<Node[]> edges = new ArrayList<>();
        for (Node parent : chart.nodes()) {
            parent.children().forEach(child -> edges.add(new Node[] {parent, child}));
        }
        edges.sort(Comparator.<Node[], String>comparing(e -> e[0].id().value()).thenComparing(e -> e[1].id().value()));
        return edges;
    }

    /** A node's label, line by line: its name (which may hold line breaks of its own), its kind, its holders. */
    private static List<String> lines(Node node, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(node.name());
        lines.add(BUNDLE.render(locale, "chart.kind", node.kindName().in(locale)));
        for (OrgChart.Holder h : node.holders()) {
            lines.add(BUNDLE.render(locale, h.concurrent() ? "chart.holder.concurrent" : "chart.holder", h.position().label(), h.name()));
        }
        return lines;
    }

    // ------------------------------------------------------------------ escaping

    /**
     * A DOT quoted string: backslashes and quotes escaped, line breaks as DOT's {@code \n} (a centred line),
     * other control characters as spaces. Angle and square brackets need nothing inside quotes.
     */
    static String dotString(String text) {
        StringBuilder out = new StringBuilder("\"");
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Text inside a Mermaid {@code ["…"]} label: quotes, '#', '&amp;', angle and square brackets, braces,
     * bars and backticks as Mermaid entity codes ({@code #quot;}, {@code #35;} …), line breaks as
     * {@code <br/>}, other control characters as spaces.
     */
    static String mermaidText(String text) {
        StringBuilder out = new StringBuilder();
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#', '&', '<', '>', '[', ']', '{', '}', '|', '`' -> out.append('#').append((int) c).append(';');
                case '\n' -> out.append("<br/>");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * A Mermaid id: {@code prefix}, then the code with letters and digits kept and any other character as
     * {@code _} and two hex digits, so ids are safe, distinct for distinct codes, and never a keyword.
     */
    static String mermaidId(String prefix, String code) {
        StringBuilder out = new StringBuilder(prefix);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append('_').append(String.format("%02x", (int) c));
            }
        }
        return out.toString();
    }
}

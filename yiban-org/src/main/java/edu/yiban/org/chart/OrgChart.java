package edu.yiban.org.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.json.YibanJson;
import edu.yiban.org.json.YibanOrgModule;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.Position;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The organisation chart (组织架构图, figure 1 of the seed) as it stood on one day: the nodes that existed
 * as a tree, parent above child, each with the people holding its positions. An immutable value with
 * three forms: Graphviz DOT and Mermaid (flowchart) for people, JSON for programs. The same tree always
 * gives the same bytes: nodes and children sorted by code, holders by the charter's order of positions,
 * then person.
 *
 * <pre>{@code
 * OrgChart chart = organisation.chart().at(LocalDate.of(2023, 3, 1));
 * Files.writeString(Path.of("org.dot"), chart.toDot(Locale.SIMPLIFIED_CHINESE));   // dot -Tsvg org.dot
 * String mermaid = chart.toMermaid(Locale.ENGLISH);
 * OrgChart back = OrgChart.fromJson(chart.toJson());                               // equals chart
 * }</pre>
 *
 * @param date     the day
 * @param colleges the colleges the nodes belong to, by code, with their names
 * @param roots    the nodes at the top (under nothing, or under a node that did not exist that day), by code
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OrgChart(LocalDate date, List<College> colleges, List<Node> roots) {

    public OrgChart {
        Objects.requireNonNull(date, "date is null");
        colleges = List.copyOf(colleges);
        roots = List.copyOf(roots);
    }

    /**
     * A node of the chart.
     *
     * @param id       its code
     * @param kind     its kind
     * @param kindName the kind's name in both languages, as the charter has it
     * @param name     its name, e.g. 易班学生工作总站
     * @param college  its college, for college-level nodes
     * @param holders  the people holding its positions that day
     * @param children the nodes directly under it, by code
     */
    public record Node(OrgId id, OrgKind kind, Bilingual kindName, String name, Optional<CollegeId> college,
                       List<Holder> holders, List<Node> children) {
        public Node {
            Objects.requireNonNull(id, "id is null");
            Objects.requireNonNull(kind, "kind is null");
            Objects.requireNonNull(kindName, "kindName is null");
            Objects.requireNonNull(name, "name is null");
            college = college == null ? Optional.empty() : college;
            holders = List.copyOf(holders);
            children = List.copyOf(children);
        }
    }

    /**
     * A person holding a position in a node that day.
     *
     * @param appointment the appointment
     * @param person      who
     * @param name        their name
     * @param position    the position
     * @param concurrent  whether held concurrently (兼任)
     * @param from        the first day in office
     */
    public record Holder(AppointmentRef appointment, PersonId person, String name, Position position, boolean concurrent,
                         LocalDate from) {
        public Holder {
            Objects.requireNonNull(appointment, "appointment is null");
            Objects.requireNonNull(person, "person is null");
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(position, "position is null");
            Objects.requireNonNull(from, "from is null");
        }
    }

    /**
     * A college the chart groups nodes by.
     *
     * @param id   its code
     * @param name its name
     */
    public record College(CollegeId id, String name) {
        public College {
            Objects.requireNonNull(id, "id is null");
            Objects.requireNonNull(name, "name is null");
        }
    }

    /** Every node, parents before their children, siblings by code. */
    public List<Node> nodes() {
        List<Node> all = new ArrayList<>();
        roots.forEach(root -> collect(root, all));
        return all;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        node.children().forEach(child -> collect(child, into));
    }

    /**
     * The chart in Graphviz DOT, labels in {@code locale}'s language: a cluster for the school level and
     * one per college, each node labelled with its name, its kind and one line per holder
     * ({@code position: name}), edges from parent to child. Render with {@code dot -Tsvg}.
     */
    public String toDot(Locale locale) {
        return ChartFormats.dot(this, locale);
    }

    /** The chart as a Mermaid flowchart ({@code flowchart TD}), with the same clusters and labels as {@link #toDot}. */
    public String toMermaid(Locale locale) {
        return ChartFormats.mermaid(this, locale);
    }

    /** The chart as canonical JSON: the same chart always gives the same text. */
    public String toJson() {
        return new String(YibanJson.write(Json.MAPPER, this), StandardCharsets.UTF_8);
    }

    /** Reads a chart written by {@link #toJson()}; malformed JSON is refused by path ({@code InvalidInputException}). */
    public static OrgChart fromJson(String json) {
        return YibanJson.read(Json.MAPPER, json.getBytes(StandardCharsets.UTF_8), OrgChart.class);
    }

    /** The canonical mapper with the organisation's module, built when first read. */
    private static final class Json {
        static final ObjectMapper MAPPER = YibanOrgModule.newMapper();
    }
}

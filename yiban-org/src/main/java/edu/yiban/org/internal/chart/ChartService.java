package edu.yiban.org.internal.chart;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Person;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.chart.OrgChart;
import edu.yiban.org.chart.OrgCharts;
import edu.yiban.org.tree.KindRule;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgSnapshot.Appointed;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.OrganisationTree;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.SlotRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;

/** Draws {@link OrgChart}s from the tree's snapshots, with names from the directory and the charter. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ChartService implements OrgCharts {
    private final OrganisationTree tree;
    private final CampusDirectory directory;

    public ChartService(OrganisationTree tree, CampusDirectory directory) {
        this.tree = tree;
        this.directory = directory;
    }

    @Override
    public OrgChart at(LocalDate date) {
        OrgSnapshot s = tree.at(date);
        Map<OrgId, OrgUnit> units = new TreeMap<>();
        s.units().forEach(u -> units.put(u.id(), u));
        Map<OrgId, List<OrgUnit>> children = new TreeMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        Set<CollegeId> colleges = new TreeSet<>();
        for (OrgUnit unit : units.values()) {
            unit.college().ifPresent(colleges::add);
            if (unit.parent().filter(units::containsKey).isPresent()) {
                children.computeIfAbsent(unit.parent().get(), p -> new ArrayList<>()).add(unit);
            } else {
                roots.add(unit);
            }
        }
        List<OrgChart.College> named = colleges.stream()
                .map(c -> new OrgChart.College(c, directory.college(c).map(college -> college.name()).orElse(c.value())))
                .toList();
        return new OrgChart(date, named, roots.stream().map(u -> node(u, s, children)).toList());
    }

    private OrgChart.Node node(OrgUnit unit, OrgSnapshot s, Map<OrgId, List<OrgUnit>> children) {
        List<Position> order = tree.charter().kind(unit.kind()).map(KindRule::slots).orElse(List.of()).stream()
                .map(SlotRule::position).distinct().toList();
        List<OrgChart.Holder> holders = new ArrayList<>();
        for (Appointed a : s.appointments(unit.id())) {
            var app = a.appointment();
            String name = directory.person(app.person()).map(Person::name).orElse(app.person().value());
            holders.add(new OrgChart.Holder(a.ref(), app.person(), name, app.position(), app.concurrent(), app.from()));
        }
        holders.sort(Comparator.<OrgChart.Holder>comparingInt(h -> rank(order, h.position()))
                .thenComparing(OrgChart.Holder::position).thenComparing(OrgChart.Holder::person).thenComparing(OrgChart.Holder::appointment));
        Bilingual kindName = tree.charter().kind(unit.kind()).map(KindRule::name)
                .orElseGet(() -> new Bilingual(unit.kind().label().render(MessageBundle.ZH), unit.kind().label().render(MessageBundle.EN)));
        List<OrgChart.Node> under = children.getOrDefault(unit.id(), List.of()).stream().map(c -> node(c, s, children)).toList();
        return new OrgChart.Node(unit.id(), unit.kind(), kindName, unit.name(), unit.college(), holders, under);
    }

    /** The place of {@code position} in the charter's slots of the kind; positions it does not list come last. */
    private static int rank(List<Position> order, Position position) {
        int i = order.indexOf(position);
        return i < 0 ? order.size() : i;
    }
}

package edu.yiban.org;

import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.chart.OrgChart;
import edu.yiban.org.recruitment.Reason;
import edu.yiban.org.recruitment.RecruitmentPreset;
import edu.yiban.org.recruitment.Selection;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of the recruitment and chart value types, for the JSON round-trip property. */
final class RecruitmentChartArbitraries {
    private RecruitmentChartArbitraries() {
    }

    /** Every generator, by the type it makes. */
    static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(Reason.class, Arbitraries.of(Reason.class));
        all.put(RecruitmentPreset.class, presets());
        all.put(Selection.Seats.class, seats());
        all.put(Selection.Chosen.class, chosen());
        all.put(Selection.Passed.class, passed());
        all.put(Selection.Departure.class, departures());
        all.put(Selection.class, Combinators.combine(OrgArbitraries.orgIds(), CoreArbitraries.dates(), Arbitraries.of(true, false), seats(),
                departures().list().ofMaxSize(2), chosen().list().ofMaxSize(3), passed().list().ofMaxSize(3)).as(Selection::new));
        all.put(OrgChart.College.class, colleges());
        all.put(OrgChart.Holder.class, holders());
        all.put(OrgChart.Node.class, nodes(2));
        all.put(OrgChart.class, Combinators.combine(CoreArbitraries.dates(), colleges().list().ofMaxSize(3), nodes(2).list().ofMaxSize(2))
                .as(OrgChart::new));
        return all;
    }

    private static Arbitrary<CollegeId> collegeIds() {
        return CoreArbitraries.code().map(CollegeId::new);
    }

    private static Arbitrary<RecruitmentPreset> presets() {
        return Combinators.combine(OrgArbitraries.vocabulary(), OrgArbitraries.bilingual(), OrgArbitraries.vocabulary().map(Position::new),
                        Arbitraries.integers().between(1, 40).optional(), Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 5).optional(), Arbitraries.integers().between(1, 8).optional())
                .as((id, name, position, target, sure, extra, terms) ->
                        new RecruitmentPreset(id, name, position, target, sure, extra.map(e -> Math.max(1, sure + e)), terms));
    }

    private static Arbitrary<Selection.Seats> seats() {
        return Combinators.combine(OrgArbitraries.bounds(), Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 40)).as(Selection.Seats::new);
    }

    private static Arbitrary<Selection.Chosen> chosen() {
        return Combinators.combine(CoreArbitraries.personIds(), CoreArbitraries.text(1, 12), collegeIds(), Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(1, 30), Arbitraries.of(Reason.FLOOR, Reason.ROUND), OrgArbitraries.refs().optional(),
                CoreArbitraries.text(1, 30)).as((p, n, c, rank, round, reason, ref, text) -> new Selection.Chosen(p, n, c, rank, round, reason, ref, text, text));
    }

    private static Arbitrary<Selection.Passed> passed() {
        return Combinators.combine(CoreArbitraries.personIds(), CoreArbitraries.text(1, 12), collegeIds(), Arbitraries.integers().between(1, 30),
                Arbitraries.of(Reason.class), CoreArbitraries.text(1, 30), CoreArbitraries.text(1, 30)).as(Selection.Passed::new);
    }

    private static Arbitrary<Selection.Departure> departures() {
        return Combinators.combine(CoreArbitraries.personIds(), CoreArbitraries.text(1, 12), OrgArbitraries.vocabulary().map(Position::new),
                OrgArbitraries.refs(), CoreArbitraries.dates(), Arbitraries.of(Reason.NOT_STUDYING, Reason.TERM_LIMIT),
                Arbitraries.integers().between(0, 8), CoreArbitraries.text(1, 30))
                .as((p, n, pos, ref, day, reason, terms, text) -> new Selection.Departure(p, n, pos, ref, day, reason, terms, text, text));
    }

    private static Arbitrary<OrgChart.College> colleges() {
        return Combinators.combine(collegeIds(), CoreArbitraries.text(1, 12)).as(OrgChart.College::new);
    }

    private static Arbitrary<OrgChart.Holder> holders() {
        return Combinators.combine(OrgArbitraries.refs(), CoreArbitraries.personIds(), CoreArbitraries.text(1, 12),
                OrgArbitraries.vocabulary().map(Position::new), Arbitraries.of(true, false), CoreArbitraries.dates()).as(OrgChart.Holder::new);
    }

    private static Arbitrary<OrgChart.Node> nodes(int depth) {
        Arbitrary<List<OrgChart.Node>> children = depth == 0
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> nodes(depth - 1)).list().ofMaxSize(2);
        return Combinators.combine(OrgArbitraries.orgIds(), OrgArbitraries.vocabulary().map(OrgKind::new),
                OrgArbitraries.bilingual(), CoreArbitraries.text(1, 20), collegeIds().optional(), holders().list().ofMaxSize(3), children)
                .as(OrgChart.Node::new);
    }
}

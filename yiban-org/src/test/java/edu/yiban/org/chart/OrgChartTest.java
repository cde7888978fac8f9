package edu.yiban.org.chart;

import static edu.yiban.org.SeedCampus.DAY;
import static edu.yiban.org.SeedCampus.STATION;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.directory.Enrolment;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.org.SeedCampus;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgKind;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.Position;
import edu.yiban.org.tree.Recommendation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organisation chart (组织架构图, figure 1 of the seed) of the seed organisation, in DOT, Mermaid and JSON. */
class OrgChartTest {
    private static final OrgId STUDIO = OrgId.of("studio-2");
    /** A name with every character the formats must escape: quotes, brackets, angle brackets, a line break. */
    private static final String NASTY_NODE = "工作室 \"易\"[班]<新>\n第二行";
    private static final String NASTY_PERSON = "李\"小[明]<>\n二";

    private SeedCampus seed;

    @BeforeEach
    void buildTheSeedOrganisation() {
        seed = SeedCampus.build();
    }

    @Test
    void dotAndMermaidShowEveryNodeAndEveryHolder() {
        OrgChart chart = seed.organisation.chart().at(DAY);
        String dot = chart.toDot(MessageBundle.ZH);
        String mermaid = chart.toMermaid(MessageBundle.ZH);
        OrgSnapshot snapshot = seed.tree.at(DAY);

        assertThat(chart.nodes()).extracting(OrgChart.Node::id).containsExactlyInAnyOrderElementsOf(
                snapshot.units().stream().map(OrgUnit::id).toList());
        for (OrgUnit unit : snapshot.units()) {
            assertThat(dot).contains("\"" + unit.id() + "\" [label=\"" + unit.name() + "\\n");
            assertThat(mermaid).contains("[\"" + unit.name() + "<br/>");
            for (OrgSnapshot.Appointed a : snapshot.appointments(unit.id())) {
                String name = seed.campus.person(a.appointment().person()).orElseThrow().name();
                String line = a.appointment().position().label().render(MessageBundle.ZH)
                        + (a.appointment().concurrent() ? "（兼任）" : "") + "：" + name;
                assertThat(nodeLine(dot, "\"" + unit.id() + "\" [label=")).contains("\\n" + line);
                assertThat(nodeLine(mermaid, mermaidId(unit.id()) + "[")).contains("<br/>" + line);
            }
        }
        assertThat(dot).contains("\"centre\" -> \"station\";", "\"school-group\" -> \"EDU-group\";", "\"EDU-group\" -> \"EDU-substation\";");
        assertThat(mermaid).startsWith("---\ntitle: \"易班组织架构图（2022-09-01）\"\n---\nflowchart TD\n")
                .contains("  org_centre --> org_station\n", "  org_school_2dgroup --> org_EDU_2dgroup\n");
    }

    @Test
    void labelsFollowTheLocale() {
        OrgChart chart = seed.organisation.chart().at(DAY);

        assertThat(nodeLine(chart.toDot(MessageBundle.ZH), "\"station\" [label="))
                .startsWith("    \"station\" [label=\"易班学生工作总站\\n（易班学生工作站）\\n成员：学生1-1\\n");
        assertThat(nodeLine(chart.toDot(MessageBundle.EN), "\"station\" [label="))
                .startsWith("    \"station\" [label=\"易班学生工作总站\\n(YiBan student work station)\\nmember: 学生1-1\\n");
        assertThat(nodeLine(chart.toDot(MessageBundle.EN), "\"centre\" [label="))
                .contains("\\ndirector (concurrent): student-affairs负责人\\ndeputy director: 易班中心专职副主任\\n");
        assertThat(chart.toDot(MessageBundle.EN)).contains("label=\"school level\";", "label=\"EDU学院\";");
    }

    @Test
    void dotEscapesQuotesBracketsAndLineBreaks() {
        addTheNastyStudio();

        String dot = seed.organisation.chart().at(DAY).toDot(MessageBundle.ZH);

        assertThat(nodeLine(dot, "\"studio-2\" [label=")).isEqualTo("    \"studio-2\" [label=\"工作室 \\\"易\\\"[班]<新>\\n第二行"
                + "\\n（学生网络文化工作室）\\n成员：李\\\"小[明]<>\\n二\"];");
    }

    @Test
    void mermaidEscapesQuotesBracketsAndLineBreaks() {
        addTheNastyStudio();

        String mermaid = seed.organisation.chart().at(DAY).toMermaid(MessageBundle.ZH);

        assertThat(nodeLine(mermaid, "org_studio_2d2[")).isEqualTo("    org_studio_2d2[\"工作室 #quot;易#quot;#91;班#93;#60;新#62;<br/>第二行"
                + "<br/>（学生网络文化工作室）<br/>成员：李#quot;小#91;明#93;#60;#62;<br/>二\"]");
    }

    @Test
    void graphvizRendersTheChartWithTheSchoolLevelAboveTheColleges() throws Exception {
        Assumptions.assumeTrue(dotIsInstalled(), "Graphviz dot is not installed");
        addTheNastyStudio();
        String dot = seed.organisation.chart().at(DAY).toDot(MessageBundle.ZH);

        String svg = run(dot, "-Tsvg");
        Map<String, Double> heights = heights(run(dot, "-Tplain"));

        assertThat(svg).contains("<svg", "易班学生工作总站", "&lt;新&gt;", "第二行");
        assertThat(heights.get("school-group")).isGreaterThan(heights.get("centre")).isGreaterThan(heights.get("station"));
        assertThat(heights.get("school-group")).isGreaterThan(heights.get("EDU-group"));
        assertThat(heights.get("EDU-group")).isGreaterThan(heights.get("EDU-substation"));
    }

    @Test
    void theSameTreeGivesTheSameBytes() {
        SeedCampus again = SeedCampus.build();

        OrgChart one = seed.organisation.chart().at(DAY);
        OrgChart other = again.organisation.chart().at(DAY);

        assertThat(other.toDot(MessageBundle.ZH)).isEqualTo(one.toDot(MessageBundle.ZH));
        assertThat(other.toMermaid(MessageBundle.EN)).isEqualTo(one.toMermaid(MessageBundle.EN));
        assertThat(other.toJson()).isEqualTo(one.toJson());
    }

    @Test
    void theChartReadsBackFromItsJson() {
        addTheNastyStudio();
        OrgChart chart = seed.organisation.chart().at(DAY);

        OrgChart back = OrgChart.fromJson(chart.toJson());

        assertThat(back).isEqualTo(chart);
        assertThat(back.toJson()).isEqualTo(chart.toJson());
        assertThat(chart.roots()).extracting(OrgChart.Node::id).containsExactly(SeedCampus.SCHOOL_GROUP);
        assertThat(chart.colleges()).extracting(OrgChart.College::id)
                .containsExactly(CollegeId.of("EDU"), CollegeId.of("FL"), CollegeId.of("MATH"));
    }

    /** Who was on the station on 2023-03-01? Not the students appointed on 2023-03-15. */
    @Test
    void theChartAtAnEarlierDateOmitsPeopleAppointedLater() {
        seed.organisation.recruitment().select(STATION, LocalDate.of(2023, 3, 15));
        PersonId later = SeedCampus.student(CollegeId.of("EDU"), 9);

        OrgChart before = seed.organisation.chart().at(LocalDate.of(2023, 3, 1));
        OrgChart after = seed.organisation.chart().at(LocalDate.of(2023, 3, 15));

        assertThat(station(before).holders()).hasSize(24).extracting(OrgChart.Holder::person).doesNotContain(later);
        assertThat(station(after).holders()).hasSize(30).extracting(OrgChart.Holder::person).contains(later);
        assertThat(before.toDot(MessageBundle.ZH)).doesNotContain("学生1-9");
        assertThat(after.toDot(MessageBundle.ZH)).contains("成员：学生1-9");
        assertThat(seed.organisation.chart().at(DAY.minusDays(1)).nodes()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    /** A culture studio under the station whose name and member's name need escaping. */
    private void addTheNastyStudio() {
        StudentNo no = StudentNo.of("2022019999");
        seed.campus.enrol(Enrolment.of(no, NASTY_PERSON, ClassId.of("EDU2201"), DAY));
        PersonId person = PersonId.of(no.value());
        seed.tree.found(OrgUnit.of(STUDIO, OrgKind.CULTURE_STUDIO, NASTY_NODE, STATION, null, DAY), person);
        seed.tree.appoint(Appointment.of(STUDIO, person, Position.MEMBER, DAY));
        seed.tree.recommend(new Recommendation(STATION, CollegeId.of("EDU"), person, 20, DAY));
    }

    private static OrgChart.Node station(OrgChart chart) {
        return chart.nodes().stream().filter(n -> n.id().equals(STATION)).findFirst().orElseThrow();
    }

    /** The line of {@code text} that holds {@code start}, whole. */
    private static String nodeLine(String text, String start) {
        return text.lines().filter(l -> l.contains(start)).findFirst().orElseThrow(() -> new AssertionError("no line with " + start));
    }

    private static String mermaidId(OrgId id) {
        return "org_" + id.value().replace("-", "_2d").replace(".", "_2e");
    }

    private static boolean dotIsInstalled() {
        try {
            return new ProcessBuilder("dot", "-V").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code dot} with {@code format} on {@code input}; fails unless it exits 0. */
    private static String run(String input, String format) throws Exception {
        Process dot = new ProcessBuilder("dot", format).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        dot.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        dot.getOutputStream().close();
        String out = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dot.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dot.exitValue()).isZero();
        return out;
    }

    /** The height (y, upwards) of each node in {@code dot -Tplain} output. */
    private static Map<String, Double> heights(String plain) {
        Map<String, Double> heights = new HashMap<>();
        for (String line : plain.lines().toList()) {
            List<String> parts = List.of(line.split(" "));
            if (parts.get(0).equals("node")) {
                heights.put(parts.get(1).replace("\"", ""), Double.parseDouble(parts.get(3)));
            }
        }
        return heights;
    }
}

package edu.yiban.examples.cli;

import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.scoring.college.CollegeReport;
import edu.yiban.scoring.college.CollegeResult;
import edu.yiban.scoring.college.DemonstrationDecision;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Measure;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code colleges.json}: the colleges' YiBan construction evaluation (学院易班建设评价, seed §5.2) — for
 * every college in rank order, the five indicators of the seed (user coverage, class activity, promotion
 * effect, team building, stickiness) with their weights and scores, the measured values with the counts
 * behind them, the total, place, tier, whether it is a demonstration centre (示范中心) and why, and the
 * whole explanation.
 */
final class CollegesFile {
    /** The file's format, written in it. */
    static final String FORMAT = "yiban-colleges/1";

    private CollegesFile() {
    }

    /** One of the five indicators of a college: its node in the system, weight, score and contribution to the total. */
    record Indicator(String code, Bilingual name, BigDecimal weight, BigDecimal score, BigDecimal contribution) {
    }

    /** A college's line. */
    record Line(String college, String name, String nameEn, int students, int rank, int sharedRank, BigDecimal total,
                String tier, Bilingual tierName, boolean demonstrationCentre, String decision, Bilingual reason,
                List<Indicator> indicators, SortedMap<String, Measure> measures, Explanation explanation) {
    }

    /** The five indicators of {@code result}, in the system's order. */
    static List<Indicator> indicators(CollegeResult result) {
        List<Indicator> out = new ArrayList<>();
        for (Explanation node : result.result().explanation().children()) {
            out.add(new Indicator(node.code(), node.name(), node.weight(), node.scoreShown(), node.contributionShown()));
        }
        return out;
    }

    /** The lines of {@code report}, in rank order. */
    static List<Line> lines(CollegeReport report, CampusDirectory directory) {
        Map<String, Integer> students = studentsOn(directory, report.to());
        List<Line> lines = new ArrayList<>();
        for (CollegeResult r : report.results()) {
            Optional<College> college = directory.college(CollegeId.of(r.college()));
            SortedMap<String, Measure> measures = new TreeMap<>();
            leaves(r.result().explanation(), measures);
            DemonstrationDecision decision = report.demonstration().decision(r.college()).orElseThrow();
            lines.add(new Line(r.college(), college.map(College::name).orElse(r.college()),
                    college.flatMap(College::nameEn).orElse(r.college()), students.getOrDefault(r.college(), 0), r.rank().rank(),
                    r.rank().sharedRank(), r.result().total(), r.tier().code(), r.tier().name(), r.demonstrationCentre(),
                    decision.outcome().name(), decision.reason(), indicators(r), measures, r.result().explanation()));
        }
        return lines;
    }

    /** Writes the file. */
    static void write(Path file, CollegeReport report, CampusDirectory directory) {
        try (Writer out = JsonFiles.open(file)) {
            Object[] head = {
                "demonstrationCentres", report.demonstration().chosen(),
                "demonstrationRule", report.demonstration().rule(),
                "format", FORMAT,
                "from", report.from(),
                "rules", report.rules(),
            };
            List<Object> tail = new ArrayList<>(List.of(
                    "system", Map.of("id", report.system(), "version", report.version()),
                    "to", report.to()));
            report.demonstration().shortfall().ifPresent(s -> tail.addAll(0, List.of("shortfall", s)));
            JsonFiles.writeWithList(out, head, "colleges", lines(report, directory), tail.toArray());
        } catch (IOException e) {
            throw Outputs.cannotWrite(file, e);
        }
    }

    /** The students studying on {@code day} in each college's classes, by college code. */
    static Map<String, Integer> studentsOn(CampusDirectory directory, LocalDate day) {
        Map<ClassId, String> collegeOf = new HashMap<>();
        directory.classes().forEach(c -> collegeOf.put(c.id(), c.college().value()));
        Map<String, Integer> counts = new TreeMap<>();
        for (Student s : directory.students()) {
            if (s.statusOn(day).filter(StudentStatus::isStudying).isPresent()) {
                counts.merge(collegeOf.get(s.classOn(day)), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void leaves(Explanation node, SortedMap<String, Measure> out) {
        node.raw().ifPresent(m -> out.put(node.code(), m));
        node.children().forEach(c -> leaves(c, out));
    }
}

package edu.yiban.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.student.AwardOutcome;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code evaluation.json}: every student's comprehensive evaluation (学生综合测评) of the term, with its
 * explanation — the system's tree of raw values, normalised scores, weights and notes, and every item
 * line of the rule table — their places in class, major, college and cohort, their band and awards.
 * Students are in 学号 order, one a line. {@code incomplete} at the top counts the results that read a value
 * a plugin failed to give; such a line names the indicators in its own {@code incomplete}, and its
 * explanation says where the value was read (a complete line has no {@code incomplete}).
 */
final class EvaluationFile {
    /** The file's format, written in it. */
    static final String FORMAT = "yiban-evaluation/1";

    private EvaluationFile() {
    }

    /** One student's line. */
    record Line(String student, BigDecimal total, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> incomplete, String band,
                List<String> awards, SortedMap<String, Ranked> ranks, StudentResult evaluation) {
    }

    /** The lines of {@code results} with the bands and awards of {@code awards}, in 学号 order. */
    static List<Line> lines(StudentResults results, AwardOutcome awards) {
        Map<Grouping, Map<String, Ranked>> ranks = new EnumMap<>(Grouping.class);
        for (Grouping grouping : Grouping.values()) {
            Map<String, Ranked> bySubject = new HashMap<>();
            results.ranks(grouping).forEach(r -> bySubject.put(r.subject(), r));
            ranks.put(grouping, bySubject);
        }
        Map<StudentNo, AwardOutcome.Standing> standings = new HashMap<>();
        awards.standings().forEach(s -> standings.put(s.student(), s));
        List<StudentResult> ordered = new ArrayList<>(results.results());
        ordered.sort((a, b) -> a.student().value().compareTo(b.student().value()));
        List<Line> lines = new ArrayList<>(ordered.size());
        for (StudentResult r : ordered) {
            String no = r.student().value();
            SortedMap<String, Ranked> places = new TreeMap<>();
            for (Grouping grouping : Grouping.values()) {
                Ranked place = ranks.get(grouping).get(no);
                if (place != null) {
                    places.put(grouping.name().toLowerCase(Locale.ROOT), place);
                }
            }
            AwardOutcome.Standing standing = standings.get(r.student());
            lines.add(new Line(no, r.total(), r.result().incomplete(), standing == null ? null : standing.band(),
                    standing == null ? List.of() : standing.awards(), places, r));
        }
        return lines;
    }

    /** Writes the file. */
    static void write(Path file, StudentResults results, AwardOutcome awards) {
        try (Writer out = JsonFiles.open(file)) {
            Object[] head = {
                "awardPolicy", awards.policy(),
                "format", FORMAT,
                "gates", results.gates(),
                "incomplete", results.results().stream().filter(r -> !r.result().complete()).count(),
                "period", results.period().toString(),
                "ruleSet", Map.of("id", results.ruleSet(), "version", results.ruleSetVersion()),
            };
            Object[] tail = {
                "system", Map.of("id", results.system(), "version", results.systemVersion()),
                "tieBreak", results.tieBreak(),
            };
            JsonFiles.writeWithList(out, head, "students", lines(results, awards), tail);
        } catch (IOException e) {
            throw Outputs.cannotWrite(file, e);
        }
    }
}

package edu.yiban.examples.app;

import edu.yiban.core.id.StudentNo;
import edu.yiban.core.id.TermId;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.Note;
import edu.yiban.scoring.result.Ranked;
import edu.yiban.scoring.student.Grouping;
import edu.yiban.scoring.student.ItemLine;
import edu.yiban.scoring.student.StudentResult;
import edu.yiban.scoring.student.StudentResults;
import edu.yiban.sdk.Yiban;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation office's desk: runs the students' comprehensive evaluation (学生综合测评) of a term with the
 * runtime's rules and system, and writes one student's result out with its explanation (评分说明) — the
 * tree of weights and scores, then every points line with its arithmetic — as a counsellor reads it to a
 * student who asks how their total was made.
 *
 * <pre>{@code
 * EvaluationDesk desk = injector.getInstance(EvaluationDesk.class);
 * StudentResults term = desk.evaluate(CampusRegistry.TERM);
 * desk.explain(term, CampusRegistry.LI_MING, Locale.ENGLISH).forEach(System.out::println);
 * }</pre>
 */
public final class EvaluationDesk {
    private final Yiban yiban;
    private final CampusRegistry registry;

    /** A desk over the runtime (its evaluation contains plugin faults, should a plugin fail). */
    @Inject
    public EvaluationDesk(Yiban yiban, CampusRegistry registry) {
        this.yiban = yiban;
        this.registry = registry;
    }

    /** Every student's result for {@code term}, by the runtime's rule set and indicator system. */
    public StudentResults evaluate(TermId term) {
        return yiban.evaluateStudents(term).results();
    }

    /** {@code student}'s place in their class. */
    public Ranked rankInClass(StudentResults results, StudentNo student) {
        return results.ranks(Grouping.CLASS).stream()
                .filter(r -> r.subject().equals(student.value()))
                .findFirst().orElseThrow();
    }

    /** {@code student}'s result, its explanation tree and its points lines, in {@code locale}'s language. */
    public List<String> explain(StudentResults results, StudentNo student, Locale locale) {
        AppText text = new AppText(locale);
        StudentResult result = results.result(student).orElseThrow();
        Ranked rank = rankInClass(results, student);
        List<String> out = new ArrayList<>();
        out.add(text.get("result.head", registry.nameOf(student), student.value(), result.classId().value(), results.period()));
        out.add(text.get("result.total", result.total(), rank.rank(), rank.of(),
                text.get(result.result().eligible() ? "result.eligible" : "result.ineligible", String.join(", ", result.result().failedGates()))));
        out.add(text.get("result.rules", results.ruleSet(), results.ruleSetVersion(), results.system(), results.systemVersion()));
        out.add(text.get("result.tree"));
        Explanation root = result.result().explanation();
        for (Explanation child : root.children()) {
            node(child, "    ", text, out);
        }
        out.add(text.get("result.lines"));
        for (ItemLine line : result.lines()) {
            String part = root.find(line.part()).map(p -> p.name().in(text.locale())).orElse(line.part());
            out.add("    " + text.get("result.line", part, signed(line.points()), line.text().in(text.locale())));
        }
        return out;
    }

    private static void node(Explanation node, String indent, AppText text, List<String> out) {
        out.add(indent + text.get("result.node", node.name().in(text.locale()), node.weight().stripTrailingZeros().toPlainString(),
                node.scoreShown(), node.contributionShown()));
        node.raw().ifPresent(raw -> out.add(indent + "    " + text.get("result.raw", raw.value(), raw.source(),
                raw.note().map(n -> n.in(text.locale())).orElse(""))));
        for (Note note : node.notes()) {
            out.add(indent + "    " + text.get("result.note", signed(note.shown()), note.message(text.locale())));
        }
        for (Explanation child : node.children()) {
            node(child, indent + "    ", text, out);
        }
    }

    private static String signed(BigDecimal points) {
        return (points.signum() >= 0 ? "+" : "") + points.toPlainString();
    }
}

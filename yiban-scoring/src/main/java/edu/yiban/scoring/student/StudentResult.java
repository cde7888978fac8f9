package edu.yiban.scoring.student;

import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * One student's comprehensive evaluation (综合测评成绩) for a period: where the directory places them, the
 * result with its explanation tree (every part's score, formula values, points, weights, caps, vetoes,
 * gates), the academic part, the lines of every point the rules gave, and the raw values awards read.
 *
 * <pre>{@code
 * StudentResult r = results.result(StudentNo.of("2022010101")).orElseThrow();
 * System.out.println(r.explain(Locale.SIMPLIFIED_CHINESE));   // what a counsellor reads out on appeal
 * }</pre>
 *
 * @param student  the 学号
 * @param classId  the class on the period's last day
 * @param major    its major
 * @param college  its college
 * @param cohort   its cohort
 * @param result   the result; its subject is the 学号
 * @param academic the academic part, when the period has grade entries
 * @param lines    the points lines, by part (in the rule set's order), then term, then recording order
 * @param scores   every scored node's exact score by its code (a part's, or an indicator system node's); for a
 *                 year scored from its terms, the weighted mean of the terms' — what tie-breaks read
 * @param measures the raw values of the period by indicator code (GPA, weighted average, each part's points,
 *                 severities, plugins' indicators) — what award gates read
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StudentResult(
        StudentNo student,
        ClassId classId,
        MajorId major,
        CollegeId college,
        Cohort cohort,
        SubjectResult result,
        Optional<Academic> academic,
        List<ItemLine> lines,
        SortedMap<String, BigDecimal> scores,
        SortedMap<String, BigDecimal> measures) {

    public StudentResult {
        Objects.requireNonNull(student, "student is null");
        Objects.requireNonNull(classId, "classId is null");
        Objects.requireNonNull(major, "major is null");
        Objects.requireNonNull(college, "college is null");
        Objects.requireNonNull(cohort, "cohort is null");
        Objects.requireNonNull(result, "result is null");
        academic = academic == null ? Optional.empty() : academic;
        lines = List.copyOf(lines);
        scores = scores == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(scores));
        measures = measures == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(measures));
    }

    /** The total, two decimals. */
    public BigDecimal total() {
        return result.total();
    }

    /** The code of the student's group at {@code grouping}: the class, major or college code, or the cohort year. */
    public String group(Grouping grouping) {
        return switch (grouping) {
            case CLASS -> classId.value();
            case MAJOR -> major.value();
            case COLLEGE -> college.value();
            case COHORT -> cohort.toString();
        };
    }

    /** The lines of the part {@code part}. */
    public List<ItemLine> lines(String part) {
        return lines.stream().filter(l -> l.part().equals(part)).toList();
    }

    /** The points of the part {@code part}: the sum of its lines. */
    public BigDecimal points(String part) {
        return lines(part).stream().map(ItemLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The exact score of the node {@code code}, if it was scored. */
    public Optional<BigDecimal> score(String code) {
        return Optional.ofNullable(scores.get(code));
    }

    /** The raw value of {@code indicator}, if the student has one. */
    public Optional<BigDecimal> measure(String indicator) {
        return Optional.ofNullable(measures.get(indicator));
    }

    /**
     * The explanation as text a counsellor reads out to a student who appeals (申诉), in {@code locale}'s
     * language (zh_CN for any Chinese locale, else English): the total and every part with its weight and
     * score, each part's lines (base, items with their arithmetic and entries, caps, floors, defaults),
     * formula values with their inputs, bonus items with their raw value and source, missing values, vetoes
     * and gates. Every figure is as shown in the result, so the parts add up to the total as printed.
     *
     * <p>A view, not a second computation: it reads only what this record holds — {@link #result()}'s explanation
     * tree, vetoes and failed gates, and {@link #lines()} — so a result read back from a saved round explains itself
     * the same way, and the text can never disagree with the score. The sentences come from the scoring module's
     * bundles ({@code messages_zh_CN}, {@code messages_en}); names of parts and rules from the rule set, in both
     * languages.
     */
    public String explain(Locale locale) {
        return StudentText.explain(this, locale);
    }
}

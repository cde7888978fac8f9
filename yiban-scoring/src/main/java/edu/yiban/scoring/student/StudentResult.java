package edu.yiban.scoring.student;

import edu.yiban.core.archive.Dimension;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.scoring.result.SubjectResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One student's comprehensive evaluation (综合测评成绩) for a period: where the directory places them, the
 * indicator system's result with its explanation tree (raw values, normalised scores, weights, bonuses,
 * caps, vetoes, gates), the academic part, and the lines of every point the rule tables gave.
 *
 * @param student  the 学号
 * @param classId  the class on the period's last day
 * @param major    its major
 * @param college  its college
 * @param cohort   its cohort
 * @param result   the system's result; its subject is the 学号
 * @param academic the academic part, when the period has grade entries
 * @param lines    the points lines, by dimension, then term, then recording order
 */
public record StudentResult(
        StudentNo student,
        ClassId classId,
        MajorId major,
        CollegeId college,
        Cohort cohort,
        SubjectResult result,
        Optional<Academic> academic,
        List<ItemLine> lines) {

    public StudentResult {
        Objects.requireNonNull(student, "student is null");
        Objects.requireNonNull(classId, "classId is null");
        Objects.requireNonNull(major, "major is null");
        Objects.requireNonNull(college, "college is null");
        Objects.requireNonNull(cohort, "cohort is null");
        Objects.requireNonNull(result, "result is null");
        academic = academic == null ? Optional.empty() : academic;
        lines = List.copyOf(lines);
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

    /** The lines of {@code dimension}. */
    public List<ItemLine> lines(Dimension dimension) {
        return lines.stream().filter(l -> l.dimension() == dimension).toList();
    }

    /** The raw points of {@code dimension}: the sum of its lines. */
    public BigDecimal points(Dimension dimension) {
        return lines(dimension).stream().map(ItemLine::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

package edu.yiban.scoring.student;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.Dimension;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.TermId;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.internal.student.StudentEvaluator;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.system.ExternalNormaliser;
import edu.yiban.scoring.system.IndicatorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The students' comprehensive evaluation (学生综合测评), seed §3.2: every studying student's growth archive
 * (成长档案) scored in the five dimensions 德智体美劳 by the year's rule table ({@link RuleSet}), the academic
 * part from the credit-weighted GPA ({@link GradeScale}), weighed and explained by an
 * {@link IndicatorSystem} with its vetoes (一票否决) and eligibility gates; then ranks and awards.
 *
 * <pre>{@code
 * StudentEvaluation evaluation = StudentEvaluation.builder(core)
 *         .rules(RuleSets.of(RuleSet.example2022()))          // required: a rule set per academic year
 *         .gradeScale(GradeScale.fourPoint())                  // default
 *         .system(StudentEvaluation.defaultSystem())           // default: 德 0.2, 智 0.6, 体 0.1, 美 0.05, 劳 0.05
 *         .build();
 * StudentResults term = evaluation.evaluate(TermId.parse("2022-2023-1"));
 * StudentResults year = evaluation.evaluate(AcademicYear.of(2022));
 * term.result(StudentNo.of("2022010101")).orElseThrow().result().explanation();  // why each point
 * List<Ranked> inMajor = term.ranks(Grouping.MAJOR);
 * AwardOutcome awards = year.awards(AwardPolicy.example());
 * }</pre>
 *
 * <h2>What is evaluated</h2>
 * The students studying (在读 or 复学) on at least one day of the period's terms; each is grouped by the
 * class the directory places them in on the period's last day. Every effective archive entry of the
 * period's terms counts (corrected and revoked entries do not), whoever may see it.
 *
 * <h2>Raw values</h2>
 * For each student the evaluation produces, in one pass per term over the archives' compact columns:
 * <ul>
 *   <li>{@code points.moral}, {@code points.intellectual}, {@code points.physical}, {@code points.aesthetic},
 *       {@code points.labour} — the dimension's base score plus the rule table's lines ({@link ItemLine});
 *       each measure's note lists its lines;</li>
 *   <li>{@code gpa}, {@code credits}, {@code failed-courses}, {@code lowest-score} — the academic part
 *       ({@link Academic}), absent when the period has no grade entry;</li>
 *   <li>each {@link Rule#severity()} indicator (e.g. {@code sanction-level}) — the highest severity matched, 0 when none.</li>
 * </ul>
 * A system may read any of these; one reading another indicator is refused.
 *
 * <h2>Terms and years</h2>
 * A year is evaluated as one period: all its terms' entries together, not an average of term results. Per
 * entry items and highest-only groups are taken term by term (proration against each entry's own term),
 * {@link Limit.Per#TERM} limits hold each term, and the base score, sums in bands, trimmed means,
 * {@link Limit.Per#PERIOD} limits and the GPA are over the year. A term's evaluation is the same with one term.
 *
 * <h2>Years</h2>
 * Each academic year is evaluated with its own {@link RuleSet} ({@link RuleSets}) and with the system bound to
 * it by {@link Builder#system(AcademicYear, IndicatorSystem)}, else the default system; so a year's results
 * recompute the same after a later year's rules or weights changed. The grade scale is one for all years.
 *
 * <h2>Bad data</h2>
 * An entry a rule cannot read (hours that are not a number, a grade the scale does not know, a
 * {@code from} after its {@code to}) refuses the whole evaluation with an
 * {@link edu.yiban.core.InvalidInputException} naming every such entry and attribute
 * ({@code 2022010101#17.attributes.hours}); correct the entries and evaluate again.
 */
public interface StudentEvaluation {
    /** The raw value of the credit-weighted GPA. */
    String GPA = "gpa";
    /** The raw value of the credits taken. */
    String CREDITS = "credits";
    /** The raw value of the courses below the pass mark. */
    String FAILED_COURSES = "failed-courses";
    /** The raw value of the lowest single-course score. */
    String LOWEST_SCORE = "lowest-score";
    /** Where {@link #defaultSystem()} is read from. */
    String DEFAULT_SYSTEM = "/edu/yiban/scoring/presets/student-system.json";
    /** The default tie-break nodes of ranks: the academic part, then the moral part. */
    List<String> DEFAULT_TIE_BREAK = List.of("intellectual", "moral");

    /** Evaluates one term with the rule set of its academic year. */
    StudentResults evaluate(TermId term);

    /** Evaluates a whole academic year with its rule set. */
    StudentResults evaluate(AcademicYear year);

    /** Evaluates {@code period}. */
    StudentResults evaluate(EvaluationPeriod period);

    /** The raw values the evaluation of {@code period} reads, e.g. to evaluate them with another system. */
    RawValues rawValues(EvaluationPeriod period);

    /** The raw value of {@code dimension}'s points, e.g. {@code points.moral}. */
    static String points(Dimension dimension) {
        return "points." + dimension.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The default indicator system (a preset, weights labelled as a default): 德 0.2 (moral points), 智 0.6
     * (GPA on 0–4 → 0–100, plus intellectual items up to 10), 体 0.1, 美 0.05, 劳 0.05 (their points);
     * vetoed to 0 by a sanction of severity 3 (记过) or more; gates: GPA at least 2.0, every course at least
     * 70, no sanction, no failed course.
     */
    static IndicatorSystem defaultSystem() {
        return YibanJson.resource(StudentEvaluation.class, DEFAULT_SYSTEM, IndicatorSystem::fromJson);
    }

    /** A builder over a core's directory and archives. */
    static Builder builder(YibanCore core) {
        return builder(core.directory(), core.archives());
    }

    /** A builder over a directory and its archives. */
    static Builder builder(CampusDirectory directory, GrowthArchives archives) {
        return new Builder(directory, archives);
    }

    /** Builds a {@link StudentEvaluation}. */
    final class Builder {
        private final CampusDirectory directory;
        private final GrowthArchives archives;
        private RuleSets rules;
        private GradeScale gradeScale;
        private IndicatorSystem system;
        private final Map<AcademicYear, IndicatorSystem> systemsByYear = new TreeMap<>();
        private List<String> tieBreak = DEFAULT_TIE_BREAK;
        private final List<ExtraMeasures> extra = new ArrayList<>();
        private Map<String, ExternalNormaliser> normalisers = Map.of();

        private Builder(CampusDirectory directory, GrowthArchives archives) {
            this.directory = Objects.requireNonNull(directory, "directory is null");
            this.archives = Objects.requireNonNull(archives, "archives is null");
        }

        /** The rule sets by academic year (required). */
        public Builder rules(RuleSets rules) {
            this.rules = Objects.requireNonNull(rules, "rules is null");
            return this;
        }

        /** The grade scale (default {@link GradeScale#fourPoint()}). */
        public Builder gradeScale(GradeScale scale) {
            this.gradeScale = GradeScale.checked(Objects.requireNonNull(scale, "scale is null"));
            return this;
        }

        /** The indicator system (default {@link StudentEvaluation#defaultSystem()}). */
        public Builder system(IndicatorSystem indicatorSystem) {
            this.system = IndicatorSystem.checked(Objects.requireNonNull(indicatorSystem, "system is null"));
            return this;
        }

        /**
         * The indicator system of one academic year, when its weights or gates differ from the default's: so
         * that last year's results recompute with last year's system after this year's changed.
         */
        public Builder system(AcademicYear year, IndicatorSystem indicatorSystem) {
            systemsByYear.put(Objects.requireNonNull(year, "year is null"),
                    IndicatorSystem.checked(Objects.requireNonNull(indicatorSystem, "system is null")));
            return this;
        }

        /** The nodes whose exact scores break equal totals in ranks, before the 学号 (default {@link #DEFAULT_TIE_BREAK}). */
        public Builder tieBreak(List<String> nodes) {
            this.tieBreak = List.copyOf(nodes);
            return this;
        }

        /** Measures from outside the rule tables, merged before the system scores (e.g. plugins' indicators). */
        public Builder measures(ExtraMeasures measures) {
            extra.add(Objects.requireNonNull(measures, "measures is null"));
            return this;
        }

        /** Plugins' normalisers by id, for the systems' {@code external} leaves. */
        public Builder normalisers(Map<String, ExternalNormaliser> external) {
            this.normalisers = Map.copyOf(external);
            return this;
        }

        /**
         * The evaluation.
         *
         * @throws edu.yiban.core.InvalidInputException when no rule sets were given or a tie-break node is not in a system
         */
        public StudentEvaluation build() {
            return new StudentEvaluator(directory, archives, rules,
                    gradeScale == null ? GradeScale.fourPoint() : gradeScale,
                    system == null ? defaultSystem() : system, systemsByYear, tieBreak, extra, normalisers);
        }
    }
}

package edu.yiban.scoring.student;

import edu.yiban.core.YibanCore;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.id.AcademicYear;
import edu.yiban.core.id.TermId;
import edu.yiban.core.json.YibanJson;
import edu.yiban.scoring.result.RawValues;
import edu.yiban.scoring.system.ExternalNormaliser;
import edu.yiban.scoring.system.IndicatorSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The students' comprehensive evaluation (学生综合测评), seed §3.2: every studying student's growth archive
 * (成长档案) scored by the campus's rules of the year ({@link RuleSet}): the parts the rules declare (德智体美劳
 * in the seed's preset; any tree a campus writes), their formulas over the academic part ({@link GradeScale}:
 * GPA, credit-weighted average), the points of their rules, their vetoes (一票否决) and eligibility gates;
 * then ranks and awards. An {@link IndicatorSystem} may score the raw values instead (normalisers, as the
 * colleges' evaluation does), for every year or for one.
 *
 * <pre>{@code
 * StudentEvaluation evaluation = StudentEvaluation.builder(core)
 *         .rules(RuleSets.of(RuleSet.example2022()))          // required: a rule set per academic year
 *         .gradeScale(GradeScale.fourPoint())                  // default
 *         .build();                                            // each year's rule set scores its own parts
 * StudentResults term = evaluation.evaluate(TermId.parse("2022-2023-1"));
 * StudentResults year = evaluation.evaluate(AcademicYear.of(2022));
 * term.result(StudentNo.of("2022010101")).orElseThrow().explain(Locale.SIMPLIFIED_CHINESE);  // why each point
 * List<Ranked> inMajor = term.ranks(Grouping.MAJOR);
 * AwardOutcome awards = year.awards(AwardPolicy.example());
 * }</pre>
 *
 * <h2>What is evaluated</h2>
 * The students studying (在读 or 复学) on at least one day of the period's terms; each is grouped by the
 * class the directory places them in on the period's last day. Every effective archive entry of the
 * period's terms counts (corrected and revoked entries do not), whoever may see it; an item the rules count
 * by days held counts from any term of the academic year, for its days in the period.
 *
 * <h2>Raw values</h2>
 * For each student the evaluation produces, in one pass per term over the archives' compact columns:
 * <ul>
 *   <li>{@code points.<part>} for every part — its base score or default plus its rules' lines ({@link ItemLine});</li>
 *   <li>{@code gpa}, {@code weighted-average}, {@code average-score}, {@code credits}, {@code failed-courses}, {@code lowest-score} — the
 *       academic part ({@link Academic}), absent when the period has no grade entry;</li>
 *   <li>each {@link Rule#severity()} indicator (e.g. {@code sanction-level}) — the highest severity matched, 0 when none;</li>
 *   <li>the indicators of {@link ExtraMeasures} (plugins), which a rule set declares in its {@code indicators}.</li>
 * </ul>
 * Formulas, vetoes, gates and systems read these; reading one nothing produces is refused when the evaluation
 * is built, naming the plugin that would produce it where the declaration names one.
 *
 * <h2>Terms and years</h2>
 * By default a year is evaluated as one period: all its terms' entries together. Per-entry items and
 * highest-only groups are taken term by term, {@link Limit.Per#TERM} limits hold each term, and the base
 * score, sums in bands, trimmed means, {@link Limit.Per#PERIOD} limits and the GPA are over the year. A rule set
 * whose {@link RuleSet.YearRule} says {@code TERMS} scores each term on its own instead and makes the year's total
 * the (weighted) mean of the terms' totals (two decimals each, as published); gates read the year's raw values.
 *
 * <h2>Years</h2>
 * Each academic year is evaluated with its own {@link RuleSet} ({@link RuleSets}) and, where one is bound, its own
 * indicator system; so a year's results recompute the same after a later year's rules changed. The grade scale
 * is one for all years.
 *
 * <h2>Bad data</h2>
 * An entry a rule cannot read (hours that are not a number, a grade the scale does not know, a
 * {@code from} after its {@code to}) refuses the whole evaluation with an
 * {@link edu.yiban.core.error.InvalidInputException} naming every such entry and attribute
 * ({@code 2022010101#17.attributes.hours}); correct the entries and evaluate again.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface StudentEvaluation {
    /** The raw value of the credit-weighted GPA (学分绩点). */
    String GPA = "gpa";
    /** The raw value of the credit-weighted average score (学分加权平均分). */
    String WEIGHTED_AVERAGE = "weighted-average";
    /** The raw value of the plain mean of the course scores, every course alike whatever its credits (算术平均分). */
    String AVERAGE_SCORE = "average-score";
    /** The raw value of the credits taken. */
    String CREDITS = "credits";
    /** The raw value of the courses below the pass mark. */
    String FAILED_COURSES = "failed-courses";
    /** The raw value of the lowest single-course score. */
    String LOWEST_SCORE = "lowest-score";
    /** Where {@link #defaultSystem()} is read from. */
    String DEFAULT_SYSTEM = "/edu/yiban/scoring/presets/student-system.json";

    /** Evaluates one term with the rule set of its academic year. */
    StudentResults evaluate(TermId term);

    /** Evaluates a whole academic year with its rule set. */
    StudentResults evaluate(AcademicYear year);

    /** Evaluates {@code period}. */
    StudentResults evaluate(EvaluationPeriod period);

    /** The raw values the evaluation of {@code period} reads, e.g. to evaluate them with another system. */
    RawValues rawValues(EvaluationPeriod period);

    /** The raw value of the part {@code part}'s points, e.g. {@code points.moral}. */
    static String points(String part) {
        return "points." + part;
    }

    /**
     * An example indicator system over the seed preset's parts (a preset, weights labelled as a default): 德 0.2
     * (moral points), 智 0.6 (GPA on 0–4 → 0–100, plus intellectual items up to 10), 体 0.1, 美 0.05, 劳 0.05 (their
     * points); vetoed to 0 by a sanction of severity 3 (记过) or more; gates: GPA at least 2.0, every course at least
     * 70, no sanction, no failed course. It scores as {@link RuleSet#example2022()}'s own parts do, through
     * normalisers; a campus that wants normalised scores starts from it.
     */
    static IndicatorSystem defaultSystem() {
        return YibanJson.resource(StudentEvaluation.class.getResourceAsStream(DEFAULT_SYSTEM), DEFAULT_SYSTEM, IndicatorSystem::fromJson);
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
        private @Nullable RuleSets rules;
        private @Nullable GradeScale gradeScale;
        private @Nullable IndicatorSystem system;
        private final Map<AcademicYear, IndicatorSystem> systemsByYear = new TreeMap<>();
        private @Nullable List<String> tieBreak;
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

        /**
         * An indicator system that scores every year's raw values instead of the rule sets' own parts (default: none,
         * the parts score).
         */
        public Builder system(IndicatorSystem indicatorSystem) {
            this.system = IndicatorSystem.checked(Objects.requireNonNull(indicatorSystem, "system is null"));
            return this;
        }

        /**
         * The indicator system of one academic year, when that year is scored by a system: so that last year's
         * results recompute with last year's system after this year's changed.
         */
        public Builder system(AcademicYear year, IndicatorSystem indicatorSystem) {
            systemsByYear.put(Objects.requireNonNull(year, "year is null"),
                    IndicatorSystem.checked(Objects.requireNonNull(indicatorSystem, "system is null")));
            return this;
        }

        /**
         * The nodes whose exact scores break equal totals in ranks, before the 学号 (default: each rule set's
         * {@link RuleSet#tieBreak()}; none under an indicator system).
         */
        public Builder tieBreak(List<String> nodes) {
            this.tieBreak = List.copyOf(nodes);
            return this;
        }

        /** Measures from outside the rule sets, merged before scoring (e.g. plugins' indicators). */
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
         * @throws edu.yiban.core.error.InvalidInputException when no rule sets were given, a rule set or system reads an
         *                                              indicator nothing produces, or a tie-break node is not scored
         */
        public StudentEvaluation build() {
            return new StudentEvaluator(directory, archives, rules, gradeScale == null ? GradeScale.fourPoint() : gradeScale,
                    system, systemsByYear, tieBreak, extra, normalisers);
        }
    }
}

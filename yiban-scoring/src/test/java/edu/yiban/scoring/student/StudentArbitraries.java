package edu.yiban.scoring.student;

import static edu.yiban.scoring.ScoringArbitraries.bilingual;
import static edu.yiban.scoring.ScoringArbitraries.codes;
import static edu.yiban.scoring.ScoringArbitraries.decimals;
import static edu.yiban.scoring.ScoringArbitraries.gates;
import static edu.yiban.scoring.ScoringArbitraries.indicators;
import static edu.yiban.scoring.ScoringArbitraries.vetoes;

import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.archive.Category;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.Cohort;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.MajorId;
import edu.yiban.scoring.result.Explanation;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.system.Comparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary values of every public value type of the students' evaluation, for the JSON round-trip property. */
public final class StudentArbitraries {
    private StudentArbitraries() {
    }

    /** Every generator, by the type it makes. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(Grouping.class, Arbitraries.of(Grouping.class));
        all.put(QuotaRounding.class, Arbitraries.of(QuotaRounding.class));
        all.put(EvaluationPeriod.class, periods());
        all.put(Rule.Split.class, Arbitraries.of(Rule.Split.class));
        all.put(Rule.Row.class, rows());
        all.put(Rule.Table.class, tables());
        all.put(Rule.Recorded.class, Arbitraries.just(new Rule.Recorded()));
        all.put(Rule.Band.class, ruleBands());
        all.put(Rule.SumBands.class, sumBands());
        all.put(Rule.TrimmedMean.class, trimmedMeans());
        all.put(Rule.TeamShare.class, teams());
        all.put(Rule.HighestOnly.class, highestOnly());
        all.put(Rule.Over.class, Arbitraries.of(Rule.Over.class));
        all.put(Rule.Prorate.class, Arbitraries.of(Rule.Prorate.class));
        all.put(Rule.AttributeValue.class, attributeValues());
        all.put(Rule.Formula.class, formulas().map(Rule.Formula::new));
        all.put(Part.class, parts(2));
        all.put(RuleSet.YearRule.class, yearRules());
        all.put(RuleSet.YearRule.From.class, Arbitraries.of(RuleSet.YearRule.From.class));
        all.put(RuleSet.GraduationRule.class, graduations());
        all.put(Rule.class, rules());
        all.put(Limit.Per.class, Arbitraries.of(Limit.Per.class));
        all.put(Limit.class, limits());
        all.put(RuleSet.class, ruleSets());
        all.put(GradeScale.Band.class, gradeBands());
        all.put(GradeScale.PointsFormula.class, pointsFormulas());
        all.put(GradeScale.Grade.class, gradeWords());
        all.put(GradeScale.Attempt.class, Arbitraries.of(GradeScale.Attempt.class));
        all.put(GradeScale.PassedLater.class, Arbitraries.of(GradeScale.PassedLater.class));
        all.put(GradeScale.StillFailed.class, Arbitraries.of(GradeScale.StillFailed.class));
        all.put(GradeScale.FailedCourses.class, Arbitraries.of(GradeScale.FailedCourses.class));
        all.put(GradeScale.Attempts.class, attempts());
        all.put(GradeScale.class, gradeScales());
        all.put(AwardPolicy.Basis.class, Arbitraries.of(AwardPolicy.Basis.class));
        all.put(AwardPolicy.Level.class, levels());
        all.put(AwardPolicy.Bands.class, bandsOfLevels());
        all.put(AwardPolicy.QuotaMode.class, Arbitraries.of(AwardPolicy.QuotaMode.class));
        all.put(AwardPolicy.Ties.class, Arbitraries.of(AwardPolicy.Ties.class));
        all.put(AwardPolicy.Condition.class, conditions());
        all.put(AwardPolicy.Award.class, awards());
        all.put(AwardPolicy.class, awardPolicies());
        all.put(Academic.class, academics());
        all.put(ItemLine.Kind.class, Arbitraries.of(ItemLine.Kind.class));
        all.put(ItemLine.class, lines());
        all.put(StudentResult.class, studentResults());
        all.put(StudentResults.class, Combinators.combine(periods(), codes(), codes(), codes(), codes(), codes().list().ofMaxSize(2),
                codes().list().ofMaxSize(2), studentResults().list().ofMaxSize(2)).as(StudentResults::new));
        all.put(AwardOutcome.Quota.class, quotas());
        all.put(AwardOutcome.Verdict.class, Arbitraries.of(AwardOutcome.Verdict.class));
        all.put(AwardOutcome.Shortfall.Kind.class, Arbitraries.of(AwardOutcome.Shortfall.Kind.class));
        all.put(AwardOutcome.Shortfall.class, shortfalls());
        all.put(AwardOutcome.Consideration.class, considerations());
        all.put(AwardOutcome.Standing.class, standings());
        all.put(AwardOutcome.class, Combinators.combine(codes(), periods(), quotas().list().ofMaxSize(2), standings().list().ofMaxSize(2))
                .as(AwardOutcome::new));
        return all;
    }

    /** Rule sets of random shape: parts nested to depth 2, every optional field now there, now not. */
    public static Arbitrary<RuleSet> ruleSets() {
        return Combinators.combine(codes(), bilingual(), codes(), CoreArbitraries.academicYears(), bilingual().optional(), parts(2),
                        rules().list().ofMaxSize(2), limits().list().ofMaxSize(2))
                .flatAs((id, name, version, year, description, parts, rules, limits) -> Combinators.combine(
                        indicators().list().ofMaxSize(2), vetoes().list().ofMaxSize(1), gates().list().ofMaxSize(2),
                        codes().list().ofMaxSize(2), yearRules(), graduations().optional())
                        .as((indicators, vetoes, gates, tieBreak, year2, graduation) -> new RuleSet(id, name, version, year, description, parts,
                                rules, limits, indicators, vetoes, gates, tieBreak, year2, graduation)));
    }

    /** Parts nested to {@code depth} below the one made. */
    public static Arbitrary<Part> parts(int depth) {
        Arbitrary<List<Part>> children = depth == 0 ? Arbitraries.just(List.of()) : parts(depth - 1).list().ofMaxSize(2);
        return Combinators.combine(codes(), bilingual(), decimals(), decimals().optional(), decimals().optional(), formulas().optional(),
                decimals().optional(), decimals().optional())
                .flatAs((code, name, weight, base, fallback, formula, floor, cap) -> children.map(c ->
                        new Part(code, name, weight, base, fallback, formula, floor, cap, c)));
    }

    static Arbitrary<String> formulas() {
        return Arbitraries.of("gpa * 25", "min(weighted_average, 100)", "if(credits > 0, points_moral / 2, 0)");
    }

    static Arbitrary<RuleSet.YearRule> yearRules() {
        return Combinators.combine(Arbitraries.of(RuleSet.YearRule.From.class), decimals().list().ofMaxSize(2), Arbitraries.of(true, false))
                .as(RuleSet.YearRule::new);
    }

    static Arbitrary<RuleSet.GraduationRule> graduations() {
        return decimals().list().ofMinSize(1).ofMaxSize(4).map(RuleSet.GraduationRule::new);
    }

    static Arbitrary<Rule.HighestOnly> highestOnly() {
        return Combinators.combine(keys().optional(), Arbitraries.of(Rule.Over.class)).as(Rule.HighestOnly::new);
    }

    static Arbitrary<Rule.AttributeValue> attributeValues() {
        return Combinators.combine(keys(), decimals()).as(Rule.AttributeValue::new);
    }

    static Arbitrary<String> keys() {
        return CoreArbitraries.vocabulary();
    }

    static Arbitrary<Category> categories() {
        return CoreArbitraries.vocabulary().map(Category::new);
    }

    static Arbitrary<EvaluationPeriod> periods() {
        return Arbitraries.oneOf(CoreArbitraries.termIds().map(EvaluationPeriod::term), CoreArbitraries.academicYears().map(EvaluationPeriod::year),
                CoreArbitraries.academicYears().filter(y -> y.startYear() > 1960).map(y -> EvaluationPeriod.graduation(y, 4)));
    }

    static Arbitrary<Map<String, String>> whens() {
        return Arbitraries.maps(keys(), CoreArbitraries.text(1, 8)).ofMaxSize(2);
    }

    static Arbitrary<Rule.Row> rows() {
        return Combinators.combine(whens(), decimals(), Arbitraries.integers().between(0, 5), bilingual().optional()).as(Rule.Row::new);
    }

    static Arbitrary<Rule.Table> tables() {
        return rows().list().ofMinSize(1).ofMaxSize(2).map(Rule.Table::new);
    }

    static Arbitrary<Rule.Band> ruleBands() {
        return Combinators.combine(decimals(), decimals()).as(Rule.Band::new);
    }

    static Arbitrary<Rule.SumBands> sumBands() {
        return Combinators.combine(keys(), ruleBands().list().ofMinSize(1).ofMaxSize(2)).as(Rule.SumBands::new);
    }

    static Arbitrary<Rule.TrimmedMean> trimmedMeans() {
        return Combinators.combine(keys(), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 9), decimals())
                .as(Rule.TrimmedMean::new);
    }

    static Arbitrary<Rule.TeamShare> teams() {
        return Combinators.combine(Arbitraries.of(Rule.Split.class), decimals().list().ofMaxSize(3)).as(Rule.TeamShare::new);
    }

    static Arbitrary<Rule.Method> methods() {
        return Arbitraries.oneOf(tables(), Arbitraries.just(new Rule.Recorded()), sumBands(), trimmedMeans(), attributeValues(),
                formulas().map(Rule.Formula::new));
    }

    static Arbitrary<Rule> rules() {
        return Combinators.combine(codes(), bilingual(), categories(), whens(), codes().optional(), methods(),
                teams().optional(), Arbitraries.of(Rule.Prorate.class).optional())
                .flatAs((code, name, category, when, part, method, team, prorate) ->
                        Combinators.combine(highestOnly().optional(), codes().optional())
                                .as((highest, severity) -> new Rule(code, name, category, when, part, method, team, prorate, highest, severity)));
    }

    static Arbitrary<Limit> limits() {
        return Combinators.combine(codes(), bilingual(), categories().optional(), codes().optional(),
                Arbitraries.of(Limit.Per.class), decimals().optional(), decimals().optional()).as(Limit::new);
    }

    static Arbitrary<AwardPolicy.Level> levels() {
        return Combinators.combine(codes(), bilingual(), decimals().optional(), Arbitraries.of(true, false)).as(AwardPolicy.Level::new);
    }

    static Arbitrary<AwardPolicy.Bands> bandsOfLevels() {
        return Combinators.combine(Arbitraries.of(AwardPolicy.Basis.class), Arbitraries.of(Grouping.class).optional(),
                levels().list().ofMinSize(1).ofMaxSize(3), levels()).as(AwardPolicy.Bands::new);
    }

    static Arbitrary<AwardPolicy.Condition> conditions() {
        return Combinators.combine(codes(), Arbitraries.of(Comparison.class), decimals(), bilingual().optional()).as(AwardPolicy.Condition::new);
    }

    /** Awards with a share or a count (or, unchecked, both or neither), every optional field now there, now not. */
    static Arbitrary<AwardPolicy.Award> awards() {
        return Combinators.combine(codes(), bilingual(), Arbitraries.of(Grouping.class), decimals().optional(),
                        Arbitraries.integers().between(1, 9).optional(), Arbitraries.of(QuotaRounding.class).optional(),
                        Arbitraries.integers().between(0, 3), codes().list().ofMaxSize(2))
                .flatAs((code, name, scope, share, count, rounding, minimum, gates) -> Combinators.combine(
                        conditions().list().ofMaxSize(2), codes().list().ofMaxSize(2), decimals().optional(),
                        Arbitraries.of(AwardPolicy.QuotaMode.class).optional(), Arbitraries.of(AwardPolicy.Ties.class).optional(),
                        Arbitraries.of(true, false).optional())
                        .as((conditions, inBands, minimumTotal, mode, ties, gatedMayTakeLower) -> new AwardPolicy.Award(code, name, scope,
                                share, count, rounding, minimum, gates, conditions, inBands, minimumTotal, mode, ties, gatedMayTakeLower)));
    }

    static Arbitrary<AwardPolicy> awardPolicies() {
        return Combinators.combine(codes(), bilingual(), bilingual().optional(), awards().list().ofMaxSize(2), Arbitraries.of(true, false),
                        Arbitraries.of(AwardPolicy.QuotaMode.class), Arbitraries.of(AwardPolicy.Ties.class), Arbitraries.of(true, false))
                .flatAs((id, name, description, awards, oneEach, mode, ties, lower) -> bandsOfLevels()
                        .map(bands -> new AwardPolicy(id, name, description, awards, oneEach, mode, ties, lower, bands)));
    }

    static Arbitrary<Academic> academics() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), decimals(), decimals(), decimals(), Arbitraries.integers().between(0, 9),
                        decimals(), decimals(), decimals())
                .flatAs((courses, credits, creditPoints, gpa, failed, lowest, creditScores, average) -> Combinators.combine(decimals(), decimals(),
                                Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 9))
                        .as((gpaCredits, scoredCredits, passFail, reattempted, excluded) -> new Academic(courses, credits, creditPoints, gpa, failed,
                                lowest, creditScores, average, gpaCredits, scoredCredits, passFail, reattempted, excluded)));
    }

    // ------------------------------------------------------------------ grade scales

    static Arbitrary<GradeScale> gradeScales() {
        return Combinators.combine(codes(), bilingual(), bilingual().optional(), categories(), decimals(), gradeBands().list().ofMaxSize(3),
                        pointsFormulas().optional(), gradeWords().list().ofMaxSize(2))
                .flatAs((id, name, description, category, passMark, bands, points, grades) -> Combinators.combine(attempts(),
                                CoreArbitraries.text(1, 8).list().ofMaxSize(2))
                        .as((attempts, kinds) -> new GradeScale(id, name, description, category, passMark, bands, points, grades, attempts, kinds)));
    }

    static Arbitrary<GradeScale.Band> gradeBands() {
        return Combinators.combine(decimals(), decimals()).as(GradeScale.Band::new);
    }

    static Arbitrary<GradeScale.PointsFormula> pointsFormulas() {
        return Combinators.combine(Arbitraries.of("if(score < 60, 0, score / 10 - 5)", "score / 25", "min(max(score - 50, 0) / 10, 4)"),
                Arbitraries.integers().between(0, GradeScale.MAX_DECIMALS)).as(GradeScale.PointsFormula::new);
    }

    static Arbitrary<GradeScale.Grade> gradeWords() {
        return Combinators.combine(CoreArbitraries.text(1, 8), decimals().optional(), decimals().optional(), Arbitraries.of(true, false).optional())
                .as(GradeScale.Grade::new);
    }

    static Arbitrary<GradeScale.Attempts> attempts() {
        return Combinators.combine(Arbitraries.maps(CoreArbitraries.text(1, 8), Arbitraries.of(GradeScale.Attempt.class)).ofMaxSize(3),
                Arbitraries.of(GradeScale.PassedLater.class), Arbitraries.of(GradeScale.StillFailed.class),
                Arbitraries.of(GradeScale.FailedCourses.class)).as(GradeScale.Attempts::new);
    }

    static Arbitrary<ItemLine> lines() {
        return Combinators.combine(codes(), Arbitraries.of(ItemLine.Kind.class), codes(), categories().optional(),
                CoreArbitraries.termIds().optional(), CoreArbitraries.entryRefs().list().ofMaxSize(2), decimals(), bilingual())
                .as(ItemLine::new);
    }

    static Arbitrary<SubjectResult> subjectResults() {
        Arbitrary<Explanation> explanation = Combinators.combine(codes(), bilingual(), decimals(), decimals(), decimals())
                .as((code, name, weight, score, shown) -> new Explanation(code, name, Optional.empty(), Optional.empty(), weight, score, shown,
                        score, shown, List.of(), List.of()));
        return Combinators.combine(codes(), decimals(), codes().list().ofMaxSize(1), codes().list().ofMaxSize(2), explanation)
                .as(SubjectResult::new);
    }

    static Arbitrary<StudentResult> studentResults() {
        return Combinators.combine(CoreArbitraries.studentNos(), CoreArbitraries.code().map(ClassId::new), CoreArbitraries.code().map(MajorId::new),
                CoreArbitraries.code().map(CollegeId::new), Arbitraries.integers().between(1990, 2100).map(Cohort::new), subjectResults(),
                academics().optional(), lines().list().ofMaxSize(2))
                .flatAs((no, c, m, col, cohort, result, academic, lines) -> Combinators.combine(
                        Arbitraries.maps(codes(), decimals()).ofMaxSize(2), Arbitraries.maps(codes(), decimals()).ofMaxSize(2))
                        .as((scores, measures) -> new StudentResult(no, c, m, col, cohort, result, academic, lines,
                                new java.util.TreeMap<>(scores), new java.util.TreeMap<>(measures))));
    }

    static Arbitrary<AwardOutcome.Quota> quotas() {
        return Combinators.combine(codes(), bilingual(), Arbitraries.of(Grouping.class), codes(), Arbitraries.integers().between(0, 500),
                        decimals().optional(), Arbitraries.of(QuotaRounding.class).optional(), Arbitraries.integers().between(0, 3))
                .flatAs((award, name, scope, group, size, share, rounding, minimum) -> Combinators.combine(decimals(),
                                Arbitraries.integers().between(0, 50), Arbitraries.of(AwardPolicy.QuotaMode.class),
                                Arbitraries.of(AwardPolicy.Ties.class), Arbitraries.of(true, false), CoreArbitraries.studentNos().list().ofMaxSize(2),
                                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5))
                        .as((exact, quota, mode, ties, lower, recipients, vacant, exceeded) -> new AwardOutcome.Quota(award, name, scope, group,
                                size, share, rounding, minimum, exact, quota, mode, ties, lower, recipients, vacant, exceeded)));
    }

    static Arbitrary<AwardOutcome.Shortfall> shortfalls() {
        return Combinators.combine(Arbitraries.of(AwardOutcome.Shortfall.Kind.class), codes(), bilingual(),
                Arbitraries.of(Comparison.class).optional(), decimals().optional(), decimals().optional()).as(AwardOutcome.Shortfall::new);
    }

    static Arbitrary<AwardOutcome.Consideration> considerations() {
        return Combinators.combine(codes(), codes(), Arbitraries.integers().between(1, 50), Arbitraries.integers().between(1, 50),
                Arbitraries.of(AwardOutcome.Verdict.class), shortfalls().list().ofMaxSize(2), CoreArbitraries.studentNos().optional())
                .as(AwardOutcome.Consideration::new);
    }

    static Arbitrary<AwardOutcome.Standing> standings() {
        return Combinators.combine(CoreArbitraries.studentNos(), decimals(), codes(), bilingual(), codes().list().ofMaxSize(2),
                considerations().list().ofMaxSize(2)).as(AwardOutcome.Standing::new);
    }
}

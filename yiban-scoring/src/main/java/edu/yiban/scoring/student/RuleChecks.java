package edu.yiban.scoring.student;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.Category;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.internal.formula.Formula;
import edu.yiban.scoring.internal.formula.FormulaException;
import edu.yiban.scoring.internal.formula.Rational;
import edu.yiban.scoring.system.Gate;
import edu.yiban.scoring.system.Veto;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The checks rule sets, grade scales and award policies pass when loaded, every fault named by its JSON path. */
final class RuleChecks {
    /** An archive attribute key, as the core accepts it. */
    static final Pattern ATTRIBUTE = Pattern.compile("[a-z][A-Za-z0-9_.-]{0,31}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleChecks() {
    }

    /** The indicator codes of the academic part, which a severity indicator may not take. */
    static Set<String> academic() {
        return new HashSet<>(Set.of(StudentEvaluation.GPA, StudentEvaluation.WEIGHTED_AVERAGE, StudentEvaluation.AVERAGE_SCORE, StudentEvaluation.CREDITS,
                StudentEvaluation.FAILED_COURSES, StudentEvaluation.LOWEST_SCORE));
    }

    /**
     * The formula variables of {@code set} and the indicators they stand for: each indicator the rule set
     * produces or declares, its code written with {@code _} for {@code -} and {@code .} ({@code points.moral} →
     * {@code points_moral}, {@code weighted-average} → {@code weighted_average}).
     */
    public static Map<String, String> variables(RuleSet set, List<String> severities) {
        Map<String, String> variables = new TreeMap<>();
        List<String> codes = new ArrayList<>(academic());
        set.parts().flatten().forEach(p -> codes.add(StudentEvaluation.points(p.code())));
        codes.addAll(severities);
        set.indicators().forEach(i -> codes.add(i.code()));
        for (String code : codes) {
            variables.putIfAbsent(variable(code), code);
        }
        return variables;
    }

    /** The formula variable of indicator {@code code}. */
    public static String variable(String code) {
        return code.replace('-', '_').replace('.', '_');
    }

    // ------------------------------------------------------------------ rule sets

    /** {@code set} if it passes Bean Validation and the rules below; else every fault by its JSON path. */
    public static RuleSet checked(RuleSet set) {
        ScoringMessages.validator().check(set);
        List<Violation> found = new ArrayList<>();
        Set<String> partCodes = new HashSet<>();
        parts(set.parts(), "parts", true, partCodes, found);
        unique(set.rules(), Rule::code, "rules", ".code", "student.rule.twice", found);
        Set<String> severities = new LinkedHashSet<>();
        for (int i = 0; i < set.rules().size(); i++) {
            rule(set.rules().get(i), "rules[" + i + "]", partCodes, found);
            set.rules().get(i).severity().ifPresent(severities::add);
        }
        unique(set.limits(), Limit::code, "limits", ".code", "student.limit.twice", found);
        for (int i = 0; i < set.limits().size(); i++) {
            limit(set.limits().get(i), "limits[" + i + "]", set.rules(), partCodes, found);
        }
        Map<String, String> variables = variables(set, new ArrayList<>(severities));
        Set<String> readable = new HashSet<>(variables.values());
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < set.indicators().size(); i++) {
            String code = set.indicators().get(i).code();
            if (!declared.add(code)) {
                found.add(violation("indicators[" + i + "].code", "system.indicator.twice", code));
            } else if (academic().contains(code) || severities.contains(code) || code.startsWith("points.")) {
                found.add(violation("indicators[" + i + "].code", "student.indicator.produced", code));
            }
        }
        ambiguous(set, found);
        formulas(set.parts(), "parts", variables, found);
        for (int i = 0; i < set.vetoes().size(); i++) {
            reads(set.vetoes().get(i).indicator(), "vetoes[" + i + "].indicator", readable, found);
        }
        unique(set.vetoes(), Veto::code, "vetoes", ".code", "system.indicator.twice", found);
        for (int i = 0; i < set.gates().size(); i++) {
            reads(set.gates().get(i).indicator(), "gates[" + i + "].indicator", readable, found);
        }
        unique(set.gates(), Gate::code, "gates", ".code", "student.gate.twice", found);
        for (int i = 0; i < set.tieBreak().size(); i++) {
            if (!partCodes.contains(set.tieBreak().get(i))) {
                found.add(violation("tieBreak[" + i + "]", "student.tie-break.part", set.tieBreak().get(i), String.join(", ", sorted(partCodes))));
            }
        }
        RuleSet.YearRule year = set.yearRule();
        for (int i = 0; i < year.termWeights().size(); i++) {
            positive(year.termWeights().get(i), "periods.termWeights[" + i + "]", found);
        }
        if (year.year() == RuleSet.YearRule.From.RECORDS && (year.byDays() || !year.termWeights().isEmpty())) {
            found.add(violation("periods", "student.periods.records"));
        }
        if (year.byDays() && !year.termWeights().isEmpty()) {
            found.add(violation("periods.byDays", "student.periods.both"));
        }
        set.graduation().ifPresent(g -> {
            for (int i = 0; i < g.weights().size(); i++) {
                positive(g.weights().get(i), "graduation.weights[" + i + "]", found);
            }
        });
        throwIfAny(found);
        return set;
    }

    private static void parts(Part part, String path, boolean root, Set<String> codes, List<Violation> found) {
        if (!codes.add(part.code())) {
            found.add(violation(path + ".code", "student.part.twice", part.code()));
        }
        if (root && part.weight().compareTo(BigDecimal.ONE) != 0) {
            found.add(violation(path + ".weight", "system.root.weight", part.weight().toPlainString()));
        }
        if (part.weight().signum() < 0) {
            found.add(violation(path + ".weight", "student.part.weight", part.code(), part.weight().toPlainString()));
        }
        part.base().ifPresent(b -> places(b, path + ".base", found));
        part.fallback().ifPresent(d -> places(d, path + ".default", found));
        if (part.base().isPresent() && part.fallback().isPresent()) {
            found.add(violation(path + ".default", "student.part.base-default", part.code()));
        }
        if (part.floor().isPresent() && part.cap().isPresent() && part.floor().get().compareTo(part.cap().get()) > 0) {
            found.add(violation(path + ".floor", "system.floor.cap", part.code(), part.floor().get().toPlainString(),
                    part.cap().get().toPlainString()));
        }
        for (int i = 0; i < part.children().size(); i++) {
            parts(part.children().get(i), path + ".children[" + i + "]", false, codes, found);
        }
    }

    /** Two indicators whose variables are written alike are refused: a formula could not tell them apart. */
    private static void ambiguous(RuleSet set, List<Violation> found) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < set.indicators().size(); i++) {
            String code = set.indicators().get(i).code();
            String other = seen.putIfAbsent(variable(code), code);
            if (other != null && !other.equals(code)) {
                found.add(violation("indicators[" + i + "].code", "student.indicator.variable", code, other, variable(code)));
            }
        }
    }

    private static void formulas(Part part, String path, Map<String, String> variables, List<Violation> found) {
        part.formula().ifPresent(source -> {
            try {
                Formula.parse(source, variables.keySet());
            } catch (FormulaException e) {
                found.add(Violation.of(path + ".formula", e.problem()));
            }
        });
        for (int i = 0; i < part.children().size(); i++) {
            formulas(part.children().get(i), path + ".children[" + i + "]", variables, found);
        }
    }

    private static void reads(String indicator, String path, Set<String> readable, List<Violation> found) {
        if (!readable.contains(indicator)) {
            found.add(violation(path, "student.indicator.unknown", indicator, String.join(", ", sorted(readable))));
        }
    }

    private static List<String> sorted(Set<String> codes) {
        List<String> list = new ArrayList<>(codes);
        list.sort(null);
        return list;
    }

    private static void positive(BigDecimal weight, String path, List<Violation> found) {
        if (weight.signum() <= 0) {
            found.add(violation(path, "student.periods.weight", weight.toPlainString()));
        }
    }

    private static void rule(Rule rule, String path, Set<String> parts, List<Violation> found) {
        keys(rule.when(), path + ".when", found);
        if (rule.part().isEmpty() && !(rule.method() instanceof Rule.Recorded)) {
            found.add(violation(path + ".part", "student.rule.part", rule.code()));
        }
        rule.part().filter(p -> !parts.contains(p))
                .ifPresent(p -> found.add(violation(path + ".part", "student.part.unknown", p, String.join(", ", sorted(parts)))));
        if (!rule.byEntry() && (rule.team().isPresent() || rule.prorate().isPresent() || rule.highestOnly().isPresent())) {
            found.add(violation(path, "student.rule.modifier", rule.code()));
        }
        if (rule.highestOnly().map(h -> h.over() == Rule.Over.DAY).orElse(false) && rule.prorate().isEmpty()) {
            found.add(violation(path + ".highestOnly.over", "student.rule.day", rule.code()));
        }
        rule.severity().filter(academic()::contains)
                .ifPresent(s -> found.add(violation(path + ".severity", "student.severity.reserved", s)));
        rule.severity().filter(s -> s.startsWith("points."))
                .ifPresent(s -> found.add(violation(path + ".severity", "student.severity.reserved", s)));
        if (rule.method() instanceof Rule.AttributeValue value) {
            key(value.attribute(), path + ".method.attribute", found);
            if (value.scale().signum() <= 0) {
                found.add(violation(path + ".method.scale", "student.trim.scale", value.scale().toPlainString()));
            }
        } else if (rule.method() instanceof Rule.Formula formula) {
            try {
                Formula.parse(formula.formula());
            } catch (FormulaException e) {
                found.add(Violation.of(path + ".method.formula", e.problem()));
            }
        } else if (rule.method() instanceof Rule.Table table) {
            for (int j = 0; j < table.rows().size(); j++) {
                Rule.Row row = table.rows().get(j);
                String at = path + ".method.rows[" + j + "]";
                keys(row.when(), at + ".when", found);
                places(row.points(), at + ".points", found);
                if (row.severity() < 0) {
                    found.add(violation(at + ".severity", "student.severity.negative", row.severity()));
                } else if (row.severity() > 0 && rule.severity().isEmpty()) {
                    found.add(violation(at + ".severity", "student.severity.indicator", rule.code()));
                }
            }
        } else if (rule.method() instanceof Rule.SumBands bands) {
            key(bands.attribute(), path + ".method.attribute", found);
            Set<BigDecimal> froms = new HashSet<>();
            for (int j = 0; j < bands.bands().size(); j++) {
                Rule.Band band = bands.bands().get(j);
                places(band.points(), path + ".method.bands[" + j + "].points", found);
                if (!froms.add(band.from().stripTrailingZeros())) {
                    found.add(violation(path + ".method.bands[" + j + "].from", "student.band.twice", band.from().toPlainString()));
                }
            }
        } else if (rule.method() instanceof Rule.TrimmedMean mean) {
            key(mean.attribute(), path + ".method.attribute", found);
            if (mean.trim() < 0) {
                found.add(violation(path + ".method.trim", "student.trim.range", mean.trim()));
            } else if (mean.minimumCount() <= 2 * mean.trim()) {
                found.add(violation(path + ".method.minimumCount", "student.trim.count", mean.minimumCount(), mean.trim()));
            }
            if (mean.scale().signum() <= 0) {
                found.add(violation(path + ".method.scale", "student.trim.scale", mean.scale().toPlainString()));
            }
        }
        rule.team().ifPresent(team -> {
            if (team.split() == Rule.Split.BY_PLACE && team.shares().isEmpty()) {
                found.add(violation(path + ".team.shares", "student.team.shares"));
            }
            if (team.split() == Rule.Split.EQUAL && !team.shares().isEmpty()) {
                found.add(violation(path + ".team.shares", "student.team.equal"));
            }
            for (int k = 0; k < team.shares().size(); k++) {
                BigDecimal share = team.shares().get(k);
                if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    found.add(violation(path + ".team.shares[" + k + "]", "student.team.share", share.toPlainString()));
                }
            }
        });
        rule.highestOnly().flatMap(Rule.HighestOnly::by).ifPresent(by -> key(by, path + ".highestOnly.by", found));
    }

    private static void limit(Limit limit, String path, List<Rule> rules, Set<String> parts, List<Violation> found) {
        if (limit.floor().isEmpty() && limit.cap().isEmpty()) {
            found.add(violation(path, "student.limit.empty", limit.code()));
        }
        if (limit.category().isEmpty() && limit.part().isEmpty()) {
            found.add(violation(path, "student.limit.scope", limit.code()));
        }
        limit.part().filter(p -> !parts.contains(p))
                .ifPresent(p -> found.add(violation(path + ".part", "student.part.unknown", p, String.join(", ", sorted(parts)))));
        limit.floor().ifPresent(f -> places(f, path + ".floor", found));
        limit.cap().ifPresent(c -> places(c, path + ".cap", found));
        if (limit.floor().isPresent() && limit.cap().isPresent() && limit.floor().get().compareTo(limit.cap().get()) > 0) {
            found.add(violation(path + ".floor", "student.limit.order", limit.code(), limit.floor().get().toPlainString(),
                    limit.cap().get().toPlainString()));
        }
        if (limit.category().isPresent() && limit.part().isEmpty() && partOf(limit.category().get(), rules).isEmpty()) {
            found.add(violation(path + ".category", "student.limit.part", limit.code(), limit.category().get().code()));
        }
    }

    /** The one part all rules of {@code category} give points in, if there is exactly one. */
    static Optional<String> partOf(Category category, List<Rule> rules) {
        Set<String> parts = new HashSet<>();
        for (Rule rule : rules) {
            if (rule.category().equals(category)) {
                if (rule.part().isEmpty()) {
                    return Optional.empty();
                }
                parts.add(rule.part().get());
            }
        }
        return parts.size() == 1 ? Optional.of(parts.iterator().next()) : Optional.empty();
    }

    // ------------------------------------------------------------------ grade scales

    /** The most grade points a score or word may get: far above any scale, and sums of them fit a {@code long}. */
    private static final BigDecimal MOST_POINTS = BigDecimal.valueOf(1000);

    /** {@code scale} if it passes Bean Validation and the rules below; else every fault by its JSON path. */
    public static GradeScale checked(GradeScale scale) {
        ScoringMessages.validator().check(scale);
        List<Violation> found = new ArrayList<>();
        percent(scale.passMark(), "passMark", found);
        if (!scale.bands().isEmpty() && scale.points().isPresent()) {
            found.add(violation("points", "student.grades.scale.both"));
        } else if (scale.bands().isEmpty() && scale.points().isEmpty()) {
            found.add(violation("bands", "student.grades.scale.neither"));
        }
        if (!scale.bands().isEmpty()) {
            bands(scale, found);
        }
        scale.points().ifPresent(p -> pointsFormula(p, found));
        int decimals = Math.max(0, Math.min(GradeScale.MAX_DECIMALS, scale.decimals()));
        for (int i = 0; i < scale.grades().size(); i++) {
            GradeScale.Grade grade = scale.grades().get(i);
            String path = "grades[" + i + "]";
            grade.score().ifPresent(score -> percent(score, path + ".score", found));
            grade.points().ifPresent(points -> gradePoints(points, decimals, path + ".points", found));
            if (grade.pass().isPresent() && (grade.score().isPresent() || grade.points().isPresent())) {
                found.add(violation(path + ".pass", "student.grades.word.pass", grade.grade()));
            } else if (grade.pass().isEmpty() && grade.score().isEmpty() && grade.points().isEmpty()) {
                found.add(violation(path, "student.grades.word.empty", grade.grade()));
            }
        }
        unique(scale.grades(), GradeScale.Grade::grade, "grades", ".grade", "student.grade.twice", found);
        unique(scale.excludedKinds(), Function.identity(), "excludedKinds", "", "student.grades.kind.twice", found);
        throwIfAny(found);
        return scale;
    }

    private static void bands(GradeScale scale, List<Violation> found) {
        Set<BigDecimal> froms = new HashSet<>();
        boolean fromZero = false;
        for (int i = 0; i < scale.bands().size(); i++) {
            GradeScale.Band band = scale.bands().get(i);
            percent(band.from(), "bands[" + i + "].from", found);
            places(band.points(), "bands[" + i + "].points", found);
            if (band.points().signum() < 0) {
                found.add(violation("bands[" + i + "].points", "student.grade.points", band.points().toPlainString()));
            } else if (band.points().compareTo(MOST_POINTS) > 0) {
                found.add(violation("bands[" + i + "].points", "student.grades.points.most", band.points().toPlainString(), MOST_POINTS));
            }
            if (!froms.add(band.from().stripTrailingZeros())) {
                found.add(violation("bands[" + i + "].from", "student.grade.band.twice", band.from().toPlainString()));
            }
            fromZero |= band.from().signum() == 0;
        }
        if (!fromZero) {
            BigDecimal lowest = scale.bands().stream().map(GradeScale.Band::from).min(Comparator.naturalOrder()).orElse(HUNDRED);
            found.add(violation("bands", "student.grade.band.missing", lowest.toPlainString()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scale.bands().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> scale.bands().get(i).from()));
        for (int k = 1; k < order.size(); k++) {
            GradeScale.Band lower = scale.bands().get(order.get(k - 1));
            GradeScale.Band higher = scale.bands().get(order.get(k));
            if (higher.points().compareTo(lower.points()) < 0) {
                found.add(violation("bands[" + order.get(k) + "].points", "student.grade.band.order", higher.from().toPlainString(),
                        higher.points().toPlainString(), lower.from().toPlainString(), lower.points().toPlainString()));
            }
        }
    }

    /**
     * A points formula: its decimals 0–4, and the formula read with the one variable {@code score}, then worked out
     * at every score 0.00–100.00 (scores have at most two decimals): refused where it cannot be worked out, gives
     * negative points or more than {@link #MOST_POINTS}, or gives fewer points to a higher score.
     */
    private static void pointsFormula(GradeScale.PointsFormula points, List<Violation> found) {
        if (points.decimals() < 0 || points.decimals() > GradeScale.MAX_DECIMALS) {
            found.add(violation("points.decimals", "student.grades.decimals", points.decimals(), GradeScale.MAX_DECIMALS));
            return;
        }
        Formula formula;
        try {
            formula = Formula.parse(points.formula(), Set.of(GradeScale.PointsFormula.SCORE));
        } catch (FormulaException e) {
            found.add(Violation.of("points.formula", e.problem()));
            return;
        }
        BigDecimal previous = null;
        for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
            BigDecimal score = BigDecimal.valueOf(hundredths, 2);
            BigDecimal value;
            try {
                value = formula.evaluate(name -> Rational.of(score)).toBigDecimal(points.decimals(), RoundingMode.HALF_UP);
            } catch (FormulaException e) {
                found.add(violation("points.formula", "student.grades.formula.fails", shown(score), e.problem()));
                return;
            }
            if (value.signum() < 0) {
                found.add(violation("points.formula", "student.grades.formula.negative", value.toPlainString(), shown(score)));
                return;
            }
            if (value.compareTo(MOST_POINTS) > 0) {
                found.add(violation("points.formula", "student.grades.formula.most", value.toPlainString(), shown(score), MOST_POINTS));
                return;
            }
            if (previous != null && value.compareTo(previous) < 0) {
                found.add(violation("points.formula", "student.grades.formula.falls", value.toPlainString(), shown(score),
                        previous.toPlainString(), shown(BigDecimal.valueOf(hundredths - 1, 2))));
                return;
            }
            previous = value;
        }
    }

    /** A score as people write it: 60, 59.99, 0.5. */
    private static String shown(BigDecimal score) {
        return score.signum() == 0 ? "0" : score.stripTrailingZeros().toPlainString();
    }

    private static void gradePoints(BigDecimal points, int decimals, String path, List<Violation> found) {
        if (points.signum() < 0) {
            found.add(violation(path, "student.grade.points", points.toPlainString()));
        } else if (points.compareTo(MOST_POINTS) > 0) {
            found.add(violation(path, "student.grades.points.most", points.toPlainString(), MOST_POINTS));
        } else if (points.stripTrailingZeros().scale() > decimals) {
            found.add(violation(path, "student.grades.points.places", points.toPlainString(), decimals));
        }
    }

    private static void percent(BigDecimal value, String path, List<Violation> found) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            found.add(violation(path, "student.grade.range", value.toPlainString()));
        } else {
            places(value, path, found);
        }
    }

    // ------------------------------------------------------------------ award policies

    /** The policy that last passed {@link #checked(AwardPolicy)}: a policy is immutable, so the same one passes again unchecked. */
    private static volatile @Nullable AwardPolicy lastPassed;

    /** {@code policy} if it passes Bean Validation and the rules below; else every fault by its JSON path. */
    @SuppressWarnings("ReferenceEquality") // identity: the very policy object checked last
    public static AwardPolicy checked(AwardPolicy policy) {
        if (policy == lastPassed) {
            return policy;
        }
        ScoringMessages.validator().check(policy);
        List<Violation> found = new ArrayList<>();
        unique(policy.awards(), AwardPolicy.Award::code, "awards", ".code", "student.award.twice", found);
        Set<String> bandCodes = new LinkedHashSet<>();
        policy.bands().levels().forEach(l -> bandCodes.add(l.code()));
        bandCodes.add(policy.bands().otherwise().code());
        for (int i = 0; i < policy.awards().size(); i++) {
            award(policy.awards().get(i), "awards[" + i + "]", bandCodes, found);
        }
        AwardPolicy.Bands bands = policy.bands();
        if (bands.basis() == AwardPolicy.Basis.PERCENTILE && bands.scope().isEmpty()) {
            found.add(violation("bands.scope", "student.bands.scope"));
        }
        Set<String> levels = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < bands.levels().size(); i++) {
            AwardPolicy.Level level = bands.levels().get(i);
            String path = "bands.levels[" + i + "]";
            if (!levels.add(level.code())) {
                found.add(violation(path + ".code", "student.level.twice", level.code()));
            }
            if (level.from().isEmpty()) {
                found.add(violation(path + ".from", "student.level.from", level.code()));
            } else {
                if (previous != null && level.from().get().compareTo(previous) >= 0) {
                    found.add(violation(path + ".from", "student.level.order", level.code(), level.from().get().toPlainString(),
                            previous.toPlainString()));
                }
                previous = level.from().get();
            }
        }
        if (!levels.add(bands.otherwise().code())) {
            found.add(violation("bands.otherwise.code", "student.level.twice", bands.otherwise().code()));
        }
        if (bands.otherwise().from().isPresent()) {
            found.add(violation("bands.otherwise.from", "student.level.otherwise", bands.otherwise().code()));
        }
        throwIfAny(found);
        lastPassed = policy;
        return policy;
    }

    /** An award's quota (a share or a count, a rounding with a share only), its own conditions and its bands. */
    private static void award(AwardPolicy.Award award, String path, Set<String> bandCodes, List<Violation> found) {
        if (award.share().isPresent() == award.count().isPresent()) {
            found.add(violation(path, award.share().isPresent() ? "student.award.quota.both" : "student.award.quota.none", award.code()));
        }
        award.share().filter(share -> share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)
                .ifPresent(share -> found.add(violation(path + ".share", "student.award.share", award.code(), share.toPlainString())));
        award.count().filter(count -> count < 1)
                .ifPresent(count -> found.add(violation(path + ".count", "student.award.count", award.code(), count)));
        if (award.share().isPresent() && award.rounding().isEmpty()) {
            found.add(violation(path + ".rounding", "student.award.rounding.missing", award.code()));
        }
        if (award.share().isEmpty() && award.count().isPresent() && award.rounding().isPresent()) {
            found.add(violation(path + ".rounding", "student.award.rounding.count", award.code()));
        }
        if (award.minimum() < 0) {
            found.add(violation(path + ".minimum", "student.award.minimum", award.code(), award.minimum()));
        }
        for (int j = 0; j < award.conditions().size(); j++) {
            String indicator = award.conditions().get(j).indicator();
            if (!ScoringMessages.CODE.matcher(indicator).matches() || indicator.equals("points.")) {
                found.add(violation(path + ".conditions[" + j + "].indicator", "student.award.condition.indicator", award.code(), indicator));
            }
        }
        for (int j = 0; j < award.inBands().size(); j++) {
            if (!bandCodes.contains(award.inBands().get(j))) {
                found.add(violation(path + ".inBands[" + j + "]", "student.award.band", award.code(), award.inBands().get(j),
                        String.join(", ", bandCodes)));
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A violation {@code key} at {@code list[i]suffix} for each item whose code an earlier item has. */
    private static <T> void unique(List<T> items, Function<T, String> code, String list, String suffix, String key, List<Violation> found) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String c = code.apply(items.get(i));
            if (!seen.add(c)) {
                found.add(violation(list + "[" + i + "]" + suffix, key, c));
            }
        }
    }

    private static void keys(Map<String, String> when, String path, List<Violation> found) {
        for (String key : when.keySet()) {
            key(key, path + "." + key, found);
        }
    }

    private static void key(String key, String path, List<Violation> found) {
        if (!ATTRIBUTE.matcher(key).matches()) {
            found.add(violation(path, "student.attribute.key", key));
        }
    }

    private static void places(BigDecimal value, String path, List<Violation> found) {
        if (value.stripTrailingZeros().scale() > 2) {
            found.add(violation(path, "student.points.places", value.toPlainString()));
        }
    }

    private static void throwIfAny(List<Violation> found) {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    static Violation violation(String path, String key, Object... args) {
        return Violation.of(path, ScoringMessages.BUNDLE.text(key, args));
    }
}

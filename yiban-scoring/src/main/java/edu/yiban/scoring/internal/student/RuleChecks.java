package edu.yiban.scoring.internal.student;

import edu.yiban.core.InvalidInputException;
import edu.yiban.core.Violation;
import edu.yiban.core.archive.Category;
import edu.yiban.core.archive.Dimension;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.student.AwardPolicy;
import edu.yiban.scoring.student.GradeScale;
import edu.yiban.scoring.student.Limit;
import edu.yiban.scoring.student.Rule;
import edu.yiban.scoring.student.RuleSet;
import edu.yiban.scoring.student.StudentEvaluation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The checks rule sets, grade scales and award policies pass when loaded, every fault named by its JSON path. */
public final class RuleChecks {
    /** An archive attribute key, as the core accepts it. */
    static final Pattern ATTRIBUTE = Pattern.compile("[a-z][A-Za-z0-9_.-]{0,31}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleChecks() {
    }

    /** The indicator codes the evaluation itself produces, which a severity indicator may not take. */
    static Set<String> reserved() {
        Set<String> codes = new HashSet<>(Set.of(StudentEvaluation.GPA, StudentEvaluation.CREDITS,
                StudentEvaluation.FAILED_COURSES, StudentEvaluation.LOWEST_SCORE));
        for (Dimension d : Dimension.values()) {
            codes.add(StudentEvaluation.points(d));
        }
        return codes;
    }

    // ------------------------------------------------------------------ rule sets

    /** {@code set} if it passes Bean Validation and the rules below; else every fault by its JSON path. */
    public static RuleSet checked(RuleSet set) {
        ScoringMessages.validator().check(set);
        List<Violation> found = new ArrayList<>();
        set.base().forEach((dimension, points) -> places(points, "base." + dimension.name(), found));
        unique(set.rules(), Rule::code, "rules", ".code", "student.rule.twice", found);
        for (int i = 0; i < set.rules().size(); i++) {
            rule(set.rules().get(i), "rules[" + i + "]", found);
        }
        unique(set.limits(), Limit::code, "limits", ".code", "student.limit.twice", found);
        for (int i = 0; i < set.limits().size(); i++) {
            limit(set.limits().get(i), "limits[" + i + "]", set.rules(), found);
        }
        throwIfAny(found);
        return set;
    }

    private static void rule(Rule rule, String path, List<Violation> found) {
        keys(rule.when(), path + ".when", found);
        if (rule.dimension().isEmpty() && !(rule.method() instanceof Rule.Recorded)) {
            found.add(violation(path + ".dimension", "student.rule.dimension", rule.code()));
        }
        if (!rule.byEntry() && (rule.team().isPresent() || rule.prorate() || rule.highestOnly().isPresent())) {
            found.add(violation(path, "student.rule.modifier", rule.code()));
        }
        rule.severity().filter(reserved()::contains)
                .ifPresent(s -> found.add(violation(path + ".severity", "student.severity.reserved", s)));
        if (rule.method() instanceof Rule.Table table) {
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

    private static void limit(Limit limit, String path, List<Rule> rules, List<Violation> found) {
        if (limit.floor().isEmpty() && limit.cap().isEmpty()) {
            found.add(violation(path, "student.limit.empty", limit.code()));
        }
        if (limit.category().isEmpty() && limit.dimension().isEmpty()) {
            found.add(violation(path, "student.limit.scope", limit.code()));
        }
        limit.floor().ifPresent(f -> places(f, path + ".floor", found));
        limit.cap().ifPresent(c -> places(c, path + ".cap", found));
        if (limit.floor().isPresent() && limit.cap().isPresent() && limit.floor().get().compareTo(limit.cap().get()) > 0) {
            found.add(violation(path + ".floor", "student.limit.order", limit.code(), limit.floor().get().toPlainString(),
                    limit.cap().get().toPlainString()));
        }
        if (limit.category().isPresent() && limit.dimension().isEmpty() && dimensionOf(limit.category().get(), rules).isEmpty()) {
            found.add(violation(path + ".category", "student.limit.dimension", limit.code(), limit.category().get().code()));
        }
    }

    /** The one dimension all rules of {@code category} give points in, if there is exactly one. */
    static Optional<Dimension> dimensionOf(Category category, List<Rule> rules) {
        Set<Dimension> dimensions = new HashSet<>();
        for (Rule rule : rules) {
            if (rule.category().equals(category)) {
                if (rule.dimension().isEmpty()) {
                    return Optional.empty();
                }
                dimensions.add(rule.dimension().get());
            }
        }
        return dimensions.size() == 1 ? Optional.of(dimensions.iterator().next()) : Optional.empty();
    }

    // ------------------------------------------------------------------ grade scales

    /** {@code scale} if it passes Bean Validation and the rules below; else every fault by its JSON path. */
    public static GradeScale checked(GradeScale scale) {
        ScoringMessages.validator().check(scale);
        List<Violation> found = new ArrayList<>();
        percent(scale.passMark(), "passMark", found);
        Set<BigDecimal> froms = new HashSet<>();
        boolean fromZero = false;
        for (int i = 0; i < scale.bands().size(); i++) {
            GradeScale.Band band = scale.bands().get(i);
            percent(band.from(), "bands[" + i + "].from", found);
            places(band.points(), "bands[" + i + "].points", found);
            if (band.points().signum() < 0) {
                found.add(violation("bands[" + i + "].points", "student.grade.points", band.points().toPlainString()));
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
        for (int i = 0; i < scale.grades().size(); i++) {
            percent(scale.grades().get(i).score(), "grades[" + i + "].score", found);
        }
        unique(scale.grades(), GradeScale.Grade::grade, "grades", ".grade", "student.grade.twice", found);
        throwIfAny(found);
        return scale;
    }

    private static void percent(BigDecimal value, String path, List<Violation> found) {
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            found.add(violation(path, "student.grade.range", value.toPlainString()));
        } else {
            places(value, path, found);
        }
    }

    // ------------------------------------------------------------------ award policies

    /** {@code policy} if it passes Bean Validation and the rules below; else every fault by its JSON path. */
    public static AwardPolicy checked(AwardPolicy policy) {
        ScoringMessages.validator().check(policy);
        List<Violation> found = new ArrayList<>();
        unique(policy.awards(), AwardPolicy.Award::code, "awards", ".code", "student.award.twice", found);
        for (int i = 0; i < policy.awards().size(); i++) {
            AwardPolicy.Award award = policy.awards().get(i);
            String path = "awards[" + i + "]";
            if (award.share().signum() <= 0 || award.share().compareTo(BigDecimal.ONE) > 0) {
                found.add(violation(path + ".share", "student.award.share", award.code(), award.share().toPlainString()));
            }
            if (award.minimum() < 0) {
                found.add(violation(path + ".minimum", "student.award.minimum", award.code(), award.minimum()));
            }
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
        return policy;
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

package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import static edu.yiban.org.internal.OrgMessages.BUNDLE;

/** The allocation policies the library ships; {@code AllocationPolicies} hands them out. */
final class BuiltInPolicies {
    /** The id of 平均分配, equal shares. */
    public static final String EQUAL_SHARE = "equal-share";
    /** The id of 按学生人数, per student. */
    public static final String PER_STUDENT = "per-student";
    /** The id of 按建设评价得分, by evaluation score. */
    public static final String BY_SCORE = "by-score";
    /** The id of 基数加人头, an equal base plus per capita. */
    public static final String BASE_PLUS_PER_CAPITA = "base-plus-per-capita";
    /** The parameter of {@link #BASE_PLUS_PER_CAPITA}: the fraction shared equally. */
    public static final String BASE_FRACTION = "baseFraction";

    private BuiltInPolicies() {
    }

    /** Names from the bundle ({@code budget.policy.<id>}) and the common parts of the built-in policies. */
    private abstract static class Named implements AllocationPolicy {
        private final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String name() {
            return BUNDLE.text("budget.policy." + id).zh();
        }

        @Override
        public String nameEn() {
            return BUNDLE.text("budget.policy." + id).en();
        }

        @Override
        public String toString() {
            return id + parameters();
        }

        /** Each college's weight by {@code weight}. */
        static SortedMap<CollegeId, BigDecimal> each(AllocationContext context, Function<CollegeFigures, BigDecimal> weight) {
            TreeMap<CollegeId, BigDecimal> weights = new TreeMap<>();
            for (CollegeFigures figures : context.colleges()) {
                weights.put(figures.college(), weight.apply(figures));
            }
            return Collections.unmodifiableSortedMap(weights);
        }

        static void requireStudents(AllocationContext context, String id) {
            if (context.totalStudents() == 0) {
                throw OrgChecks.invalid("colleges", "budget.policy.no-students", BUNDLE.text("budget.policy." + id));
            }
        }
    }

    /** 平均分配: every college the same, w = 1. */
    static final class EqualShare extends Named {
        public EqualShare() {
            super(EQUAL_SHARE);
        }

        @Override
        public SortedMap<CollegeId, BigDecimal> weights(AllocationContext context) {
            return each(context, f -> BigDecimal.ONE);
        }
    }

    /** 按学生人数: w = the college's students. */
    static final class PerStudent extends Named {
        public PerStudent() {
            super(PER_STUDENT);
        }

        @Override
        public SortedMap<CollegeId, BigDecimal> weights(AllocationContext context) {
            requireStudents(context, id());
            return each(context, f -> BigDecimal.valueOf(f.students()));
        }
    }

    /** 按建设评价得分: w = the college's evaluation score, which every college must have. */
    static final class ByScore extends Named {
        public ByScore() {
            super(BY_SCORE);
        }

        @Override
        public SortedMap<CollegeId, BigDecimal> weights(AllocationContext context) {
            SortedMap<CollegeId, BigDecimal> weights = each(context, f -> f.score().orElseThrow(
                    () -> OrgChecks.invalid("scores[" + f.college() + "]", "budget.policy.score-missing", f.college())));
            if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
                throw OrgChecks.invalid("scores", "budget.policy.no-score", BUNDLE.text("budget.policy." + id()));
            }
            return weights;
        }
    }

    /**
     * 基数加人头: a fraction {@code f} of the amount shared equally, the rest per student. A college's
     * share is {@code A·(f/n + (1−f)·s_i/S)}; the weight {@code f·S + (1−f)·n·s_i} is that share
     * times {@code n·S/A}, a finite decimal, so the whole amount is apportioned once and exactly.
     */
    static final class BasePlusPerCapita extends Named {
        private final BigDecimal baseFraction;

        public BasePlusPerCapita(BigDecimal baseFraction) {
            super(BASE_PLUS_PER_CAPITA);
            OrgChecks.required(baseFraction, BASE_FRACTION);
            if (baseFraction.signum() < 0 || baseFraction.compareTo(BigDecimal.ONE) > 0) {
                throw OrgChecks.invalid(BASE_FRACTION, "budget.policy.fraction", baseFraction.toPlainString());
            }
            this.baseFraction = BudgetRules.canonical(baseFraction);
        }

        @Override
        public SortedMap<String, String> parameters() {
            return Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(BASE_FRACTION, baseFraction.toPlainString())));
        }

        @Override
        public SortedMap<CollegeId, BigDecimal> weights(AllocationContext context) {
            if (baseFraction.compareTo(BigDecimal.ONE) == 0) {
                return each(context, f -> BigDecimal.ONE);
            }
            requireStudents(context, id());
            BigDecimal students = BigDecimal.valueOf(context.totalStudents());
            BigDecimal base = baseFraction.multiply(students);
            BigDecimal perCapita = BigDecimal.ONE.subtract(baseFraction).multiply(BigDecimal.valueOf(context.size()));
            return each(context, f -> BudgetRules.canonical(base.add(perCapita.multiply(BigDecimal.valueOf(f.students())))));
        }
    }
}

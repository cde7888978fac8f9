package edu.yiban.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.id.CollegeId;
import edu.yiban.org.budget.AllocationContext;
import edu.yiban.org.budget.AllocationPolicies;
import edu.yiban.org.budget.AllocationPolicy;
import edu.yiban.org.budget.CollegeFigures;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The allocation policy contract passes the library's four policies and fails policies broken on purpose, each with
 * a message naming the contract it broke.
 */
class AllocationKitTest {
    private static final String[] ENGINES = {"junit-jupiter", "jqwik"};

    @Test
    void theLibrarysPoliciesPassEveryContract() {
        for (Class<?> kit : new Class<?>[] {EqualShareKit.class, PerStudentKit.class, ByScoreKit.class, BasePlusPerCapitaKit.class}) {
            assertThat(KitRuns.failures(kit, ENGINES)).as(kit.getSimpleName()).isEmpty();
        }
    }

    @Test
    void aPolicyGivingANegativeWeightBreaksWeighing() {
        Map<String, String> failures = KitRuns.failures(NegativeKit.class, ENGINES);

        assertThat(failures.get("weighs the kit's colleges: every college a weight, none negative, one positive, apportioned to the fen"))
                .startsWith("the weighs the kit's colleges contract is broken: college ART was given the negative weight -1")
                .contains("“可分配”契约被破坏：学院 ART 的权重为负数 -1");
        assertThat(failures).containsKey("any context: every college weighed as above, or the context refused with InvalidInputException");
    }

    @Test
    void aPolicyLeavingACollegeOutBreaksWeighing() {
        Map<String, String> failures = KitRuns.failures(LeavesOneOutKit.class, ENGINES);

        assertThat(failures.get("weighs the kit's colleges: every college a weight, none negative, one positive, apportioned to the fen"))
                .startsWith("the weighs the kit's colleges contract is broken: the context's colleges are [ART, EDU, MATH, PE], "
                        + "but the policy weighed [EDU, MATH, PE]");
    }

    @Test
    void aPolicyThrowingSomethingElseThanInvalidInputBreaksAnyContext() {
        Map<String, String> failures = KitRuns.failures(ThrowsKit.class, ENGINES);

        assertThat(failures).containsOnlyKeys("any context: every college weighed as above, or the context refused with InvalidInputException");
        assertThat(failures.values().iterator().next())
                .contains("the any context contract is broken: the policy threw java.lang.ArithmeticException (/ by zero)");
    }

    @Test
    void aPolicyWithAnUpperCaseIdBreaksTheDeclaration() {
        Map<String, String> failures = KitRuns.failures(ShoutingKit.class, ENGINES);

        assertThat(failures).containsOnlyKeys("declared: a stable id, names in Chinese and English, and a description that says the same");
        assertThat(failures.values().iterator().next())
                .startsWith("the declared policy contract is broken: the policy's id Per-Student is not lower-case letters, digits, '.' or '-'");
    }

    // ---------------------------------------------------------------- the library's policies

    static class EqualShareKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return AllocationPolicies.equalShare();
        }
    }

    static class PerStudentKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return AllocationPolicies.perStudent();
        }
    }

    static class ByScoreKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return AllocationPolicies.byScore();
        }
    }

    static class BasePlusPerCapitaKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return AllocationPolicies.basePlusPerCapita(new BigDecimal("0.3"));
        }
    }

    // ---------------------------------------------------------------- policies broken on purpose

    /** Per student, but the first college's weight is −1. */
    static class NegativeKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return new Wrapped(AllocationPolicies.perStudent()) {
                @Override
                public Map<CollegeId, BigDecimal> weights(AllocationContext context) {
                    Map<CollegeId, BigDecimal> weights = new TreeMap<>(AllocationPolicies.equalShare().weights(context));
                    weights.put(context.colleges().get(0).college(), BigDecimal.ONE.negate());
                    return weights;
                }
            };
        }
    }

    /** Equal shares for every college but the first. */
    static class LeavesOneOutKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return new Wrapped(AllocationPolicies.equalShare()) {
                @Override
                public Map<CollegeId, BigDecimal> weights(AllocationContext context) {
                    Map<CollegeId, BigDecimal> weights = new TreeMap<>(AllocationPolicies.equalShare().weights(context));
                    weights.remove(context.colleges().get(0).college());
                    return weights.isEmpty() ? Map.of(CollegeId.of("ZZZ"), BigDecimal.ONE) : weights;
                }
            };
        }
    }

    /** Students per score point, dividing by zero when a college has no students. */
    static class ThrowsKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return new Wrapped(AllocationPolicies.perStudent()) {
                @Override
                public Map<CollegeId, BigDecimal> weights(AllocationContext context) {
                    Map<CollegeId, BigDecimal> weights = new TreeMap<>();
                    for (CollegeFigures c : context.colleges()) {
                        weights.put(c.college(), BigDecimal.valueOf(1000 / c.students() + 1));
                    }
                    return weights;
                }
            };
        }
    }

    /** Per student, under an id with capitals. */
    static class ShoutingKit extends AllocationPolicyContract {
        @Override
        protected AllocationPolicy newPolicy() {
            KitRuns.assumeProving("runs only inside AllocationKitTest");
            return new Wrapped(AllocationPolicies.perStudent()) {
                @Override
                public String id() {
                    return "Per-Student";
                }
            };
        }
    }

    /** A policy answering as {@code inner} does, for the broken ones to change one answer. */
    private static class Wrapped implements AllocationPolicy {
        private final AllocationPolicy inner;

        Wrapped(AllocationPolicy inner) {
            this.inner = inner;
        }

        @Override
        public String id() {
            return inner.id();
        }

        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public String nameEn() {
            return inner.nameEn();
        }

        @Override
        public Map<CollegeId, BigDecimal> weights(AllocationContext context) {
            return inner.weights(context);
        }
    }
}

package edu.yiban.sdk.testkit;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.budget.AllocationContext;
import edu.yiban.org.budget.AllocationPolicy;
import edu.yiban.org.budget.Apportionment;
import edu.yiban.org.budget.CollegeFigures;
import edu.yiban.org.budget.Money;
import edu.yiban.org.budget.PolicyDescription;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The test kit's contract of a budget allocation policy (经费分配办法测试套件): extend it and say how to make the
 * policy. Each test's name starts with the contract it proves; a failure says, in English and Chinese, which contract
 * broke and how.
 *
 * <pre>{@code
 * class ActiveClassesPolicyContractTest extends AllocationPolicyContract {
 *     protected AllocationPolicy newPolicy() { return new ActiveClassesPolicy(); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li><b>declared</b> (声明完整): a stable id of lower-case letters, digits, '.' or '-'; names in Chinese and
 *       English; {@code describe()} says the same id, names and parameters;</li>
 *   <li><b>weighs the kit's colleges</b> (可分配): the kit's four colleges, each with students and a score, get a
 *       weight each — every college, none negative, at least one positive — and the library's apportionment
 *       divides 400,000.00 yuan by them to the fen;</li>
 *   <li><b>any context</b> (任意情形): for any colleges (1 to 8, 0 to 5,000 students, a score or none) the policy
 *       either weighs every college as above or refuses with the library's {@link InvalidInputException}; it
 *       never throws anything else, never leaves a college out, never gives a weight of a college it was not given;</li>
 *   <li><b>deterministic</b> (结果确定): the same context gives the same weights, call after call.</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public abstract class AllocationPolicyContract {
    /** For the store's or plugin's own test class, which extends this one. */
    protected AllocationPolicyContract() {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    /** The amount the kit apportions: the seed plan's yearly budget, 400,000.00 yuan. */
    private static final Money AMOUNT = Money.of("400000.00");

    /** A new policy to test. */
    protected abstract AllocationPolicy newPolicy();

    /**
     * The colleges the policy must weigh, not refuse: by default four colleges with 120 to 2,400 students and
     * scores from 61.5 to 92.25. Override it for a policy that reads figures the kit does not give.
     */
    protected AllocationContext weighable() {
        return new AllocationContext(List.of(
                new CollegeFigures(CollegeId.of("ART"), 120, Optional.of(new BigDecimal("61.5"))),
                new CollegeFigures(CollegeId.of("EDU"), 2400, Optional.of(new BigDecimal("92.25"))),
                new CollegeFigures(CollegeId.of("MATH"), 860, Optional.of(new BigDecimal("78"))),
                new CollegeFigures(CollegeId.of("PE"), 430, Optional.of(new BigDecimal("80.75")))));
    }

    @Test
    @DisplayName("declared: a stable id, names in Chinese and English, and a description that says the same")
    final void declared() {
        AllocationPolicy policy = newPolicy();
        if (policy.id() == null || !ID.matcher(policy.id()).matches()) {
            throw broken("declared", "id", String.valueOf(policy.id()));
        }
        if (policy.name() == null || policy.name().isBlank() || policy.nameEn() == null || policy.nameEn().isBlank()) {
            throw broken("declared", "names", policy.id());
        }
        PolicyDescription described = policy.describe();
        SortedMap<String, String> parameters = policy.parameters() == null ? null : new TreeMap<>(policy.parameters());
        if (described == null || parameters == null
                || !described.equals(new PolicyDescription(policy.id(), policy.name(), policy.nameEn(), parameters))) {
            throw broken("declared", "description", policy.id(), String.valueOf(described));
        }
    }

    @Test
    @DisplayName("weighs the kit's colleges: every college a weight, none negative, one positive, apportioned to the fen")
    final void weighsTheKitsColleges() {
        AllocationPolicy policy = newPolicy();
        AllocationContext context = weighable();
        Map<CollegeId, BigDecimal> weights;
        try {
            weights = policy.weights(context);
        } catch (RuntimeException refused) {
            throw broken("weighs", "refused", String.valueOf(refused.getMessage()));
        }
        checkWeights("weighs", context, weights);
        SortedMap<CollegeId, Money> shares = Apportionment.largestRemainder(AMOUNT, weights);
        Money sum = shares.values().stream().reduce(Money.ZERO, Money::plus);
        if (!sum.equals(AMOUNT)) {
            throw broken("weighs", "apportioned", AMOUNT, sum);
        }
    }

    @Property(tries = 200)
    @Label("any context: every college weighed as above, or the context refused with InvalidInputException")
    final void anyContext(@ForAll("contexts") AllocationContext context) {
        AllocationPolicy policy = newPolicy();
        Map<CollegeId, BigDecimal> weights;
        try {
            weights = policy.weights(context);
        } catch (InvalidInputException refused) {
            return;
        } catch (RuntimeException other) {
            throw broken("any", "thrown", other.getClass().getName(), String.valueOf(other.getMessage()), describe(context));
        }
        checkWeights("any", context, weights);
    }

    @Property(tries = 50)
    @Label("deterministic: the same context gives the same weights")
    final void deterministic(@ForAll("contexts") AllocationContext context) {
        AllocationPolicy policy = newPolicy();
        Map<CollegeId, BigDecimal> first;
        try {
            first = policy.weights(context);
        } catch (RuntimeException refusedOrBroken) {
            return;   // a refusal is allowed; anything else is "any context"'s to report
        }
        Map<CollegeId, BigDecimal> second = newPolicy().weights(context);
        Map<CollegeId, BigDecimal> third = policy.weights(context);
        for (Map<CollegeId, BigDecimal> again : List.of(second, third)) {
            for (CollegeFigures college : context.colleges()) {
                BigDecimal a = first.get(college.college());
                BigDecimal b = again == null ? null : again.get(college.college());
                if (a == null || b == null || a.compareTo(b) != 0) {
                    throw broken("deterministic", "weights", college.college().value(), String.valueOf(a), String.valueOf(b));
                }
            }
        }
    }

    /** Colleges with student counts and, for some or all, scores. */
    @Provide
    final Arbitrary<AllocationContext> contexts() {
        Arbitrary<Integer> students = Arbitraries.oneOf(Arbitraries.integers().between(0, 5000), Arbitraries.just(0));
        Arbitrary<Optional<BigDecimal>> scores = Arbitraries.integers().between(0, 10000)
                .map(hundredths -> BigDecimal.valueOf(hundredths, 2)).optional();
        Arbitrary<List<Integer>> counts = students.list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(counts, scores.list().ofSize(8)).as((list, scored) -> {
            List<CollegeFigures> colleges = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                colleges.add(new CollegeFigures(CollegeId.of("C" + (char) ('A' + i)), list.get(i), scored.get(i)));
            }
            return new AllocationContext(colleges);
        });
    }

    private static void checkWeights(String contract, AllocationContext context, Map<CollegeId, BigDecimal> weights) {
        if (weights == null) {
            throw broken(contract, "none", describe(context));
        }
        TreeSet<String> given = new TreeSet<>();
        context.colleges().forEach(c -> given.add(c.college().value()));
        TreeSet<String> weighed = new TreeSet<>();
        weights.keySet().forEach(c -> weighed.add(c.value()));
        if (!given.equals(weighed)) {
            throw broken(contract, "colleges", given, weighed);
        }
        boolean positive = false;
        for (Map.Entry<CollegeId, BigDecimal> e : new TreeMap<>(weights).entrySet()) {
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw broken(contract, "negative", e.getKey().value(), String.valueOf(e.getValue()));
            }
            positive |= e.getValue().signum() > 0;
        }
        if (!positive) {
            throw broken(contract, "zero", describe(context));
        }
    }

    private static String describe(AllocationContext context) {
        StringBuilder out = new StringBuilder();
        for (CollegeFigures c : context.colleges()) {
            out.append(out.isEmpty() ? "" : ", ").append(c.college().value()).append(' ').append(c.students())
                    .append(c.score().map(s -> "/" + s.toPlainString()).orElse(""));
        }
        return out.toString();
    }

    private static AssertionFailedError broken(String contract, String key, Object... args) {
        return Contract.violation("contract.allocation." + contract, Contract.text("allocation." + contract + "." + key, args));
    }
}

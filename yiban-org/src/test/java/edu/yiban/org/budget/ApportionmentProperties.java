package edu.yiban.org.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.Refused;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Largest-remainder apportionment on fen: for any amount from 0.00 to 1,000,000,000.00, any positive
 * weights and 1 to 60 colleges, the shares add up to the amount exactly, each lies within one fen of its
 * exact proportional value, and the result depends on nothing but the amount and the weights.
 */
class ApportionmentProperties {

    @Provide
    Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(0, 100_000_000_000L).map(Money::ofFen);
    }

    @Provide
    Arbitrary<Map<CollegeId, BigDecimal>> weights() {
        Arbitrary<BigDecimal> counts = Arbitraries.integers().between(1, 60_000).map(BigDecimal::valueOf);
        Arbitrary<BigDecimal> decimals = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("1000000")).ofScale(4);
        return Arbitraries.maps(collegeIds(), Arbitraries.oneOf(counts, decimals)).ofMinSize(1).ofMaxSize(60);
    }

    static Arbitrary<CollegeId> collegeIds() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(6).map(CollegeId::of);
    }

    @Property(tries = 1000)
    void theSharesAddUpToTheAmountExactly(@ForAll("amounts") Money amount, @ForAll("weights") Map<CollegeId, BigDecimal> weights) {
        SortedMap<CollegeId, Money> shares = Apportionment.largestRemainder(amount, weights);

        assertThat(shares.keySet()).isEqualTo(weights.keySet());
        assertThat(shares.values().stream().mapToLong(Money::fen).sum()).isEqualTo(amount.fen());
        assertThat(shares.values()).noneMatch(Money::isNegative);
    }

    @Property(tries = 1000)
    void eachShareIsWithinOneFenOfItsExactProportion(@ForAll("amounts") Money amount, @ForAll("weights") Map<CollegeId, BigDecimal> weights) {
        SortedMap<CollegeId, Money> shares = Apportionment.largestRemainder(amount, weights);

        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fen = BigDecimal.valueOf(amount.fen());
        for (Map.Entry<CollegeId, BigDecimal> w : weights.entrySet()) {
            // |share − T·w/W| < 1 fen  ⇔  |share·W − T·w| < W, compared exactly
            BigDecimal gap = BigDecimal.valueOf(shares.get(w.getKey()).fen()).multiply(total).subtract(fen.multiply(w.getValue())).abs();
            assertThat(gap).isLessThan(total);
        }
    }

    @Property(tries = 500)
    void theResultDependsOnlyOnTheAmountAndTheWeights(@ForAll("amounts") Money amount, @ForAll("weights") Map<CollegeId, BigDecimal> weights) {
        List<CollegeId> reversed = new ArrayList<>(new TreeMap<>(weights).keySet());
        Collections.reverse(reversed);
        Map<CollegeId, BigDecimal> otherOrder = new LinkedHashMap<>();
        reversed.forEach(c -> otherOrder.put(c, weights.get(c)));

        SortedMap<CollegeId, Money> first = Apportionment.largestRemainder(amount, new HashMap<>(weights));

        assertThat(Apportionment.largestRemainder(amount, otherOrder)).isEqualTo(first);
        assertThat(Apportionment.largestRemainder(amount, weights)).isEqualTo(first);
    }

    @Property(tries = 300)
    void weightsScaledByACommonFactorGiveTheSameShares(@ForAll("amounts") Money amount, @ForAll("weights") Map<CollegeId, BigDecimal> weights) {
        Map<CollegeId, BigDecimal> scaled = new HashMap<>();
        weights.forEach((c, w) -> scaled.put(c, w.multiply(new BigDecimal("12.5"))));

        assertThat(Apportionment.largestRemainder(amount, scaled)).isEqualTo(Apportionment.largestRemainder(amount, weights));
    }

    // ---------------------------------------------------------------- equal base plus per capita

    record Campus(List<CollegeFigures> colleges, BigDecimal baseFraction, Money amount) {
    }

    @Provide
    Arbitrary<Campus> campuses() {
        Arbitrary<List<CollegeFigures>> colleges = Arbitraries.maps(collegeIds(), Arbitraries.integers().between(0, 8_000))
                .ofMinSize(1).ofMaxSize(60)
                .filter(m -> m.values().stream().mapToInt(Integer::intValue).sum() > 0)
                .map(m -> m.entrySet().stream().map(e -> new CollegeFigures(e.getKey(), e.getValue())).toList());
        Arbitrary<BigDecimal> fractions = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
        return Combinators.combine(colleges, fractions, amounts()).as(Campus::new);
    }

    @Property(tries = 1000)
    void anEqualBasePlusPerCapitaAddsUpAndEachShareIsWithinOneFenOfItsFormula(@ForAll("campuses") Campus campus) {
        AllocationContext context = new AllocationContext(campus.colleges());
        AllocationPolicy policy = AllocationPolicies.basePlusPerCapita(campus.baseFraction());

        SortedMap<CollegeId, Money> shares = Apportionment.largestRemainder(campus.amount(), policy.weights(context));

        assertThat(shares.values().stream().mapToLong(Money::fen).sum()).isEqualTo(campus.amount().fen());
        BigDecimal n = BigDecimal.valueOf(context.size());
        BigDecimal s = BigDecimal.valueOf(context.totalStudents());
        BigDecimal f = campus.baseFraction();
        BigDecimal a = BigDecimal.valueOf(campus.amount().fen());
        for (CollegeFigures college : context.colleges()) {
            // exact share = A·(f/n + (1−f)·s_i/S) = A·(f·S + (1−f)·n·s_i) / (n·S); within one fen ⇔ |share·n·S − A·(…)| < n·S
            BigDecimal formula = a.multiply(f.multiply(s).add(BigDecimal.ONE.subtract(f).multiply(n).multiply(BigDecimal.valueOf(college.students()))));
            BigDecimal gap = BigDecimal.valueOf(shares.get(college.college()).fen()).multiply(n).multiply(s).subtract(formula).abs();
            assertThat(gap).isLessThan(n.multiply(s));
        }
    }

    @Property(tries = 200)
    void aBaseFractionOfOneIsEqualSharesAndOfZeroIsPerStudent(@ForAll("campuses") Campus campus) {
        AllocationContext context = new AllocationContext(campus.colleges());

        assertThat(Apportionment.largestRemainder(campus.amount(), AllocationPolicies.basePlusPerCapita(BigDecimal.ONE).weights(context)))
                .isEqualTo(Apportionment.largestRemainder(campus.amount(), AllocationPolicies.equalShare().weights(context)));
        assertThat(Apportionment.largestRemainder(campus.amount(), AllocationPolicies.basePlusPerCapita(BigDecimal.ZERO).weights(context)))
                .isEqualTo(Apportionment.largestRemainder(campus.amount(), AllocationPolicies.perStudent().weights(context)));
    }

    // ---------------------------------------------------------------- refusals and edges

    @Example
    void aCollegeOfWeightZeroGetsNothing() {
        Map<CollegeId, BigDecimal> weights = Map.of(CollegeId.of("A"), BigDecimal.ONE, CollegeId.of("B"), BigDecimal.ZERO,
                CollegeId.of("C"), new BigDecimal("2"));

        // 1.00 yuan = 100 fen by 1 : 0 : 2 → 33.33 / 0 / 66.67 fen → 33 + 0 + 66 = 99, the fen left to C (.67)
        assertThat(Apportionment.largestRemainder(Money.of("1"), weights)).containsExactly(
                Map.entry(CollegeId.of("A"), Money.of("0.33")), Map.entry(CollegeId.of("B"), Money.ZERO),
                Map.entry(CollegeId.of("C"), Money.of("0.67")));
    }

    @Example
    void aNegativeWeightIsRefusedNamingTheCollegeInChineseAndEnglish() {
        Map<CollegeId, BigDecimal> weights = Map.of(CollegeId.of("A"), BigDecimal.ONE, CollegeId.of("B"), new BigDecimal("-0.5"));

        Violation v = Refused.violation(() -> Apportionment.largestRemainder(Money.of("100"), weights));
        assertThat(v.path()).isEqualTo("weights[B]");
        assertThat(v.zh()).isEqualTo("学院 B 的权重 -0.5 为负数；权重不能为负");
        assertThat(v.en()).isEqualTo("the weight -0.5 of college B is negative; weights must not be negative");
    }

    @Example
    void noCollegeOrANegativeAmountIsRefused() {
        assertThatThrownBy(() -> Apportionment.largestRemainder(Money.of("100"), Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("weights"));
        assertThatThrownBy(() -> Apportionment.largestRemainder(Money.of("-1"), Map.of(CollegeId.of("A"), BigDecimal.ONE)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).path()).isEqualTo("amount"));
    }

    @Example
    void theLargestAmountSplitsIntoSixtyExactly() {
        Map<CollegeId, BigDecimal> weights = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            weights.put(CollegeId.of("C" + i), BigDecimal.valueOf(i + 1).divide(BigDecimal.valueOf(7), 30, java.math.RoundingMode.DOWN));
        }

        SortedMap<CollegeId, Money> shares = Apportionment.largestRemainder(Money.of(Money.MAX), weights);

        assertThat(shares.values().stream().map(m -> BigInteger.valueOf(m.fen())).reduce(BigInteger.ZERO, BigInteger::add))
                .isEqualTo(BigInteger.valueOf(Money.of(Money.MAX).fen()));
    }
}

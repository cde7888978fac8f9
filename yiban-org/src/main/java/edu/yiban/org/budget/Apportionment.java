package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Divides an amount among colleges in proportion to their weights, exactly to the fen: the shares
 * always add up to the amount, and each share is within one fen of its exact proportional value.
 *
 * <h2>The rule: largest remainders on fen (最大余额法, Hamilton apportionment)</h2>
 * <ol>
 *   <li>The amount is counted in fen, {@code T}; the weights {@code w_i} are exact decimals (scaled to
 *       whole numbers by a common power of ten, which changes no proportion), {@code W = Σ w_i}.</li>
 *   <li>Each college's exact quota is {@code T·w_i / W} fen; it first gets the whole part,
 *       {@code ⌊T·w_i / W⌋}.</li>
 *   <li>The fen left over, {@code T − Σ⌊T·w_i / W⌋} (fewer than the number of colleges), go one each to
 *       the colleges with the largest remainders {@code T·w_i mod W}, compared exactly.</li>
 *   <li>Equal remainders are broken by college code, in ascending (String) order: {@code EDU} before
 *       {@code MATH}. The result depends only on the amount and the weights, never on map order.</li>
 * </ol>
 * A college of weight zero gets nothing. Negative weights, or weights adding up to zero, are refused
 * with an {@link edu.yiban.core.error.InvalidInputException} naming the weight. (Like every quota method,
 * largest remainders can give a college one fen less when the amount grows — the Alabama paradox; the
 * shares of one allocation are what is exact here.)
 *
 * <pre>{@code
 * // 100.00 yuan by weights 1 : 1 : 1 → 33.34 + 33.33 + 33.33 (the left-over fen goes to the first code)
 * SortedMap<CollegeId, Money> shares = Apportionment.largestRemainder(Money.of("100"),
 *         Map.of(CollegeId.of("A"), BigDecimal.ONE, CollegeId.of("B"), BigDecimal.ONE, CollegeId.of("C"), BigDecimal.ONE));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Apportionment {
    private Apportionment() {
    }

    /**
     * The shares of {@code amount} (not negative) in proportion to {@code weights} (none negative, at
     * least one positive), by college code.
     */
    public static SortedMap<CollegeId, Money> largestRemainder(Money amount, Map<CollegeId, BigDecimal> weights) {
        OrgChecks.required(amount, "amount");
        if (amount.isNegative()) {
            throw OrgChecks.invalid("amount", "budget.apportion.negative-amount", amount);
        }
        SortedMap<CollegeId, BigDecimal> sorted = checked(weights);
        int scale = 0;
        for (BigDecimal weight : sorted.values()) {
            scale = Math.max(scale, weight.scale());
        }
        TreeMap<CollegeId, BigInteger> units = new TreeMap<>();
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<CollegeId, BigDecimal> e : sorted.entrySet()) {
            BigInteger unit = e.getValue().setScale(scale).unscaledValue();
            units.put(e.getKey(), unit);
            total = total.add(unit);
        }
        if (total.signum() == 0) {
            throw OrgChecks.invalid("weights", "budget.apportion.zero", amount);
        }
        BigInteger fen = BigInteger.valueOf(amount.fen());
        TreeMap<CollegeId, Long> shares = new TreeMap<>();
        List<Map.Entry<CollegeId, BigInteger>> remainders = new ArrayList<>();
        long handedOut = 0;
        for (Map.Entry<CollegeId, BigInteger> e : units.entrySet()) {
            BigInteger[] quotient = fen.multiply(e.getValue()).divideAndRemainder(total);
            long whole = quotient[0].longValueExact();
            shares.put(e.getKey(), whole);
            handedOut += whole;
            remainders.add(Map.entry(e.getKey(), quotient[1]));
        }
        remainders.sort(Map.Entry.<CollegeId, BigInteger>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        long leftOver = amount.fen() - handedOut;
        for (int i = 0; i < leftOver; i++) {
            shares.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        TreeMap<CollegeId, Money> result = new TreeMap<>();
        shares.forEach((college, share) -> result.put(college, Money.ofFen(share)));
        return Collections.unmodifiableSortedMap(result);
    }

    private static SortedMap<CollegeId, BigDecimal> checked(Map<CollegeId, BigDecimal> weights) {
        OrgChecks.required(weights, "weights");
        if (weights.isEmpty()) {
            throw OrgChecks.invalid("weights", "budget.apportion.empty");
        }
        TreeMap<CollegeId, BigDecimal> sorted = new TreeMap<>();
        for (Map.Entry<CollegeId, BigDecimal> e : weights.entrySet()) {
            CollegeId college = OrgChecks.required(e.getKey(), "college");
            String path = "weights[" + college + "]";
            BigDecimal weight = e.getValue();
            if (weight == null) {
                throw OrgChecks.invalid(path, "budget.apportion.missing", college);
            }
            if (weight.signum() < 0) {
                throw OrgChecks.invalid(path, "budget.apportion.negative", college, weight.toPlainString());
            }
            sorted.put(college, weight);
        }
        return sorted;
    }
}

package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.OrgMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * An allocation of YiBan funds to the colleges (学院经费划拨), as it is kept on the year's budget stream:
 * how much, from which budget line, by which policy with which parameters, and for each college the
 * figures weighed, the weight and the amount. It checks itself: the shares are exactly the
 * {@link Apportionment largest-remainder apportionment} of the amount by the weights, so they add up to
 * the amount to the fen; anyone can redo the arithmetic from the record alone.
 *
 * @param year     the budget year
 * @param number   the allocation's number in its year, from 1
 * @param date     the day it was made
 * @param category the budget line it draws on
 * @param amount   the amount allocated, above zero
 * @param policy   the policy used, with its parameters
 * @param shares   each college's share, by college code, each college once
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Allocation(Year year, int number, LocalDate date, BudgetCategoryId category, Money amount,
                         PolicyDescription policy, List<CollegeShare> shares) {
    public Allocation {
        BudgetRules.year(year, "year");
        if (number < 1) {
            throw OrgChecks.invalid("number", "budget.allocation.number", number);
        }
        OrgChecks.required(date, "date");
        OrgChecks.required(category, "category");
        OrgChecks.required(amount, "amount");
        OrgChecks.required(policy, "policy");
        shares = OrgChecks.list(shares, "shares");
        TreeMap<CollegeId, BigDecimal> weights = new TreeMap<>();
        for (CollegeShare share : shares) {
            if (weights.put(share.college(), share.weight()) != null) {
                throw OrgChecks.invalid("shares", "budget.context.duplicate", share.college());
            }
        }
        if (!List.copyOf(weights.keySet()).equals(shares.stream().map(CollegeShare::college).toList())) {
            throw OrgChecks.invalid("shares", "budget.allocation.order");
        }
        SortedMap<CollegeId, Money> exact = Apportionment.largestRemainder(amount, weights);
        for (int i = 0; i < shares.size(); i++) {
            CollegeShare share = shares.get(i);
            Money expected = Objects.requireNonNull(exact.get(share.college()), "every share's college is apportioned");
            if (!share.amount().equals(expected)) {
                throw OrgChecks.invalid("shares[" + i + "].amount", "budget.allocation.share",
                        share.college(), share.amount(), expected);
            }
        }
    }

    /** The share of {@code college}, if it had one. */
    public Optional<CollegeShare> share(CollegeId college) {
        return shares.stream().filter(s -> s.college().equals(college)).findFirst();
    }

    /** The amount of each college, by code. */
    public SortedMap<CollegeId, Money> amounts() {
        TreeMap<CollegeId, Money> amounts = new TreeMap<>();
        shares.forEach(s -> amounts.put(s.college(), s.amount()));
        return Collections.unmodifiableSortedMap(amounts);
    }

    /** The sum of the weights. */
    public BigDecimal totalWeight() {
        return BudgetRules.canonical(shares.stream().map(CollegeShare::weight).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The allocation explained for people, in the reader's language: a line naming the amount, the line
     * it draws on and the policy with its parameters, then a line per college with its figures, weight
     * and amount.
     */
    public List<String> explain(Locale locale) {
        List<String> lines = new ArrayList<>();
        StringBuilder parameters = new StringBuilder();
        for (Map.Entry<String, String> p : policy.parameters().entrySet()) {
            parameters.append(parameters.isEmpty() ? "" : ", ").append(p.getKey()).append('=').append(p.getValue());
        }
        lines.add(OrgMessages.BUNDLE.render(locale, "budget.explain.allocation", year.toString(), Integer.toString(number),
                date.toString(), amount.toString(), category.toString(), policy.name(locale), policy.id(), parameters.toString()));
        BigDecimal total = totalWeight();
        for (CollegeShare share : shares) {
            String score = share.score().map(BigDecimal::toPlainString).orElse("—");
            lines.add(OrgMessages.BUNDLE.render(locale, "budget.explain.share", share.college().toString(),
                    Integer.toString(share.students()), score, share.weight().toPlainString(), total.toPlainString(),
                    share.amount().toString()));
        }
        return List.copyOf(lines);
    }
}

package edu.yiban.org.budget;

import edu.yiban.core.id.CollegeId;
import edu.yiban.core.YibanCore;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.org.internal.OrgMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The YiBan special budget (易班专项经费) of a campus: each year's budget over the categories of a
 * {@link BudgetPreset}, and the allocations of its lines to the colleges (按标准划拨到学院). Each year is
 * the ledger stream {@code budget:<year>} (e.g. {@code budget:2023}): the year's budget, its revisions
 * and every allocation are records of it, so they are kept and verifiable; opening a budget over a
 * ledger that holds such streams rebuilds them.
 *
 * <p>All amounts are {@link Money}, exact to the fen. A year's budget is refused unless its lines add
 * up to its total exactly; an allocation's shares always add up to its amount exactly
 * ({@link Apportionment}). A refused change writes nothing and says why in Chinese and English
 * ({@link edu.yiban.core.error.InvalidInputException}, {@link edu.yiban.core.error.NotFoundException},
 * {@link edu.yiban.core.error.ConflictException}). Thread-safe.
 *
 * <pre>{@code
 * Budget budget = Budget.open(core, BudgetPreset.seed());
 * budget.planYear(Year.of(2023), List.of(
 *         BudgetLine.of("hardware", "60000"), BudgetLine.of("software-development", "80000"),
 *         BudgetLine.of("technical-services", "30000"), BudgetLine.of("team-training", "40000"),
 *         BudgetLine.of("publicity-materials", "20000"), BudgetLine.of("advertising-channels", "20000"),
 *         BudgetLine.of("offline-activities", "100000"), BudgetLine.of("yiban-projects", "30000"),
 *         BudgetLine.of("awards", "20000")));                   // adds up to the preset's 400000.00
 * Allocation a = budget.allocate(new AllocationRequest(Year.of(2023), BudgetCategoryId.of("offline-activities"),
 *         Money.of("100000"), LocalDate.of(2023, 3, 1)), AllocationPolicies.basePlusPerCapita(new BigDecimal("0.3")));
 * a.explain(Locale.SIMPLIFIED_CHINESE).forEach(System.out::println);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Budget {

    /** A budget over {@code core}'s ledger, counting students in its directory, with the canonical JSON and the organisation's validator. */
    static Budget open(YibanCore core, BudgetPreset preset) {
        return new BudgetService(WritableLedger.of(core.ledger()), BudgetJson.MAPPER, OrgMessages.validator(), core.directory(), preset, core.access());
    }

    /** The preset: the yearly total and the categories. */
    BudgetPreset preset();

    /**
     * Plans {@code year} with the preset's yearly total: refused unless {@code lines} add up to it exactly,
     * every category is one of the preset's, each once. The lines are kept in the preset's order.
     */
    YearBudget planYear(Year year, List<BudgetLine> lines);

    /** Plans a year with its own total (which may differ from the preset's), by the same rules. */
    YearBudget planYear(YearBudget budget);

    /**
     * Replaces a planned year's budget by a revision (预算调整), kept as a new record with its reason: no
     * line may fall below what has already been allocated from it.
     */
    YearBudget reviseYear(YearBudget budget, String reason);

    /** The budget of {@code year}, as last planned or revised. */
    Optional<YearBudget> year(Year year);

    /** Every planned year's budget, by year. */
    List<YearBudget> years();

    /**
     * What a policy would weigh now: every college of the directory, by code, with its studying students
     * (在读 and 复学, counted over the college's classes) and its score from {@code scores}.
     */
    AllocationContext context(Map<CollegeId, BigDecimal> scores);

    /**
     * What a policy weighs on {@code date}, as {@link #allocate} does for a request of that date: each
     * college's students who were studying that day (在读 or 复学, a status dated later not yet counted),
     * in the class each was in that day, and its score from {@code scores}.
     */
    AllocationContext context(LocalDate date, Map<CollegeId, BigDecimal> scores);

    /**
     * Allocates money of a budget line to the colleges by {@code policy}, weighing the colleges as they
     * stood on the request's date ({@link #context(LocalDate, Map)}), and keeps the allocation with its
     * policy, inputs, weights and shares. Refused when the year has no budget, the category is not the
     * preset's, the amount exceeds what is left on the line, a score names an unknown college, or the
     * policy's weights are negative or add up to zero. The policy runs before the budget is locked for the
     * write, so a slow or failing policy (a plugin's, say) holds up no other allocation or read; what it
     * throws reaches the caller and nothing is kept.
     */
    Allocation allocate(AllocationRequest request, AllocationPolicy policy);

    /** The allocations of {@code year}, in the order they were made. */
    List<Allocation> allocations(Year year);

    /** What has been allocated from {@code category} in {@code year}. */
    Money allocated(Year year, BudgetCategoryId category);

    /** The version of {@code year}'s stream (0 before its budget). */
    long version(Year year);
}

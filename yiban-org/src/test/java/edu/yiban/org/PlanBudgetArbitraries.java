package edu.yiban.org;

import edu.yiban.core.fixtures.CoreArbitraries;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.budget.Allocation;
import edu.yiban.org.budget.AllocationContext;
import edu.yiban.org.budget.AllocationRequest;
import edu.yiban.org.budget.Apportionment;
import edu.yiban.org.budget.BudgetCategory;
import edu.yiban.org.budget.BudgetCategoryId;
import edu.yiban.org.budget.BudgetLine;
import edu.yiban.org.budget.BudgetPreset;
import edu.yiban.org.budget.CollegeFigures;
import edu.yiban.org.budget.CollegeShare;
import edu.yiban.org.budget.Money;
import edu.yiban.org.budget.PolicyDescription;
import edu.yiban.org.budget.YearBudget;
import edu.yiban.org.plan.Milestone;
import edu.yiban.org.plan.MilestoneDefinition;
import edu.yiban.org.plan.MilestoneId;
import edu.yiban.org.plan.MilestoneStatus;
import edu.yiban.org.plan.MilestoneStatusChange;
import edu.yiban.org.plan.Phase;
import edu.yiban.org.plan.PhaseId;
import edu.yiban.org.plan.PhasePeriod;
import edu.yiban.org.plan.PhaseTask;
import edu.yiban.org.plan.PlanPreset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of every public value type of the construction plan and the budget; {@link OrgArbitraries#all()} includes them. */
public final class PlanBudgetArbitraries {
    private PlanBudgetArbitraries() {
    }

    /** A generator per public value type. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(PhaseId.class, phaseIds());
        all.put(MilestoneId.class, milestoneIds());
        all.put(PhaseTask.class, tasks());
        all.put(Phase.class, phases());
        all.put(PlanPreset.class, plans());
        all.put(PhasePeriod.class, periods());
        all.put(MilestoneStatus.class, Arbitraries.of(MilestoneStatus.class));
        all.put(MilestoneStatusChange.class, changes());
        all.put(MilestoneDefinition.class, definitions());
        all.put(Milestone.class, milestones());
        all.put(Money.class, money());
        all.put(BudgetCategoryId.class, categoryIds());
        all.put(BudgetCategory.class, categories());
        all.put(BudgetPreset.class, budgetPresets());
        all.put(BudgetLine.class, lines());
        all.put(YearBudget.class, yearBudgets());
        all.put(CollegeFigures.class, figures());
        all.put(AllocationContext.class, contexts());
        all.put(PolicyDescription.class, policies());
        all.put(CollegeShare.class, shares());
        all.put(Allocation.class, allocations());
        all.put(AllocationRequest.class, requests());
        return all;
    }

    // ---------------------------------------------------------------- shared pieces

    static Arbitrary<String> text() {
        return CoreArbitraries.text(1, 24);
    }

    static Arbitrary<Optional<String>> optionalText() {
        return text().optional();
    }

    static Arbitrary<LocalDate> dates() {
        return CoreArbitraries.dates();
    }

    static Arbitrary<String> lowerCodes() {
        return CoreArbitraries.vocabulary();
    }

    static Arbitrary<BigDecimal> decimals() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(3);
    }

    static Arbitrary<CollegeId> collegeIds() {
        return CoreArbitraries.code().map(CollegeId::of);
    }

    // ---------------------------------------------------------------- plan

    static Arbitrary<PhaseId> phaseIds() {
        return lowerCodes().map(PhaseId::of);
    }

    static Arbitrary<MilestoneId> milestoneIds() {
        return CoreArbitraries.code().map(MilestoneId::of);
    }

    static Arbitrary<PhaseTask> tasks() {
        return Combinators.combine(text(), optionalText()).as(PhaseTask::new);
    }

    static Arbitrary<YearMonth> months() {
        return Arbitraries.integers().between(0, 12 * 80).map(m -> YearMonth.of(2000, 1).plusMonths(m));
    }

    static Arbitrary<Phase> phases() {
        return Combinators.combine(phaseIds(), text(), optionalText(), months(), Arbitraries.integers().between(0, 36),
                tasks().list().ofMaxSize(4)).as((id, name, nameEn, from, length, tasks) ->
                new Phase(id, name, nameEn, from, from.plusMonths(length), tasks));
    }

    /** Plans of 1 to 6 phases, each of two months or more, sharing a boundary month, adjacent, or with a gap. */
    static Arbitrary<PlanPreset> plans() {
        Arbitrary<int[]> shape = Combinators.combine(Arbitraries.integers().between(1, 24), Arbitraries.integers().between(0, 3))
                .as((length, gap) -> new int[] {length, gap});
        return Combinators.combine(text(), optionalText(), months(), shape.list().ofMinSize(1).ofMaxSize(6), phases().list().ofMinSize(6).ofMaxSize(6))
                .as((name, nameEn, start, shapes, templates) -> {
                    List<Phase> phases = new ArrayList<>();
                    YearMonth from = start;
                    for (int i = 0; i < shapes.size(); i++) {
                        Phase t = templates.get(i);
                        YearMonth to = from.plusMonths(shapes.get(i)[0]);
                        phases.add(new Phase(PhaseId.of("p" + i), t.name(), t.nameEn(), from, to, t.tasks()));
                        from = to.plusMonths(shapes.get(i)[1]);
                    }
                    return new PlanPreset(name, nameEn, phases);
                });
    }

    static Arbitrary<PhasePeriod> periods() {
        return Combinators.combine(phases(), dates(), Arbitraries.integers().between(0, 800))
                .as((phase, start, days) -> new PhasePeriod(phase, start, start.plusDays(days)));
    }

    static Arbitrary<MilestoneStatusChange> changes() {
        return Combinators.combine(Arbitraries.of(MilestoneStatus.class), dates(), text().injectNull(0.3))
                .as(MilestoneStatusChange::new);
    }

    static Arbitrary<MilestoneDefinition> definitions() {
        return Combinators.combine(milestoneIds(), phaseIds(), text(), optionalText(), dates()).as(MilestoneDefinition::new);
    }

    /** Milestones with a valid history: planned, then up to two allowed changes, in date order. */
    static Arbitrary<Milestone> milestones() {
        return Combinators.combine(definitions(), dates(), Arbitraries.integers().between(0, 99).list().ofMaxSize(2))
                .as((definition, planned, choices) -> {
                    Milestone m = Milestone.planned(definition, planned);
                    LocalDate date = planned;
                    for (int choice : choices) {
                        List<MilestoneStatus> next = new ArrayList<>(m.status().next());
                        if (next.isEmpty()) {
                            break;
                        }
                        date = date.plusDays(choice);
                        m = m.with(new MilestoneStatusChange(next.get(choice % next.size()), date, "第" + choice + "步"));
                    }
                    return m;
                });
    }

    // ---------------------------------------------------------------- budget

    static Arbitrary<Money> money() {
        long max = Money.of(Money.MAX).fen();
        return Arbitraries.longs().between(-max, max).map(Money::ofFen);
    }

    static Arbitrary<Money> amounts() {
        return Arbitraries.longs().between(0, 100_000_000_000L).map(Money::ofFen);
    }

    static Arbitrary<BudgetCategoryId> categoryIds() {
        return lowerCodes().map(BudgetCategoryId::of);
    }

    static Arbitrary<BudgetCategory> categories() {
        return Combinators.combine(categoryIds(), text(), optionalText()).as(BudgetCategory::new);
    }

    static Arbitrary<BudgetPreset> budgetPresets() {
        return Combinators.combine(amounts(), categories().list().ofMinSize(1).ofMaxSize(10).uniqueElements(BudgetCategory::id))
                .as(BudgetPreset::new);
    }

    static Arbitrary<BudgetLine> lines() {
        return Combinators.combine(categoryIds(), amounts()).as(BudgetLine::new);
    }

    static Arbitrary<Year> years() {
        return Arbitraries.integers().between(1949, 2200).map(Year::of);
    }

    static Arbitrary<YearBudget> yearBudgets() {
        return Combinators.combine(years(), lines().list().ofMaxSize(9).uniqueElements(BudgetLine::category))
                .as((year, lines) -> new YearBudget(year, lines.stream().map(BudgetLine::amount).reduce(Money.ZERO, Money::plus), lines));
    }

    static Arbitrary<CollegeFigures> figures() {
        return Combinators.combine(collegeIds(), Arbitraries.integers().between(0, 100_000), decimals().injectNull(0.4).map(Optional::ofNullable))
                .as(CollegeFigures::new);
    }

    static Arbitrary<AllocationContext> contexts() {
        return figures().list().ofMaxSize(12).uniqueElements(CollegeFigures::college).map(AllocationContext::new);
    }

    static Arbitrary<PolicyDescription> policies() {
        Arbitrary<TreeMap<String, String>> parameters = Arbitraries.maps(lowerCodes(), text()).ofMaxSize(3).map(TreeMap::new);
        return Combinators.combine(lowerCodes(), text(), text(), parameters).as(PolicyDescription::new);
    }

    static Arbitrary<CollegeShare> shares() {
        return Combinators.combine(figures(), decimals(), money())
                .as((f, weight, amount) -> new CollegeShare(f.college(), f.students(), f.score(), weight, amount));
    }

    /** Allocations whose shares are the apportionment of their amount by their (not all zero) weights. */
    static Arbitrary<Allocation> allocations() {
        Arbitrary<List<CollegeShare>> weighed = Combinators.combine(figures(), decimals())
                .as((f, weight) -> new CollegeShare(f.college(), f.students(), f.score(), weight, Money.ZERO))
                .list().ofMinSize(1).ofMaxSize(12).uniqueElements(CollegeShare::college)
                .filter(list -> list.stream().anyMatch(s -> s.weight().signum() > 0));
        return Builders.withBuilder(() -> new Object[7])
                .use(years()).in((a, v) -> { a[0] = v; return a; })
                .use(Arbitraries.integers().between(1, 500)).in((a, v) -> { a[1] = v; return a; })
                .use(dates()).in((a, v) -> { a[2] = v; return a; })
                .use(categoryIds()).in((a, v) -> { a[3] = v; return a; })
                .use(amounts()).in((a, v) -> { a[4] = v; return a; })
                .use(policies()).in((a, v) -> { a[5] = v; return a; })
                .use(weighed).in((a, v) -> { a[6] = v; return a; })
                .build(PlanBudgetArbitraries::allocation);
    }

    @SuppressWarnings("unchecked")
    private static Allocation allocation(Object[] a) {
        List<CollegeShare> weighed = new ArrayList<>((List<CollegeShare>) a[6]);
        weighed.sort(java.util.Comparator.comparing(CollegeShare::college));
        Map<CollegeId, BigDecimal> weights = new TreeMap<>();
        weighed.forEach(s -> weights.put(s.college(), s.weight()));
        Map<CollegeId, Money> amounts = Apportionment.largestRemainder((Money) a[4], weights);
        List<CollegeShare> shares = weighed.stream()
                .map(s -> new CollegeShare(s.college(), s.students(), s.score(), s.weight(), amounts.get(s.college()))).toList();
        return new Allocation((Year) a[0], (Integer) a[1], (LocalDate) a[2], (BudgetCategoryId) a[3], (Money) a[4],
                (PolicyDescription) a[5], shares);
    }

    static Arbitrary<AllocationRequest> requests() {
        Arbitrary<Map<CollegeId, BigDecimal>> scores = Arbitraries.maps(collegeIds(), decimals()).ofMaxSize(6);
        return Combinators.combine(years(), categoryIds(), Arbitraries.longs().between(1, 100_000_000_000L).map(Money::ofFen), dates(), scores)
                .as(AllocationRequest::new);
    }
}

package edu.yiban.examples.cli;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.id.CollegeId;
import edu.yiban.org.budget.Allocation;
import edu.yiban.org.budget.AllocationContext;
import edu.yiban.org.budget.AllocationPolicies;
import edu.yiban.org.budget.AllocationPolicy;
import edu.yiban.org.budget.Apportionment;
import edu.yiban.org.budget.Budget;
import edu.yiban.org.budget.CollegeFigures;
import edu.yiban.org.budget.Money;
import edu.yiban.org.budget.YearBudget;
import edu.yiban.sdk.Yiban;
import edu.yiban.sdk.plugin.FaultPolicy;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code yiban budget FILE|URL}: a year's YiBan budget of a saved campus or a campus in a database
 * ({@link CampusSource}; default: the last year planned) —
 * its plan, what was allocated to each college and how — and, with {@code --what-if POLICY}, how an amount
 * would be apportioned by another standard (built in, or a plugin's), exact to the fen and not recorded.
 * With {@code --out} it writes {@code budget.json}, the file the demo writes. {@code --amount} and
 * {@code --base-fraction} shape the what-if alone, so either given without {@code --what-if} is refused
 * (exit 2) rather than ignored.
 */
@Command(name = "budget", mixinStandardHelpOptions = true, versionProvider = YibanCommand.Version.class, sortOptions = false)
final class BudgetCommand implements Callable<Integer> {
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(index = "0", paramLabel = "FILE|URL", descriptionKey = "param.campus")
    private String source;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "option.year")
    private Integer year;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "option.budgetOut")
    private Path out;

    @Option(names = "--what-if", paramLabel = "POLICY", descriptionKey = "option.whatIf")
    private String whatIf;

    /** The amount a what-if apportions when {@code --amount} is not given. */
    static final String DEFAULT_AMOUNT = "100000";
    /** The equal part of base-plus-per-capita when {@code --base-fraction} is not given. */
    static final String DEFAULT_BASE_FRACTION = "0.3";

    @Option(names = "--amount", paramLabel = "YUAN", descriptionKey = "option.amount")
    private String amount;

    @Option(names = "--base-fraction", paramLabel = "F", descriptionKey = "option.baseFraction")
    private String baseFraction;

    @Mixin
    private DatabaseLogin login;

    @Override
    public Integer call() {
        Locale locale = language.locale();
        // every value is checked before anything is printed
        if (whatIf == null && amount != null) {
            throw new Cli.Problem(Cli.USAGE, "budget.needsWhatIf", "--amount", amount);
        }
        if (whatIf == null && baseFraction != null) {
            throw new Cli.Problem(Cli.USAGE, "budget.needsWhatIf", "--base-fraction", baseFraction);
        }
        Money money = whatIf == null ? null : amount(amount == null ? DEFAULT_AMOUNT : amount);
        try (CampusSource campus = CampusSource.open(source, login, locale)) {
            Path folder = out == null ? null : Outputs.folder(out, locale);
            return budget(campus, money, folder, locale);
        }
    }

    private int budget(CampusSource campus, Money money, Path folder, Locale locale) {
        PrintWriter stdout = spec.commandLine().getOut();
        try (Yiban yiban = campus.runtime(locale, FaultPolicy.FAIL)) {
            Budget budget = yiban.organisation().budget();
            List<YearBudget> years = budget.years();
            if (years.isEmpty()) {
                throw new Cli.Problem(Cli.FAILED, "budget.none", campus.name());
            }
            YearBudget plan = year == null ? years.get(years.size() - 1)
                    : years.stream().filter(y -> y.year().getValue() == year).findFirst().orElseThrow(() -> new Cli.Problem(
                            Cli.USAGE, "budget.unknownYear", year, campus.name(), String.join(", ", years.stream().map(y -> y.year().toString()).toList())));
            AllocationPolicy policy = whatIf == null ? null : policy(yiban);
            Summary summary = new Summary(stdout, locale);
            stdout.println(Cli.TEXT.render(locale, "budget.plan", plan.year().getValue(), plan.total().toString()));
            Table lines = new Table(List.of(Cli.TEXT.render(locale, "table.category"), Cli.TEXT.render(locale, "table.amount"),
                    Cli.TEXT.render(locale, "table.allocated"), Cli.TEXT.render(locale, "table.remaining")), false, true, true, true);
            for (BudgetFile.Line line : BudgetFile.lines(budget, plan)) {
                lines.row(List.of(line.name().in(locale), line.amount().toString(), line.allocated().toString(), line.remaining().toString()));
            }
            lines.print(stdout, 2);
            List<Allocation> allocations = budget.allocations(plan.year());
            summary.budget(plan, allocations, yiban.campus());
            for (Allocation a : allocations) {
                stdout.println();
                a.explain(locale).forEach(l -> stdout.println("  " + l));
            }
            if (policy != null) {
                whatIf(yiban, budget, campus.today(), money, policy, locale, stdout);
            }
            if (folder != null) {
                BudgetFile.write(folder.resolve(Outputs.BUDGET), budget, plan.year());
                stdout.println(Cli.TEXT.render(locale, "demo.files", folder, Outputs.BUDGET));
            }
            stdout.flush();
            return Cli.OK;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw campus.undecodable(e); // a record read only now, when a projection first needs it
        }
    }

    /** {@code --amount} as money: above 0, at most two decimals. */
    private static Money amount(String amount) {
        Money money;
        try {
            money = Money.of(amount);
        } catch (RuntimeException e) {
            throw new Cli.Problem(Cli.USAGE, "budget.amount", amount);
        }
        if (!money.isPositive()) {
            throw new Cli.Problem(Cli.USAGE, "budget.amount", amount);
        }
        return money;
    }

    /** The standard {@code --what-if} names, a plugin's or a built-in one made with {@code --base-fraction}. */
    private AllocationPolicy policy(Yiban yiban) {
        Map<String, AllocationPolicy> policies = new TreeMap<>(yiban.allocationPolicies());
        for (String id : AllocationPolicies.builtInIds()) {
            try {
                AllocationPolicies.builtIn(id, Map.of("baseFraction", baseFraction == null ? DEFAULT_BASE_FRACTION : baseFraction))
                        .ifPresent(p -> policies.putIfAbsent(id, p));
            } catch (InvalidInputException bad) {
                throw new Cli.Problem(Cli.USAGE, "budget.baseFraction", baseFraction);
            }
        }
        AllocationPolicy policy = policies.get(whatIf);
        if (policy == null) {
            throw new Cli.Problem(Cli.USAGE, "budget.policy", whatIf, String.join(", ", policies.keySet()));
        }
        return policy;
    }

    /** How {@code money} would be apportioned by {@code policy}; by score uses the last ended term's college evaluation. */
    private void whatIf(Yiban yiban, Budget budget, LocalDate today, Money money, AllocationPolicy policy,
                        Locale locale, PrintWriter stdout) {
        Map<CollegeId, BigDecimal> scores = SavedCampus.lastEndedTerm(yiban.campus(), today)
                .map(last -> MainJob.collegeScores(yiban.scoring().colleges().run(yiban.core(), yiban.organisation(), last.start(),
                        last.end(), List.of())))
                .orElse(Map.of());
        AllocationContext context = budget.context(today, scores);
        SortedMap<CollegeId, Money> shares = Apportionment.largestRemainder(money, policy.weights(context));
        stdout.println();
        stdout.println(Cli.TEXT.render(locale, "budget.whatIf", money.toString(), policy.describe().name(locale), policy.id()));
        Table table = new Table(List.of(Cli.TEXT.render(locale, "table.college"), Cli.TEXT.render(locale, "table.students"),
                Cli.TEXT.render(locale, "table.score"), Cli.TEXT.render(locale, "table.amount")), false, true, true, true);
        for (CollegeFigures figures : context.colleges()) {
            table.row(List.of(figures.college().value(), Summary.count(figures.students()),
                    figures.score().map(score -> (score.scale() < 2 ? score.setScale(2) : score).toPlainString()).orElse("-"), shares.getOrDefault(figures.college(), Money.ZERO).toString()));
        }
        table.print(stdout, 2);
    }
}

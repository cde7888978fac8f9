package edu.yiban.org.budget;

import edu.yiban.core.access.Access;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.College;
import edu.yiban.core.directory.Student;
import edu.yiban.core.directory.StudentStatus;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.ProjectionLock;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.validation.YibanValidator;
import edu.yiban.org.budget.BudgetEvent.Allocated;
import edu.yiban.org.budget.BudgetEvent.YearPlanned;
import edu.yiban.org.budget.BudgetEvent.YearRevised;
import edu.yiban.org.internal.OrgChecks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/** The YiBan special budget as a projection of the streams {@code budget:<year>}. */
final class BudgetService implements Budget {
    private static final int MAX_REASON = 500;

    private final ProjectionLock lock;
    private final YibanValidator validator;
    private final CampusDirectory directory;
    private final BudgetPreset preset;
    private final Map<BudgetCategoryId, Integer> order = new HashMap<>();
    private final WritableLedger ledger;
    private final RecordCodec<BudgetEvent> codec;
    private final Map<Year, ProjectedStream<BudgetEvent>> streams = new HashMap<>();
    private final Map<Year, YearState> years = new TreeMap<>();

    /** One year: its budget as last planned or revised, and its allocations. */
    private static final class YearState {
        private YearBudget budget;
        private final List<Allocation> allocations = new ArrayList<>();
        private final Map<BudgetCategoryId, Money> allocated = new HashMap<>();

        YearState(YearBudget budget) {
            this.budget = budget;
        }

        Money allocated(BudgetCategoryId category) {
            return allocated.getOrDefault(category, Money.ZERO);
        }
    }

    public BudgetService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, CampusDirectory directory, BudgetPreset preset,
                         Access access) {
        this.validator = Objects.requireNonNull(validator, "validator is null");
        this.directory = Objects.requireNonNull(directory, "directory is null");
        this.preset = validator.check(Objects.requireNonNull(preset, "preset is null"));
        for (BudgetCategory category : preset.categories()) {
            order.put(category.id(), order.size());
        }
        this.ledger = Objects.requireNonNull(ledger, "ledger is null");
        this.codec = BudgetEvent.codec(mapper, access);
        this.lock = ProjectionLock.following(ledger, Set.of(BudgetRules.KIND), new Follower() {
            @Override
            public void apply(StoredRecord record) {
                stream(BudgetRules.yearOf(record.stream())).follow(record);
            }

            @Override
            public void catchUp(StreamId stream) {
                stream(BudgetRules.yearOf(stream)).catchUp();
            }
        });
        for (StreamId stream : ledger.streams()) {
            if (stream.kind().equals(BudgetRules.KIND)) {
                stream(BudgetRules.yearOf(stream)).catchUp();
            }
        }
    }

    @Override
    public BudgetPreset preset() {
        return preset;
    }

    // ---------------------------------------------------------------- writes

    @Override
    public YearBudget planYear(Year year, List<BudgetLine> lines) {
        return planYear(new YearBudget(year, preset.yearlyTotal(), lines));
    }

    @Override
    public YearBudget planYear(YearBudget budget) {
        OrgChecks.required(budget, "budget");
        YearBudget ordered = inPresetOrder(budget);
        write(budget.year(), () -> {
            if (years.containsKey(budget.year())) {
                throw OrgChecks.conflict("budget.year.planned", budget.year());
            }
            return List.of(new YearPlanned(ordered));
        });
        return ordered;
    }

    @Override
    public YearBudget reviseYear(YearBudget budget, String reason) {
        OrgChecks.required(budget, "budget");
        OrgChecks.required(reason, "reason");
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw OrgChecks.invalid("reason", "budget.revision.reason", MAX_REASON);
        }
        YearBudget ordered = inPresetOrder(budget);
        write(budget.year(), () -> {
            YearState state = require(budget.year());
            for (BudgetCategory category : preset.categories()) {
                Money used = state.allocated(category.id());
                if (ordered.amount(category.id()).compareTo(used) < 0) {
                    throw OrgChecks.conflict("budget.revision.below", budget.year(), category.id(), ordered.amount(category.id()), used);
                }
            }
            return List.of(new YearRevised(ordered, reason));
        });
        return ordered;
    }

    @Override
    public Allocation allocate(AllocationRequest request, AllocationPolicy policy) {
        OrgChecks.required(request, "request");
        OrgChecks.required(policy, "policy");
        validator.check(request);
        // the policy (perhaps a plugin's) weighs the colleges before the budget's lock is taken: however long
        // it runs, or if it fails, no other allocation or read of the budget waits for it
        AllocationContext context = context(request.date(), request.scores());
        if (context.size() == 0) {
            throw OrgChecks.conflict("budget.colleges.none");
        }
        Map<CollegeId, BigDecimal> weights = weights(policy, context);
        Allocation[] made = new Allocation[1];
        write(request.year(), () -> {
            YearState state = require(request.year());
            BudgetCategoryId category = request.category();
            requireCategory(category, "category");
            Money line = state.budget.amount(category);
            Money used = state.allocated(category);
            Money left = line.minus(used);
            if (request.amount().compareTo(left) > 0) {
                throw OrgChecks.conflict("budget.allocation.exceeds", request.year(), category, request.amount(), left, line, used);
            }
            SortedMap<CollegeId, Money> amounts = Apportionment.largestRemainder(request.amount(), weights);
            List<CollegeShare> shares = new ArrayList<>(context.size());
            for (CollegeFigures figures : context.colleges()) {
                // weights(…) checked that every college has a weight; the apportionment gives each weighed college an amount
                shares.add(new CollegeShare(figures.college(), figures.students(), figures.score(),
                        Objects.requireNonNull(weights.get(figures.college()), "every college has a weight"),
                        Objects.requireNonNull(amounts.get(figures.college()), "every college has an amount")));
            }
            made[0] = new Allocation(request.year(), state.allocations.size() + 1, request.date(),
                    category, request.amount(), policy.describe(), shares);
            return List.of(new Allocated(made[0]));
        });
        return made[0];
    }

    /** The policy's weights, which must name exactly the context's colleges. */
    private static Map<CollegeId, BigDecimal> weights(AllocationPolicy policy, AllocationContext context) {
        Map<CollegeId, BigDecimal> weights = policy.weights(context);
        if (weights == null) {
            throw new IllegalStateException("allocation policy " + policy.id() + " gave no weights");
        }
        for (CollegeFigures figures : context.colleges()) {
            if (weights.get(figures.college()) == null) {
                throw OrgChecks.invalid("weights[" + figures.college() + "]", "budget.apportion.missing", figures.college());
            }
        }
        for (CollegeId college : weights.keySet()) {
            if (context.figures(college).isEmpty()) {
                throw OrgChecks.invalid("weights[" + college + "]", "budget.weight.unknown", policy.id(), college);
            }
        }
        return weights;
    }

    private YearBudget inPresetOrder(YearBudget budget) {
        for (int i = 0; i < budget.lines().size(); i++) {
            requireCategory(budget.lines().get(i).category(), "lines[" + i + "].category");
        }
        List<BudgetLine> lines = new ArrayList<>(budget.lines());
        lines.sort(Comparator.comparing(l -> order.get(l.category())));
        return new YearBudget(budget.year(), budget.total(), lines);
    }

    private void requireCategory(BudgetCategoryId category, String path) {
        if (!order.containsKey(category)) {
            throw OrgChecks.invalid(path, "budget.category.unknown", category);
        }
    }

    private YearState require(Year year) {
        YearState state = years.get(year);
        if (state == null) {
            throw OrgChecks.notFound("budget.year.unknown", year);
        }
        return state;
    }

    /** The state of {@code year}, which a record applied earlier planned. */
    private YearState planned(Year year) {
        return Objects.requireNonNull(years.get(year), "a revision or allocation follows its year's plan");
    }

    private void write(Year year, Supplier<List<BudgetEvent>> decide) {
        lock.write(() -> stream(year).write(decide));
    }

    /** The projected stream of {@code year}, made on first use. */
    private ProjectedStream<BudgetEvent> stream(Year year) {
        return streams.computeIfAbsent(year, y -> new ProjectedStream<>(ledger, BudgetRules.stream(y), codec, this::apply));
    }

    // ---------------------------------------------------------------- the projection

    private void apply(StoredRecord stored, BudgetEvent event) {
        if (event instanceof YearPlanned e) {
            years.put(e.budget().year(), new YearState(e.budget()));
        } else if (event instanceof YearRevised e) {
            planned(e.budget().year()).budget = e.budget();
        } else if (event instanceof Allocated e) {
            YearState state = planned(e.allocation().year());
            state.allocations.add(e.allocation());
            state.allocated.merge(e.allocation().category(), e.allocation().amount(), Money::plus);
        } else {
            throw new IllegalStateException("unhandled budget record " + event);
        }
    }

    // ---------------------------------------------------------------- reads

    @Override
    public AllocationContext context(Map<CollegeId, BigDecimal> scores) {
        return context(scores, s -> s.status().isStudying() ? Optional.of(s.classId()) : Optional.empty());
    }

    @Override
    public AllocationContext context(LocalDate date, Map<CollegeId, BigDecimal> scores) {
        OrgChecks.required(date, "date");
        return context(scores, s -> s.statusOn(date).filter(StudentStatus::isStudying).map(status -> s.classOn(date)));
    }

    /** Every college with the students {@code studyingIn} places in one of its classes, and its score. */
    private AllocationContext context(Map<CollegeId, BigDecimal> scores, Function<Student, Optional<ClassId>> studyingIn) {
        OrgChecks.required(scores, "scores");
        List<College> colleges = directory.colleges();
        for (CollegeId college : scores.keySet()) {
            if (colleges.stream().noneMatch(c -> c.id().equals(college))) {
                throw OrgChecks.invalid("scores[" + college + "]", "budget.score.unknown", college);
            }
        }
        Map<CollegeId, Integer> students = new HashMap<>();
        for (Student student : directory.students()) {
            studyingIn.apply(student).flatMap(directory::adminClass)
                    .ifPresent(c -> students.merge(c.college(), 1, Integer::sum));
        }
        List<CollegeFigures> figures = new ArrayList<>(colleges.size());
        for (College college : colleges) {
            figures.add(new CollegeFigures(college.id(), students.getOrDefault(college.id(), 0),
                    Optional.ofNullable(scores.get(college.id()))));
        }
        return new AllocationContext(figures);
    }

    @Override
    public Optional<YearBudget> year(Year year) {
        BudgetRules.year(year, "year");
        return read(() -> Optional.ofNullable(years.get(year)).map(s -> s.budget));
    }

    @Override
    public List<YearBudget> years() {
        return read(() -> years.values().stream().map(s -> s.budget).toList());
    }

    @Override
    public List<Allocation> allocations(Year year) {
        BudgetRules.year(year, "year");
        return read(() -> Optional.ofNullable(years.get(year)).map(s -> List.copyOf(s.allocations)).orElse(List.of()));
    }

    @Override
    public Money allocated(Year year, BudgetCategoryId category) {
        BudgetRules.year(year, "year");
        OrgChecks.required(category, "category");
        return read(() -> Optional.ofNullable(years.get(year)).map(s -> s.allocated(category)).orElse(Money.ZERO));
    }

    @Override
    public long version(Year year) {
        BudgetRules.year(year, "year");
        return read(() -> streams.containsKey(year) ? streams.get(year).version() : 0L);
    }

    private <T> T read(Supplier<T> query) {
        return lock.read(query);
    }
}

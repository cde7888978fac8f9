package edu.yiban.org.plan;

import edu.yiban.core.access.Access;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.ProjectionLock;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.validation.YibanValidator;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.plan.PlanEvent.MilestoneAdded;
import edu.yiban.org.plan.PlanEvent.MilestoneStatusChanged;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The construction plan: the preset's phases, and the milestones as a projection of the {@code plan} stream. */
final class PlanService implements ConstructionPlan {
    /** The plan's stream. */
    public static final StreamId STREAM = StreamId.of("plan");

    private static final Comparator<Milestone> BY_DUE = Comparator.comparing(Milestone::due).thenComparing(Milestone::id);

    private final ProjectionLock lock;
    private final YibanValidator validator;
    private final PlanPreset preset;
    private final List<PhasePeriod> periods;
    private final ProjectedStream<PlanEvent> stream;
    private final Map<MilestoneId, Milestone> milestones = new HashMap<>();

    public PlanService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, PlanPreset preset, Access access) {
        this.validator = Objects.requireNonNull(validator, "validator is null");
        this.preset = validator.check(Objects.requireNonNull(preset, "preset is null"));
        this.periods = preset.periods();
        this.stream = new ProjectedStream<>(ledger, STREAM, PlanEvent.codec(mapper, access), this::apply);
        this.lock = ProjectionLock.following(ledger, Set.of(STREAM.kind()), Follower.of(stream));
        stream.catchUp();
    }

    @Override
    public PlanPreset preset() {
        return preset;
    }

    @Override
    public List<PhasePeriod> phases() {
        return periods;
    }

    @Override
    public Optional<PhasePeriod> phaseOn(LocalDate date) {
        return preset.periodOn(date);
    }

    @Override
    public Optional<PhasePeriod> phase(PhaseId id) {
        return preset.period(id);
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Milestone addMilestone(MilestoneDefinition definition, LocalDate date) {
        write(() -> {
            validator.check(definition);
            OrgChecks.required(date, "date");
            Phase phase = preset.phase(definition.phase())
                    .orElseThrow(() -> OrgChecks.notFound("plan.phase.unknown", definition.phase()));
            if (!phase.spans(definition.due())) {
                throw OrgChecks.invalid("due", "plan.milestone.due", definition.id(), definition.due(),
                        phase.id(), phase.from().atDay(1), phase.to().atEndOfMonth());
            }
            if (milestones.containsKey(definition.id())) {
                throw OrgChecks.conflict("plan.milestone.exists", definition.id());
            }
            return List.of(new MilestoneAdded(definition, date));
        });
        return Milestone.planned(definition, date);
    }

    @Override
    public Milestone changeStatus(MilestoneId id, MilestoneStatusChange change) {
        OrgChecks.required(id, "milestoneId");
        Milestone[] changed = new Milestone[1];
        write(() -> {
            Milestone milestone = require(id);
            validator.check(change);
            MilestoneStatusChange last = milestone.history().get(milestone.history().size() - 1);
            if (!milestone.status().next().contains(change.status())) {
                throw OrgChecks.conflict("plan.milestone.transition", id, milestone.status().label(), change.status().label());
            }
            if (change.date().isBefore(last.date())) {
                throw OrgChecks.conflict("plan.milestone.date", id, change.date(), last.date());
            }
            changed[0] = milestone.with(change);
            return List.of(new MilestoneStatusChanged(id, change));
        });
        return changed[0];
    }

    private void write(Supplier<List<PlanEvent>> decide) {
        lock.write(() -> stream.write(decide));
    }

    private Milestone require(MilestoneId id) {
        Milestone milestone = id == null ? null : milestones.get(id);
        if (milestone == null) {
            throw OrgChecks.notFound("plan.milestone.unknown", id);
        }
        return milestone;
    }

    // ---------------------------------------------------------------- the projection

    private void apply(StoredRecord stored, PlanEvent event) {
        if (event instanceof MilestoneAdded e) {
            milestones.put(e.milestone().id(), Milestone.planned(e.milestone(), e.date()));
        } else if (event instanceof MilestoneStatusChanged e) {
            milestones.computeIfPresent(e.milestone(), (id, m) -> m.with(e.change()));
        } else {
            throw new IllegalStateException("unhandled plan record " + event);
        }
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<Milestone> milestone(MilestoneId id) {
        return read(() -> Optional.ofNullable(milestones.get(id)));
    }

    @Override
    public List<Milestone> milestones() {
        return select(m -> true);
    }

    @Override
    public List<Milestone> milestonesOf(PhaseId phase) {
        return select(m -> m.phase().equals(phase));
    }

    @Override
    public List<Milestone> overdueOn(LocalDate date) {
        OrgChecks.required(date, "date");
        return select(m -> m.isOverdueOn(date));
    }

    @Override
    public long version() {
        return read(stream::version);
    }

    private List<Milestone> select(Predicate<Milestone> which) {
        return read(() -> milestones.values().stream().filter(which).sorted(BY_DUE).toList());
    }

    private <T> T read(Supplier<T> query) {
        return lock.read(query);
    }
}

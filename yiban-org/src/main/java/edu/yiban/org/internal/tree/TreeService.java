package edu.yiban.org.internal.tree;

import edu.yiban.core.access.Access;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Student;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.ProjectionLock;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.validation.YibanValidator;
import edu.yiban.org.internal.OrgChecks;
import edu.yiban.org.internal.tree.OrgEvent.Appointed;
import edu.yiban.org.internal.tree.OrgEvent.AppointmentEnded;
import edu.yiban.org.internal.tree.OrgEvent.ClassLinked;
import edu.yiban.org.internal.tree.OrgEvent.MessageSent;
import edu.yiban.org.internal.tree.OrgEvent.OfficeLeft;
import edu.yiban.org.internal.tree.OrgEvent.OfficeTaken;
import edu.yiban.org.internal.tree.OrgEvent.StudentRecommended;
import edu.yiban.org.internal.tree.OrgEvent.UnitDissolved;
import edu.yiban.org.internal.tree.OrgEvent.UnitFounded;
import edu.yiban.org.tree.Appointment;
import edu.yiban.org.tree.AppointmentRef;
import edu.yiban.org.tree.Charter;
import edu.yiban.org.tree.CharterException;
import edu.yiban.org.tree.CharterViolation.Problem;
import edu.yiban.org.tree.CharterViolation;
import edu.yiban.org.tree.InSiteMessage;
import edu.yiban.org.tree.OfficeHolding;
import edu.yiban.org.tree.OrgId;
import edu.yiban.org.tree.OrgSnapshot;
import edu.yiban.org.tree.OrgUnit;
import edu.yiban.org.tree.OrganisationTree;
import edu.yiban.org.tree.Recommendation;
import edu.yiban.org.tree.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The organisation as a projection of the {@code organisation} stream, checked against its charter. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class TreeService implements OrganisationTree {
    /** The organisation's stream. */
    public static final StreamId STREAM = StreamId.of("organisation");
    /** The kind of the nodes' online spaces. */
    public static final String SPACE_KIND = "org";

    private static final Set<Problem> PLACEMENT = EnumSet.of(Problem.KIND_NOT_ALLOWED, Problem.WRONG_PARENT,
            Problem.WRONG_COLLEGE, Problem.EXTRA_NODE);
    private static final Set<Problem> SEATING = EnumSet.of(Problem.TOO_MANY, Problem.NOT_QUALIFIED,
            Problem.CONCURRENCY, Problem.NO_SLOT);
    /** How many times the charter checks of a change are taken while the directory keeps changing under them. */
    private static final int CHECK_ATTEMPTS = 5;

    private final ProjectionLock lock;
    private final WritableLedger ledger;
    private final YibanValidator validator;
    private final CampusDirectory directory;
    private final Spaces spaces;
    private final Charter charter;
    private final CharterChecker checker;
    private final ProjectedStream<OrgEvent> stream;

    private final Map<OrgId, OrgUnit> units = new TreeMap<>();
    private final Map<OrgId, PersonId> founders = new TreeMap<>();
    private final Map<OrgId, LocalDate> dissolvedAfter = new TreeMap<>();
    private final Map<Long, Appointment> appointments = new LinkedHashMap<>();
    private final Map<Long, LocalDate> appointmentEnds = new LinkedHashMap<>();
    private final Map<Long, OfficeHolding> offices = new LinkedHashMap<>();
    private final Map<Long, LocalDate> officeEnds = new LinkedHashMap<>();
    private final List<Recommendation> recommendations = new ArrayList<>();
    private final List<OrgSnapshot.ClassLink> links = new ArrayList<>();
    private final List<InSiteMessage> messages = new ArrayList<>();

    public TreeService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, CampusDirectory directory,
                       Spaces spaces, Charter charter, Access access) {
        this.ledger = ledger;
        this.validator = validator;
        this.directory = directory;
        this.spaces = spaces;
        this.charter = charter;
        this.checker = new CharterChecker(charter, directory);
        this.stream = new ProjectedStream<>(ledger, STREAM, OrgEvent.codec(mapper, access), this::apply);
        this.lock = ProjectionLock.following(ledger, Set.of(STREAM.kind()), Follower.of(stream));
        stream.catchUp();
    }

    @Override
    public Charter charter() {
        return charter;
    }

    // ---------------------------------------------------------------- writes

    @Override
    public OrgUnit found(OrgUnit unit, PersonId founder) {
        write(() -> {
            validator.check(new OrgUnit.Founding(unit, founder));
            requirePerson(founder);
            if (units.containsKey(unit.id())) {
                throw OrgChecks.conflict("org.exists", unit.id());
            }
            unit.parent().ifPresent(parent -> requireUnitOn(parent, unit.founded()));
            unit.college().ifPresent(this::requireCollege);
            refuseNew(unit.founded(), PLACEMENT, unit, List.of(), null, Map.of());
            return List.of(new UnitFounded(unit, founder));
        });
        space(unit.id());
        return read(() -> units.get(unit.id()));
    }

    @Override
    public void dissolve(OrgId org, LocalDate lastDay) {
        write(() -> {
            OrgUnit unit = requireUnit(org);
            requireDate(lastDay);
            if (dissolvedAfter.containsKey(org)) {
                throw OrgChecks.conflict("org.dissolved", org, dissolvedAfter.get(org));
            }
            if (lastDay.isBefore(unit.founded())) {
                throw OrgChecks.invalid("lastDay", "org.dissolve.before", org, unit.founded());
            }
            return List.of(new UnitDissolved(org, lastDay));
        });
    }

    @Override
    public AppointmentRef takeOffice(OfficeHolding holding) {
        return new AppointmentRef(write(() -> {
            validator.check(holding);
            requirePerson(holding.person());
            checkLastDay(holding.from(), holding.to());
            return List.of(new OfficeTaken(holding));
        }));
    }

    @Override
    public void leaveOffice(AppointmentRef ref, LocalDate lastDay) {
        write(() -> {
            OfficeHolding holding = offices.get(ref.sequence());
            if (holding == null) {
                throw OrgChecks.notFound("office.unknown", ref);
            }
            checkEnd(holding.from(), holding.to(), officeEnds.get(ref.sequence()), lastDay);
            return List.of(new OfficeLeft(ref.sequence(), lastDay));
        });
    }

    @Override
    public AppointmentRef appoint(Appointment appointment) {
        return new AppointmentRef(write(() -> List.of(decideAppointment(appointment, List.of(), Map.of()))));
    }

    @Override
    public void endAppointment(AppointmentRef ref, LocalDate lastDay) {
        write(() -> List.of(decideEnd(ref, lastDay, Map.of())));
    }

    /**
     * Plans a batch of ends and appointments in {@code org} on the organisation as it stands on {@code day}
     * and writes it as one ledger batch: all of it or nothing. The planner runs under the write lock, so no
     * other change of this tree comes between the plan and its writing; if another writer appended to the
     * stream first (another process on the same store), the projection catches up and the planner runs
     * again on the new state. Each end is checked as {@link #endAppointment} checks it, each appointment as
     * {@link #appoint} does, in order, against the organisation with the batch's earlier changes. Every
     * appointment the charter refuses is collected and all are thrown as one {@link CharterException};
     * nothing is written. With {@code write} false the batch is planned and checked the same way, and not
     * written (a dry run).
     */
    public <R> AppointmentBatch.Outcome<R> planAndWrite(OrgId org, LocalDate day, Function<AppointmentBatch.View, AppointmentBatch<R>> planner,
                                                boolean write) {
        requireDate(day);
        return lock.write(() -> {
            List<AppointmentBatch<R>> planned = new ArrayList<>(1);
            List<StoredRecord> stored = stream.write(() -> {
                requireUnitOn(org, day);
                AppointmentBatch<R> batch = planner.apply(new AppointmentBatch.View(snapshot(day), history(org)));
                planned.clear();
                planned.add(batch);
                List<OrgEvent> events = decideBatch(batch);
                return write ? events : List.of();
            });
            AppointmentBatch<R> batch = planned.get(0);
            int first = stored.size() - Math.min(stored.size(), batch.appointments().size());
            List<AppointmentRef> appointed = stored.subList(first, stored.size()).stream().map(r -> new AppointmentRef(r.sequence())).toList();
            return new AppointmentBatch.Outcome<>(batch.result(), appointed);
        });
    }

    private List<OrgEvent> decideBatch(AppointmentBatch<?> batch) {
        List<OrgEvent> events = new ArrayList<>();
        Map<Long, LocalDate> ends = new HashMap<>();
        for (AppointmentBatch.Ending ending : batch.endings()) {
            events.add(decideEnd(ending.appointment(), ending.lastDay(), ends));
            ends.put(ending.appointment().sequence(), ending.lastDay());
        }
        List<Appointment> earlier = new ArrayList<>();
        List<CharterViolation> refused = new ArrayList<>();
        for (Appointment appointment : batch.appointments()) {
            try {
                events.add(decideAppointment(appointment, earlier, ends));
                earlier.add(appointment);
            } catch (CharterException e) {
                refused.addAll(e.violations());
            }
        }
        if (!refused.isEmpty()) {
            throw new CharterException(refused);
        }
        return events;
    }

    /** Checks an appointment against the tree with the batch's {@code earlier} appointments and {@code ends}. */
    private OrgEvent decideAppointment(Appointment appointment, List<Appointment> earlier, Map<Long, LocalDate> ends) {
        validator.check(appointment);
        requireUnitOn(appointment.org(), appointment.from());
        requirePerson(appointment.person());
        checkLastDay(appointment.from(), appointment.to());
        List<Appointment> held = new ArrayList<>();
        appointments.keySet().forEach(seq -> held.add(effective(seq, ends)));
        held.addAll(earlier);
        for (Appointment other : held) {
            if (other.org().equals(appointment.org()) && other.person().equals(appointment.person())
                    && other.position().equals(appointment.position()) && overlaps(other, appointment)) {
                throw OrgChecks.conflict("appointment.twice", appointment.person(), appointment.position().label(),
                        appointment.org());
            }
        }
        refuseNew(appointment.from(), SEATING, null, earlier, appointment, ends);
        return new Appointed(appointment);
    }

    private OrgEvent decideEnd(AppointmentRef ref, LocalDate lastDay, Map<Long, LocalDate> ends) {
        Appointment held = appointments.get(ref.sequence());
        if (held == null) {
            throw OrgChecks.notFound("appointment.unknown", ref);
        }
        checkEnd(held.from(), held.to(), endOf(ref.sequence(), ends), lastDay);
        return new AppointmentEnded(ref.sequence(), lastDay);
    }

    @Override
    public AppointmentRef recommend(Recommendation recommendation) {
        return new AppointmentRef(write(() -> {
            validator.check(recommendation);
            requireUnitOn(recommendation.org(), recommendation.date());
            requireCollege(recommendation.college());
            Student student = directory.studentOf(recommendation.student())
                    .filter(s -> s.statusOn(recommendation.date()).map(st -> st.isStudying()).orElse(false))
                    .orElseThrow(() -> OrgChecks.conflict("recommendation.not-student", recommendation.student()));
            Optional<CollegeId> college = directory.adminClass(student.classOn(recommendation.date())).map(c -> c.college());
            if (!college.equals(Optional.of(recommendation.college()))) {
                throw OrgChecks.conflict("recommendation.other-college", recommendation.student(), recommendation.college());
            }
            if (recommendations.stream().anyMatch(r -> r.org().equals(recommendation.org()) && r.student().equals(recommendation.student()))) {
                throw OrgChecks.conflict("recommendation.twice", recommendation.student(), recommendation.org());
            }
            return List.of(new StudentRecommended(recommendation));
        }));
    }

    @Override
    public void linkClass(OrgId org, ClassId classId, LocalDate from) {
        write(() -> {
            requireDate(from);
            requireUnitOn(org, from);
            if (classId == null || directory.adminClass(classId).isEmpty()) {
                throw OrgChecks.notFound("class.unknown", classId);
            }
            return List.of(new ClassLinked(org, classId, from));
        });
    }

    @Override
    public AppointmentRef send(InSiteMessage message) {
        return new AppointmentRef(write(() -> {
            validator.check(message);
            LocalDate today = LocalDate.now(ledger.clock());
            requireUnitOn(message.org(), today);
            boolean holdsPost = appointments.keySet().stream().map(this::effective).anyMatch(a -> a.org().equals(message.org())
                    && a.person().equals(message.sender()) && a.heldOn(today));
            if (!holdsPost) {
                throw OrgChecks.conflict("message.sender", message.sender(), message.org());
            }
            message.recipients().forEach(this::requirePerson);
            return List.of(new MessageSent(message));
        }));
    }

    /**
     * Refuses a change that adds a hard violation with one of {@code problems} on {@code day}, to the tree
     * with a batch's {@code earlier} appointments and {@code ends}.
     */
    private void refuseNew(LocalDate day, Set<Problem> problems, @Nullable OrgUnit extraUnit, List<Appointment> earlier,
                           @Nullable Appointment extraAppointment, Map<Long, LocalDate> ends) {
        List<Appointment> with = new ArrayList<>(earlier);
        if (extraAppointment != null) {
            with.add(extraAppointment);
        }
        // both checks read the directory: one that changed in between (a seated person losing a role) would
        // blame this change for a violation it did not add, so they are taken again until one version saw both
        List<CharterViolation> before;
        List<CharterViolation> after;
        long version;
        int attempt = 0;
        do {
            version = directory.version();
            before = checker.check(snapshot(day, null, earlier, ends));
            after = checker.check(snapshot(day, extraUnit, with, ends));
        } while (directory.version() != version && ++attempt < CHECK_ATTEMPTS);
        Set<String> known = new HashSet<>();
        before.forEach(v -> known.add(key(v)));
        List<CharterViolation> added = after.stream()
                .filter(v -> v.severity() == Severity.ERROR && problems.contains(v.problem()) && !known.contains(key(v)))
                .toList();
        if (!added.isEmpty()) {
            throw new CharterException(added);
        }
    }

    private static String key(CharterViolation v) {
        return v.rule() + "|" + v.problem() + "|" + v.node() + "|" + v.college() + "|" + v.person();
    }

    private long write(Supplier<List<OrgEvent>> decide) {
        return lock.write(() -> {
            List<StoredRecord> stored = stream.write(decide);
            return stored.get(stored.size() - 1).sequence();
        });
    }

    // ---------------------------------------------------------------- the projection

    private void apply(StoredRecord stored, OrgEvent event) {
        long seq = stored.sequence();
        if (event instanceof UnitFounded e) {
            units.put(e.unit().id(), e.unit());
            founders.put(e.unit().id(), e.founder());
        } else if (event instanceof UnitDissolved e) {
            dissolvedAfter.put(e.org(), e.lastDay());
        } else if (event instanceof OfficeTaken e) {
            offices.put(seq, e.holding());
        } else if (event instanceof OfficeLeft e) {
            officeEnds.put(e.holding(), e.lastDay());
        } else if (event instanceof Appointed e) {
            appointments.put(seq, e.appointment());
        } else if (event instanceof AppointmentEnded e) {
            appointmentEnds.put(e.appointment(), e.lastDay());
        } else if (event instanceof StudentRecommended e) {
            recommendations.add(e.recommendation());
        } else if (event instanceof ClassLinked e) {
            links.add(new OrgSnapshot.ClassLink(e.org(), e.classId(), e.from()));
        } else if (event instanceof MessageSent e) {
            messages.add(e.message());
        } else {
            throw new IllegalStateException("unhandled organisation record " + event);
        }
    }

    /** The organisation on {@code day}. */
    private OrgSnapshot snapshot(LocalDate day) {
        return snapshot(day, null, List.of(), Map.of());
    }

    /**
     * The organisation on {@code day}, with one node more and a batch's appointments and ends if given (to
     * check a change); the batch's ends come before its appointments in the stream.
     */
    private OrgSnapshot snapshot(LocalDate day, @Nullable OrgUnit extraUnit, List<Appointment> extraAppointments,
                                 Map<Long, LocalDate> ends) {
        List<OrgUnit> existing = new ArrayList<>();
        units.values().stream().filter(u -> u.foundedBy(day) && !endedBefore(dissolvedAfter.get(u.id()), day)).forEach(existing::add);
        if (extraUnit != null && extraUnit.foundedBy(day)) {
            existing.add(extraUnit);
            existing.sort(Comparator.comparing(OrgUnit::id));
        }
        Set<OrgId> alive = new HashSet<>();
        existing.forEach(u -> alive.add(u.id()));
        List<OrgSnapshot.Appointed> held = new ArrayList<>();
        appointments.forEach((seq, a) -> {
            if (a.heldOn(day) && !endedBefore(endOf(seq, ends), day) && alive.contains(a.org())) {
                held.add(new OrgSnapshot.Appointed(new AppointmentRef(seq), a));
            }
        });
        long next = stream.version() + ends.size();
        for (Appointment extra : extraAppointments) {
            next++;
            if (extra.heldOn(day)) {
                held.add(new OrgSnapshot.Appointed(new AppointmentRef(next), extra));
            }
        }
        List<OrgSnapshot.HeldOffice> heldOffices = new ArrayList<>();
        offices.forEach((seq, h) -> {
            if (h.heldOn(day) && !endedBefore(officeEnds.get(seq), day)) {
                heldOffices.add(new OrgSnapshot.HeldOffice(new AppointmentRef(seq), h));
            }
        });
        List<Recommendation> made = recommendations.stream().filter(r -> !r.date().isAfter(day)).toList();
        List<OrgSnapshot.ClassLink> linked = links.stream().filter(l -> !l.from().isAfter(day) && alive.contains(l.org())).toList();
        return new OrgSnapshot(day, existing, held, heldOffices, made, linked);
    }

    /** The appointment as it runs, its term cut short by an end record if one was written. */
    private Appointment effective(long seq) {
        return effective(seq, Map.of());
    }

    /** The appointment as it runs, its term cut short by an end record written or in a batch's {@code ends}. */
    private Appointment effective(long seq, Map<Long, LocalDate> ends) {
        Appointment a = Objects.requireNonNull(appointments.get(seq), "no appointment at this sequence");
        LocalDate end = endOf(seq, ends);
        return end == null ? a : a.until(end);
    }

    /** The last day an end record (written, or in a batch's {@code ends}) gave appointment {@code seq}, or null. */
    private @Nullable LocalDate endOf(long seq, Map<Long, LocalDate> ends) {
        LocalDate written = appointmentEnds.get(seq);
        return written != null ? written : ends.get(seq);
    }

    /** Every appointment ever made in {@code org}, oldest first, as it ran. */
    private List<OrgSnapshot.Appointed> history(OrgId org) {
        List<OrgSnapshot.Appointed> all = new ArrayList<>();
        appointments.forEach((seq, a) -> {
            if (a.org().equals(org)) {
                all.add(new OrgSnapshot.Appointed(new AppointmentRef(seq), effective(seq)));
            }
        });
        return all;
    }

    private static boolean endedBefore(@Nullable LocalDate lastDay, LocalDate day) {
        return lastDay != null && lastDay.isBefore(day);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public List<InSiteMessage> inbox(PersonId person) {
        return read(() -> messages.stream().filter(m -> m.recipients().contains(person)).toList());
    }

    @Override
    public OrgSnapshot at(LocalDate date) {
        requireDate(date);
        return read(() -> snapshot(date));
    }

    @Override
    public List<CharterViolation> validate(LocalDate date) {
        requireDate(date);
        return read(() -> checker.check(snapshot(date)));
    }

    @Override
    public Space space(OrgId org) {
        OrgUnit unit = read(() -> requireUnit(org));
        SpaceId id = new SpaceId(SPACE_KIND, org.value());
        synchronized (this) {
            Optional<Space> open = spaces.find(id);
            if (open.isPresent()) {
                return open.get();
            }
            PersonId founder = read(() -> founders.get(org));
            return spaces.open(id, unit.name(), founder);
        }
    }

    @Override
    public long version() {
        return read(stream::version);
    }

    private <T> T read(Supplier<T> query) {
        return lock.read(query);
    }

    // ---------------------------------------------------------------- checks

    private OrgUnit requireUnit(OrgId org) {
        OrgUnit unit = org == null ? null : units.get(org);
        if (unit == null) {
            throw OrgChecks.notFound("org.unknown", org);
        }
        return unit;
    }

    private void requireUnitOn(OrgId org, LocalDate day) {
        OrgUnit unit = requireUnit(org);
        if (!unit.foundedBy(day) || endedBefore(dissolvedAfter.get(org), day)) {
            throw OrgChecks.conflict("org.not-on-day", org, day);
        }
    }

    private void requirePerson(PersonId person) {
        if (person == null || directory.person(person).isEmpty()) {
            throw OrgChecks.notFound("person.unknown", person);
        }
    }

    private void requireCollege(CollegeId college) {
        if (directory.college(college).isEmpty()) {
            throw OrgChecks.notFound("college.unknown", college);
        }
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw OrgChecks.invalid("date", "check.date");
        }
    }

    private static void checkLastDay(LocalDate from, Optional<LocalDate> to) {
        if (to.isPresent() && to.get().isBefore(from)) {
            throw OrgChecks.invalid("to", "term.order", from, to.get());
        }
    }

    /** An end may only shorten a term (an extension is a new appointment), once, and not before it began. */
    private static void checkEnd(LocalDate from, Optional<LocalDate> planned, @Nullable LocalDate ended, LocalDate lastDay) {
        requireDate(lastDay);
        checkLastDay(from, Optional.of(lastDay));
        if (ended != null) {
            throw OrgChecks.conflict("appointment.ended", ended);
        }
        if (planned.isPresent() && lastDay.isAfter(planned.get())) {
            throw OrgChecks.invalid("lastDay", "appointment.extend", lastDay, planned.get());
        }
    }

    private static boolean overlaps(Appointment a, Appointment b) {
        LocalDate aEnd = a.to().orElse(LocalDate.MAX);
        LocalDate bEnd = b.to().orElse(LocalDate.MAX);
        return !a.from().isAfter(bEnd) && !b.from().isAfter(aEnd);
    }
}

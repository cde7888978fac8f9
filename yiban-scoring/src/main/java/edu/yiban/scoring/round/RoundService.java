package edu.yiban.scoring.round;

import edu.yiban.core.id.StudentNo;
import edu.yiban.core.access.Subject;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Access;
import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.error.Violation;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Term;
import edu.yiban.core.i18n.Bilingual;
import edu.yiban.core.id.CollegeId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.Inbox;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.validation.Checks;
import edu.yiban.scoring.internal.ScoringJson;
import edu.yiban.scoring.internal.ScoringMessages;
import edu.yiban.scoring.result.SubjectResult;
import edu.yiban.scoring.round.RoundEvent.AppealAnswered;
import edu.yiban.scoring.round.RoundEvent.AppealFiled;
import edu.yiban.scoring.round.RoundEvent.ComputationStarted;
import edu.yiban.scoring.round.RoundEvent.Drafted;
import edu.yiban.scoring.round.RoundEvent.Finalised;
import edu.yiban.scoring.round.RoundEvent.Publicised;
import edu.yiban.scoring.round.RoundEvent.PublicityWithdrawn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

import static edu.yiban.scoring.internal.ScoringMessages.BUNDLE;

/**
 * The evaluation rounds, each a projection of its stream {@code round:<code>}. Every write decides its
 * records against the round's projection under the round's lock and appends them as one batch: a refusal
 * (thrown while deciding) writes nothing. Checks run in one order — the round exists, it is not final,
 * the person may act, the input is well formed, the state allows the step — so a final round always
 * answers "final".
 */
final class RoundService implements EvaluationRounds {
    /** The kind of round streams. */
    public static final String STREAM_KIND = "round";

    private final WritableLedger ledger;
    private final CampusDirectory directory;
    private final GrowthArchives archives;
    private final RoundPolicy policy;
    private final Map<String, RoundEvaluation> evaluations = new LinkedHashMap<>();
    private final RecordCodec<RoundEvent> codec;
    private final ArchiveWriter writer;
    private final Map<RoundId, Log> rounds = new ConcurrentHashMap<>();
    /** The round records the store's log brought: each marks its round behind, which reads its stream when next used. */
    private final Inbox inbox;
    private final Follower follower = Follower.marking(stream -> rounds.computeIfAbsent(RoundId.of(stream.key()), Log::new).behind = true);

    public RoundService(WritableLedger ledger, CampusDirectory directory, GrowthArchives archives, RoundPolicy policy,
                        List<RoundEvaluation> evaluations, Access access) {
        this.ledger = Objects.requireNonNull(ledger, "ledger is null");
        this.directory = Objects.requireNonNull(directory, "directory is null");
        this.archives = Objects.requireNonNull(archives, "archives is null");
        this.policy = Checks.required(policy, "policy", ScoringMessages.label("policy"));
        Checks.required(evaluations, "evaluations", ScoringMessages.label("evaluation"));
        for (RoundEvaluation e : evaluations) {
            Objects.requireNonNull(e.name(), "an evaluation's name is null");
            Objects.requireNonNull(e.subjects(), "an evaluation's subjects are null");
            if (this.evaluations.putIfAbsent(key(e.id(), e.version()), e) != null) {
                throw ScoringMessages.invalid("evaluations", "round.evaluation.twice", e.id(), e.version());
            }
        }
        this.codec = RoundEvent.codec(ScoringJson.mapper(), (stream, event) -> admit(access, event));
        this.writer = new ArchiveWriter(directory, archives, policy);
        this.inbox = ledger.follow(Set.of(STREAM_KIND), this::takeWaiting);
        for (StreamId stream : ledger.streams()) {
            if (stream.kind().equals(STREAM_KIND)) {
                // made directly, not through log(): that asks the store for its head, once a round, at every start
                Log log = rounds.computeIfAbsent(RoundId.of(stream.key()), Log::new);
                synchronized (log) {
                    log.stream.catchUp();
                }
            }
        }
    }

    @Override
    public RoundPolicy policy() {
        return policy;
    }

    // ---------------------------------------------------------------- writes

    @Override
    public Round draft(RoundDraft draft, PersonId by) {
        ScoringMessages.validator().check(draft);
        checkName(draft.name());
        return write(draft.id(), p -> {
            staff(by);
            if (p.exists()) {
                throw conflict("round.exists", draft.id(), p.state().label());
            }
            RoundEvaluation evaluation = evaluation(draft.evaluation(), draft.version());
            if (terms(draft).isEmpty()) {
                throw ScoringMessages.invalid("period", "round.period.undeclared", draft.period(),
                        directory.terms().isEmpty() ? "—" : directory.terms().stream().map(t -> t.id().toString()).sorted()
                                .collect(java.util.stream.Collectors.joining(", ")));
            }
            RoundDraft resolved = draft.publicity().isPresent() ? draft : draft.withPublicity(policy.publicity());
            return List.of(new Drafted(resolved, evaluation.name(), evaluation.subjects(), today(), by));
        });
    }

    @Override
    public Computation compute(RoundId id, PersonId by) {
        return write(id, p -> {
            Round round = open(p, id, "compute");
            staff(by);
            if (round.state() == RoundState.PUBLICISED) {
                throw conflict("round.compute.publicised", id, round.state().label());
            }
            return computed(round, Optional.empty(), by);
        }).current().orElseThrow();
    }

    @Override
    public PublicityWindow publicise(RoundId id, LocalDate from, PersonId by) {
        return write(id, p -> {
            Round round = open(p, id, "publicise");
            staff(by);
            Checks.required(from, "from", ScoringMessages.label("from"));
            if (round.state() == RoundState.DRAFT) {
                throw conflict("round.publicise.uncomputed", id, round.state().label());
            }
            if (round.state() == RoundState.PUBLICISED) {
                PublicityWindow w = round.standingPublicity().orElseThrow();
                throw conflict("round.publicise.already", id, round.state().label(), w.from(), w.until());
            }
            LocalDate today = today();
            if (from.isBefore(today)) {
                throw ScoringMessages.invalid("from", "round.publicise.past", from, today);
            }
            PublicityRule rule = round.draft().publicity().orElseThrow();
            Computation current = round.current().orElseThrow();
            return List.of(new Publicised(current.number(), from, policy.lastDay(rule, from), rule, today, by));
        }).standingPublicity().orElseThrow();
    }

    @Override
    public Appeal appeal(RoundId id, AppealRequest request, PersonId by) {
        ScoringMessages.validator().check(request);
        Round after = write(id, p -> {
            Round round = open(p, id, "appeal");
            Person person = person(by);
            LocalDate today = today();
            if (round.state() != RoundState.PUBLICISED) {
                throw conflict("round.appeal.not-publicised", id, round.state().label());
            }
            PublicityWindow w = round.standingPublicity().orElseThrow();
            if (!w.contains(today)) {
                throw conflict("round.appeal.window", id, round.state().label(), w.from(), w.until(), today);
            }
            Computation current = round.current().orElseThrow();
            SubjectResult result = current.results().result(request.subject())
                    .orElseThrow(() -> notFound("round.subject.unknown", request.subject(), id));
            if (!own(round.subjects(), person, request.subject())) {
                throw conflict("round.appeal.own", by, request.subject());
            }
            if (request.node().isPresent() && result.explanation().find(request.node().get()).isEmpty()) {
                throw ScoringMessages.invalid("node", "round.appeal.node", request.node().get(), request.subject());
            }
            for (Appeal open : round.appeals()) {
                if (open.subject().equals(request.subject()) && !open.answered()) {
                    throw conflict("round.appeal.pending", request.subject(), open.number(), open.filed());
                }
            }
            return List.of(new AppealFiled(round.appeals().size() + 1, request, current.number(), today, by));
        });
        return after.appeals().get(after.appeals().size() - 1);
    }

    @Override
    public Appeal answer(RoundId id, int number, Ruling ruling, PersonId by) {
        ScoringMessages.validator().check(ruling);
        return write(id, p -> {
            Round round = open(p, id, "answer");
            staff(by);
            Appeal appeal = round.appeal(number).orElseThrow(() -> notFound("round.appeal.unknown", number, id));
            if (appeal.answered()) {
                throw conflict("round.appeal.answered", number, id, appeal.answer().get().ruling().verdict().label(),
                        appeal.answer().get().date());
            }
            if (appeal.by().equals(by)) {
                throw conflict("round.answer.own", by, number);
            }
            checkChanges(ruling);
            LocalDate today = today();
            List<RoundEvent> events = new ArrayList<>();
            events.add(new AppealAnswered(number, ruling, today, by));
            if (ruling.verdict() == Verdict.UPHELD) {
                List<RoundEvent> records = computed(round, Optional.of(number), by);
                ComputationStarted recomputed = (ComputationStarted) records.get(0);
                events.addAll(records);
                Optional<PublicityWindow> shown = round.standingPublicity();
                if (shown.isPresent() && !round.computation(shown.get().computation()).orElseThrow().sha256().equals(recomputed.sha256())) {
                    events.add(new PublicityWithdrawn(recomputed.number(), number, today, by));
                }
            }
            return events;
        }).appeal(number).orElseThrow();
    }

    @Override
    public Round finalise(RoundId id, PersonId by) {
        Log log = log(id);
        synchronized (log) {
            caughtUp(log);
            Round round = write(id, p -> {
                Round r = open(p, id, "finalise");
                staff(by);
                if (r.state() != RoundState.PUBLICISED) {
                    throw conflict("round.finalise.state", id, r.state().label());
                }
                PublicityWindow w = r.standingPublicity().orElseThrow();
                LocalDate today = today();
                if (!today.isAfter(w.until())) {
                    throw conflict("round.finalise.publicity", id, r.state().label(), w.from(), w.until(), w.until().plusDays(1));
                }
                List<Appeal> open = r.unanswered();
                if (!open.isEmpty()) {
                    throw conflict("round.finalise.appeals", id, open.size(),
                            open.stream().map(a -> Integer.toString(a.number())).collect(Collectors.joining(", ")));
                }
                Computation current = r.current().orElseThrow();
                Optional<ResultChecks.Incomplete> incomplete = ResultChecks.incomplete(current.results().results());
                if (incomplete.isPresent()) {
                    ResultChecks.Incomplete i = incomplete.get();
                    throw conflict("round.finalise.incomplete", id, r.state().label(), i.count(), i.subjects(), i.indicators());
                }
                return List.of(new Finalised(current.number(), current.sha256(), today, by));
            });
            // in a runtime with a campus key, the heads are signed right after the finalising record and the archive entries
            // it writes; when writing to the archives fails, the finalisation is signed all the same
            try {
                writer.write(round, terms(round.draft()));
            } catch (RuntimeException | Error failed) {
                try {
                    ledger.signHeadsIfKeyed();
                } catch (RuntimeException signing) {
                    failed.addSuppressed(signing);
                }
                throw failed;
            }
            ledger.signHeadsIfKeyed();
            return round;
        }
    }

    @Override
    public List<EntryRef> writeToArchives(RoundId id) {
        Log log = log(id);
        synchronized (log) {
            caughtUp(log);
            Round round = require(log.projection, id);
            if (round.state() != RoundState.FINAL) {
                throw conflict("round.archive.state", id, round.state().label());
            }
            return writer.write(round, terms(round.draft()));
        }
    }

    private Round write(RoundId id, Function<RoundProjection, List<RoundEvent>> decide) {
        Checks.required(id, "round", ScoringMessages.label("round"));
        Log log = log(id);
        synchronized (log) {
            caughtUp(log);
            log.stream.write(() -> decide.apply(log.projection));
            return log.projection.snapshot();
        }
    }

    /**
     * A new computation of {@code round}, checked; numbered after the round's last: its header and its results
     * pages ({@link ResultPages}), to be written in one batch.
     */
    private List<RoundEvent> computed(Round round, Optional<Integer> appeal, PersonId by) {
        RoundEvaluation evaluation = evaluation(round.draft().evaluation(), round.draft().version());
        List<Term> terms = terms(round.draft());
        RoundScope scope = new RoundScope(round.id(), round.draft().period(), terms.stream().map(Term::id).toList());
        RoundResults results = evaluation.evaluate(scope);
        if (results == null) {
            throw ScoringMessages.invalid("results", "round.results.empty", evaluation.id(), round.id());
        }
        // the terms read again: one declared while the evaluation ran may be among those it read its students
        // from (terms are only ever added, so the later list holds every term the evaluation saw)
        ResultChecks.check(results, round.subjects(), scope, terms(round.draft()), directory, evaluation.id());
        return ResultPages.of(round.computations().size() + 1, appeal, results.sha256(), results, today(), by);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public Optional<Round> round(RoundId id) {
        Log log = id == null ? null : known(id);
        if (log == null) {
            return Optional.empty();
        }
        synchronized (log) {
            caughtUp(log);
            return log.projection.exists() ? Optional.of(log.projection.snapshot()) : Optional.empty();
        }
    }

    @Override
    public List<Round> rounds() {
        ledger.atHead(inbox, follower, () -> null);
        return rounds.keySet().stream().sorted().map(this::round).flatMap(Optional::stream).toList();
    }

    @Override
    public Standing standing(RoundId id, String subject) {
        Round round = round(id).orElseThrow(() -> notFound("round.unknown", id));
        return round.standing(subject).orElseThrow(() -> notFound("round.subject.unknown", subject, id));
    }

    @Override
    public PublicityList publicityList(RoundId id) {
        Round round = round(id).orElseThrow(() -> notFound("round.unknown", id));
        return PublicityList.of(round, directory, policy.publicNames());
    }

    @Override
    public long version(RoundId id) {
        Log log = id == null ? null : known(id);
        if (log == null) {
            return id == null ? 0 : ledger.version(stream(id));
        }
        synchronized (log) {
            caughtUp(log);
            return log.stream.version();
        }
    }

    // ---------------------------------------------------------------- checks

    /** The log of {@code id}, made on first use, after the rounds caught up with the store's log. */
    private Log log(RoundId id) {
        return ledger.atHead(inbox, follower, () -> rounds.computeIfAbsent(id, Log::new));
    }

    /** The log of {@code id} if the round is known here, after the rounds caught up with the store's log. */
    private @Nullable Log known(RoundId id) {
        return ledger.atHead(inbox, follower, () -> rounds.get(id));
    }

    /**
     * Hands what waits for the rounds to the follower, which marks each round whose stream the store's log moved on,
     * making a log for a round another runtime drafted. Takes no round's lock, so it may run while one is held.
     */
    private void takeWaiting() {
        inbox.drainTo(follower);
    }

    /** Reads the round's new records if the store's log moved its stream on; under the round's lock. */
    private static void caughtUp(Log log) {
        if (log.behind) {
            log.behind = false;
            log.stream.catchUp();
        }
    }

    private static StreamId stream(RoundId id) {
        return StreamId.of(STREAM_KIND, id.value());
    }

    private static Round require(RoundProjection p, RoundId id) {
        if (!p.exists()) {
            throw notFound("round.unknown", id);
        }
        return p.snapshot();
    }

    /** The round, if it exists and is not final: a final round refuses {@code action}. */
    private static Round open(RoundProjection p, RoundId id, String action) {
        Round round = require(p, id);
        if (round.state() == RoundState.FINAL) {
            throw conflict("round.final", id, round.state().label(), round.finalisation().orElseThrow().date(),
                    BUNDLE.text("round.action." + action));
        }
        return round;
    }

    private Person person(PersonId by) {
        Checks.required(by, "by", ScoringMessages.label("by"));
        return directory.person(by).orElseThrow(() -> notFound("round.person.unknown", by));
    }

    private void staff(PersonId by) {
        if (person(by).roles().stream().noneMatch(Role::isStaff)) {
            throw conflict("round.actor.staff", by);
        }
    }

    private boolean own(SubjectKind kind, Person person, String subject) {
        if (kind == SubjectKind.STUDENT) {
            return directory.studentOf(person.id()).filter(s -> s.studentNo().value().equals(subject)).isPresent();
        }
        return person.roles().stream().anyMatch(Role::isStaff) && person.college().map(CollegeId::value).filter(subject::equals).isPresent();
    }

    private void checkChanges(Ruling ruling) {
        if (ruling.verdict() == Verdict.UPHELD && ruling.changes().isEmpty()) {
            throw ScoringMessages.invalid("changes", "round.ruling.changes");
        }
        if (ruling.verdict() == Verdict.REJECTED && !ruling.changes().isEmpty()) {
            throw ScoringMessages.invalid("changes", "round.ruling.no-changes");
        }
        List<Violation> unknown = new ArrayList<>();
        for (int i = 0; i < ruling.changes().size(); i++) {
            EntryRef ref = ruling.changes().get(i);
            boolean known = directory.student(ref.student()).isPresent() && archives.of(ref.student()).version() >= ref.sequence();
            if (!known) {
                unknown.add(Violation.of("changes[" + i + "]", BUNDLE.text("round.ruling.change.unknown", ref)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
    }

    private static void checkName(Bilingual name) {
        if (name.zh().length() > RoundDraft.MAX_NAME || name.en().length() > RoundDraft.MAX_NAME) {
            throw ScoringMessages.invalid("name", "round.name.length", RoundDraft.MAX_NAME);
        }
    }

    private RoundEvaluation evaluation(String id, String version) {
        RoundEvaluation evaluation = evaluations.get(key(id, version));
        if (evaluation == null) {
            throw notFound("round.evaluation.unknown", id, version);
        }
        return evaluation;
    }

    private static String key(String id, String version) {
        return id + "@" + version;
    }

    /** The declared terms of the draft's period, in order. */
    private List<Term> terms(RoundDraft draft) {
        return directory.terms().stream().filter(t -> draft.period().covers(t.id())).sorted(Comparator.comparing(Term::id)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(ledger.clock());
    }

    private static ConflictException conflict(String key, Object... args) {
        return new ConflictException(BUNDLE.text(key, args));
    }

    private static NotFoundException notFound(String key, Object... args) {
        return new NotFoundException(BUNDLE.text(key, args));
    }

    /** One round's stream and projection; its monitor is the round's lock. */
    private final class Log {
        final RoundProjection projection;
        final ProjectedStream<RoundEvent> stream;
        /** Whether the store's log moved the stream past what the projection applied. */
        volatile boolean behind;

        Log(RoundId id) {
            this.projection = new RoundProjection(id);
            this.stream = new ProjectedStream<>(ledger, stream(id), codec, projection::apply);
        }
    }

    /**
     * Puts {@code event} to the access policy: a round is run for the campus, an appeal is filed by a student (or for a
     * college) about their own result, and answered for the campus. The person a record names as having taken the
     * step must be the acting person, if a person acts.
     */
    /** The student or college an appeal is about. */
    private Subject appealed(String subject) {
        try {
            StudentNo student = StudentNo.of(subject);
            if (directory.student(student).isPresent()) {
                return Subject.student(student);
            }
        } catch (RuntimeException notAStudentNumber) {
            // a college's code
        }
        return new Subject(Subject.Kind.COLLEGE, subject);
    }

    private void admit(Access access, RoundEvent event) {
        Optional<PersonId> by = Optional.of(event.by());
        if (event instanceof RoundEvent.AppealFiled e) {
            access.check(Action.ROUND_APPEAL, appealed(e.request().subject()), Optional.empty(), by);
        } else if (event instanceof RoundEvent.AppealAnswered) {
            access.check(Action.ROUND_RULE, Subject.campus(), Optional.empty(), by);
        } else {
            access.check(Action.ROUND_MANAGE, Subject.campus(), Optional.empty(), by);
        }
    }
}

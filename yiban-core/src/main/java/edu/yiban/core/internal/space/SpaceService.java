package edu.yiban.core.internal.space;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.access.AccessPolicy;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Relation;
import edu.yiban.core.access.Subject;
import edu.yiban.core.directory.AdminClass;
import edu.yiban.core.internal.access.AccessGate;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.internal.space.SpaceEvent.ActivityPlanned;
import edu.yiban.core.internal.space.SpaceEvent.AdminGranted;
import edu.yiban.core.internal.space.SpaceEvent.MemberJoined;
import edu.yiban.core.internal.space.SpaceEvent.MemberLeft;
import edu.yiban.core.internal.space.SpaceEvent.NoticePublished;
import edu.yiban.core.internal.space.SpaceEvent.Publication;
import edu.yiban.core.internal.space.SpaceEvent.RealNameVerified;
import edu.yiban.core.internal.space.SpaceEvent.SignedIn;
import edu.yiban.core.internal.space.SpaceEvent.VoteCast;
import edu.yiban.core.internal.space.SpaceEvent.SpaceOpened;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.Inbox;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.space.SpaceProfile;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.validation.Checks;
import edu.yiban.core.validation.YibanValidator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import static edu.yiban.core.internal.CoreMessages.BUNDLE;
import static edu.yiban.core.internal.space.Refusals.notFound;

/**
 * The online spaces as projections of their streams ({@code space:kind.key}, one per space). On
 * construction every space stream of the store is replayed, so a reopened store gives the same spaces.
 * Each space has its own lock; opening a space is serialised. The spaces follow the store's log: a
 * call first brings the ledger to the store's head ({@link WritableLedger#atHead}), marks the spaces
 * whose streams moved on, and a marked space reads its new records before it answers; a space another
 * runtime opened is loaded when it is asked for or listed.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class SpaceService implements Spaces {
    /** The kind of every space's stream. */
    public static final String STREAM_KIND = "space";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final WritableLedger ledger;
    private final RecordCodec<SpaceEvent> codec;
    private final YibanValidator validator;
    private final CampusDirectory directory;
    private final AccessGate access;
    private final ConcurrentNavigableMap<SpaceId, SpaceProjection> spaces = new ConcurrentSkipListMap<>();
    private final Object opening = new Object();
    /** The records of space streams the store's log brought. */
    private final Inbox inbox;
    private final Follower follower;
    /** Spaces whose streams moved on while this instance had no projection of them. */
    private final Set<SpaceId> unseen = ConcurrentHashMap.newKeySet();

    /**
     * The spaces kept in {@code ledger}, rebuilt from its store: records are read and written with
     * {@code mapper}, inputs checked by {@code validator}, people and classes looked up in {@code directory}.
     */
    public SpaceService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, CampusDirectory directory) {
        this(ledger, mapper, validator, directory, new AccessGate(AccessPolicy.seed()));
    }

    /**
     * Like {@link #SpaceService(WritableLedger, ObjectMapper, YibanValidator, CampusDirectory)}, every record put to
     * {@code access} before it is written and every read of a space's content checked by it; {@code access} learns
     * here how a person stands to a space.
     */
    public SpaceService(WritableLedger ledger, ObjectMapper mapper, YibanValidator validator, CampusDirectory directory,
                        AccessGate access) {
        this.ledger = Objects.requireNonNull(ledger, "ledger is null");
        this.access = Objects.requireNonNull(access, "access is null");
        this.codec = SpaceEvent.codec(Objects.requireNonNull(mapper, "mapper is null"), this::admit);
        access.relations(Subject.Kind.SPACE, (person, subject) -> relationsTo(person, SpaceId.parse(subject.id())));
        this.validator = Objects.requireNonNull(validator, "validator is null");
        this.directory = Objects.requireNonNull(directory, "directory is null");
        this.follower = Follower.marking(this::moved);
        this.inbox = ledger.follow(Set.of(STREAM_KIND), this::takeWaiting);
        for (StreamId stream : ledger.streams()) {
            if (STREAM_KIND.equals(stream.kind())) {
                loaded(spaceOf(stream));
            }
        }
    }

    /** The space kept in {@code stream}, whose key is {@code kind.key} (a kind has no '.'). */
    static SpaceId spaceOf(StreamId stream) {
        String key = stream.key();
        int dot = key.indexOf('.');
        return new SpaceId(key.substring(0, dot), key.substring(dot + 1));
    }

    // ---------------------------------------------------------------- opening

    @Override
    public Space open(SpaceId id, String title, PersonId owner) {
        return atHead(() -> openChecked(id, title, owner));
    }

    private Space openChecked(SpaceId id, String title, PersonId owner) {
        Checks.required(id, "space", IdRules.label("space"));
        if (SpaceId.CLASS.equals(id.kind())) {
            throw InvalidInputException.of("space", BUNDLE.text("space.class-kind", id.toString()));
        }
        return open(id, () -> {
            SpaceOpened opened = validator.check(new SpaceOpened(id, title));
            Checks.required(owner, "owner", IdRules.label("owner"));
            requirePerson(owner);
            return List.of(opened, new MemberJoined(owner, true));
        });
    }

    @Override
    public Space openForClass(ClassId classId) {
        return atHead(() -> openChecked(classId));
    }

    private Space openChecked(ClassId classId) {
        SpaceId id = SpaceId.ofClass(classId);
        return open(id, () -> {
            AdminClass adminClass = directory.adminClass(classId).orElseThrow(() -> notFound("class.unknown", classId));
            List<SpaceEvent> records = new ArrayList<>(2);
            records.add(new SpaceOpened(id, adminClass.name()));
            directory.counsellorOf(classId).ifPresent(counsellor -> records.add(new MemberJoined(counsellor, true)));
            return records;
        });
    }

    private Space open(SpaceId id, Supplier<List<SpaceEvent>> decide) {
        synchronized (opening) {
            SpaceProjection space = spaces.get(id);
            if (space == null) {
                space = new SpaceProjection(this, id);
                space.catchUp();
            }
            space.open(decide);
            spaces.putIfAbsent(id, space);
            return spaces.get(id);
        }
    }

    // ---------------------------------------------------------------- finding

    @Override
    public Space of(SpaceId id) {
        return find(id).orElseThrow(() -> notFound("space.unknown", id));
    }

    @Override
    public Space ofClass(ClassId classId) {
        return of(SpaceId.ofClass(classId));
    }

    @Override
    public Optional<Space> find(SpaceId id) {
        Checks.required(id, "space", IdRules.label("space"));
        return atHead(() -> Optional.ofNullable(findAtHead(id)));
    }

    private @Nullable Space findAtHead(SpaceId id) {
        SpaceProjection space = known(id);
        if (space == null && ledger.version(id.stream()) > 0) {
            synchronized (opening) {
                space = loaded(id);
            }
        }
        return space;
    }

    /** The projection of {@code id} if this instance has one, marked behind if the store's log moved its stream on. */
    private @Nullable SpaceProjection known(SpaceId id) {
        SpaceProjection space = spaces.get(id);
        if (space != null && unseen.remove(id)) {
            space.behind();
        }
        return space;
    }

    /** The space of {@code id} as the store has it, kept if it is open (another instance may have opened it). */
    private @Nullable SpaceProjection loaded(SpaceId id) {
        SpaceProjection known = spaces.get(id);
        if (known != null) {
            return known;
        }
        SpaceProjection space = new SpaceProjection(this, id);
        space.catchUp();
        if (!space.opened()) {
            return null;
        }
        spaces.put(id, space);
        return space;
    }

    @Override
    public List<SpaceProfile> spaces() {
        return atHead(() -> {
            for (SpaceId id : List.copyOf(unseen)) {
                findAtHead(id);
            }
            return spaces.values().stream().map(SpaceProjection::profile).toList();
        });
    }

    @Override
    public List<SpaceProfile> spaces(String kind) {
        return spaces().stream().filter(p -> p.id().kind().equals(kind)).toList();
    }

    // ---------------------------------------------------------------- following the store

    /** {@code call}, after the spaces caught up with the store's log: the first step of every call. */
    <T> T atHead(Supplier<T> call) {
        return ledger.atHead(inbox, follower, call);
    }

    /** Hands what waits for the spaces to the follower (the follower thread's call). */
    private void takeWaiting() {
        inbox.drainTo(follower);
    }

    /**
     * What the store's log brings for the spaces: a space this instance has is marked behind and reads its stream
     * before it next answers; one it has not is noted, and loaded when asked for. Takes no space's lock.
     */
    private void moved(StreamId stream) {
        SpaceId id = spaceOf(stream);
        SpaceProjection space = spaces.get(id);
        if (space != null) {
            space.behind();
        } else {
            unseen.add(id);
        }
    }

    // ---------------------------------------------------------------- access

    /**
     * Puts {@code event}, about to be written to {@code stream}, to the policy. Opening a class's space is done for the
     * class, any other space for itself; the members a space opens with are part of opening it. A record that names the
     * person doing it (an author, a voter, a member joining) must name the acting person, if a person acts.
     */
    private void admit(StreamId stream, SpaceEvent event) {
        SpaceId id = spaceOf(stream);
        Subject space = Subject.space(id);
        if (event instanceof SpaceOpened) {
            access.check(Action.SPACE_OPEN, SpaceId.CLASS.equals(id.kind()) ? Subject.adminClass(ClassId.of(id.key())) : space);
        } else if (event instanceof MemberJoined e) {
            SpaceProjection known = spaces.get(id);
            if (known != null && known.opened()) {
                access.check(Action.SPACE_JOIN, space, Optional.empty(), Optional.of(e.member()));
            } // else the space is being opened, with its first members: its opening was checked
        } else if (event instanceof MemberLeft e) {
            access.check(Action.SPACE_JOIN, space, Optional.empty(), Optional.of(e.member()));
        } else if (event instanceof RealNameVerified) {
            access.check(Action.SPACE_MODERATE, space);
        } else if (event instanceof AdminGranted e) {
            access.check(Action.SPACE_MODERATE, space, Optional.empty(), Optional.of(e.by()));
        } else if (event instanceof NoticePublished e) {
            access.check(Action.SPACE_MODERATE, space, Optional.empty(), Optional.of(e.author()));
        } else if (event instanceof ActivityPlanned e) {
            access.check(Action.SPACE_MODERATE, space, Optional.empty(), Optional.of(e.author()));
        } else if (event instanceof Publication e) {
            access.check(Action.SPACE_POST, space, Optional.empty(), Optional.of(e.author()));
        } else if (event instanceof VoteCast e) {
            access.check(Action.SPACE_POST, space, Optional.empty(), Optional.of(e.voter()));
        } else if (event instanceof SignedIn e) {
            access.check(Action.SPACE_POST, space, Optional.empty(), Optional.of(e.member()));
        } else {
            throw new IllegalStateException("no access rule for space record " + event); // fails closed
        }
    }

    /** Checks that the calling thread's actor may read {@code id}'s members and content. */
    void checkRead(SpaceId id) {
        access.check(Action.SPACE_READ, Subject.space(id));
    }

    /**
     * How {@code person} stands to space {@code id}: a member, an administrator; and, for a class's space, as they stand
     * to the class (its counsellor, a student of it, staff of its college); school-level staff to every space.
     */
    private Set<Relation> relationsTo(PersonId person, SpaceId id) {
        EnumSet<Relation> relations = EnumSet.noneOf(Relation.class);
        relations.addAll(access.relationsOf(person, SpaceId.CLASS.equals(id.kind())
                ? Subject.adminClass(ClassId.of(id.key())) : Subject.campus()));
        SpaceProjection space = spaces.get(id);
        if (space != null) {
            space.standing(person).ifPresent(admin -> {
                relations.add(Relation.SPACE_MEMBER);
                if (admin) {
                    relations.add(Relation.SPACE_ADMIN);
                }
            });
        }
        return relations;
    }

    // ---------------------------------------------------------------- what the spaces share

    WritableLedger ledger() {
        return ledger;
    }

    RecordCodec<SpaceEvent> codec() {
        return codec;
    }

    YibanValidator validator() {
        return validator;
    }

    CampusDirectory directory() {
        return directory;
    }

    void requirePerson(PersonId person) {
        if (directory.person(person).isEmpty()) {
            throw notFound("person.unknown", person);
        }
    }

    /** Now, by the ledger's clock. */
    Instant now() {
        return ledger.clock().instant();
    }

    /** The time zone days are counted in: the ledger clock's. */
    ZoneId zone() {
        return ledger.clock().getZone();
    }

    /** The day of {@code instant} in {@link #zone()}, as days since 1970-01-01. */
    int epochDay(Instant instant) {
        return Math.toIntExact(LocalDate.ofInstant(instant, zone()).toEpochDay());
    }

    /** An instant as people read it in a message: local date and time in {@link #zone()}. */
    String shown(Instant instant) {
        return SHOWN.format(instant.atZone(zone()));
    }
}

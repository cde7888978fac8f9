package edu.yiban.core.internal.privacy;

import edu.yiban.core.access.Subject;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Access;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.yiban.core.archive.ArchiveRecord;
import edu.yiban.core.archive.EntryRef;
import edu.yiban.core.archive.GrowthArchive;
import edu.yiban.core.archive.GrowthArchives;
import edu.yiban.core.directory.Cadre;
import edu.yiban.core.directory.CampusDirectory;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Placement;
import edu.yiban.core.directory.Role;
import edu.yiban.core.directory.Student;
import edu.yiban.core.error.NotFoundException;
import edu.yiban.core.i18n.MessageBundle;
import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.internal.privacy.PersonalEvent.DetailsErased;
import edu.yiban.core.internal.privacy.PersonalEvent.DetailsSealed;
import edu.yiban.core.internal.privacy.PersonalEvent.RetentionAdopted;
import edu.yiban.core.json.YibanJson;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.append.Follower;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.ProjectionLock;
import edu.yiban.core.ledger.append.WritableLedger;
import edu.yiban.core.privacy.DetailsState;
import edu.yiban.core.privacy.ErasureReason;
import edu.yiban.core.privacy.PersonalData;
import edu.yiban.core.privacy.PersonalDetails;
import edu.yiban.core.privacy.RetentionPolicy;
import edu.yiban.core.privacy.RetentionReport;
import edu.yiban.core.privacy.StoredDetails;
import edu.yiban.core.privacy.SubjectExport;
import edu.yiban.core.privacy.SubjectKey;
import edu.yiban.core.privacy.SubjectKeys;
import edu.yiban.core.space.Activity;
import edu.yiban.core.space.Published;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.SpaceContent;
import edu.yiban.core.space.SpaceProfile;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.space.Post;
import edu.yiban.core.visibility.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import static edu.yiban.core.internal.CoreMessages.BUNDLE;

/**
 * The personal data of the campus as a projection of the {@code personal} stream: for each person the last sealed
 * details and whether they were erased, and the adopted retention policy. Keys come from a {@link SubjectKeys} store;
 * the directory, archives and spaces are read through their public interfaces for exports and retention.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PersonalDataService implements PersonalData {
    /** The stream of personal data. */
    public static final StreamId STREAM = StreamId.of("personal");
    private final Access access;
    /** The most erasures one append writes when retention erases many people's details. */
    private static final int ERASURES_PER_APPEND = 500;

    private final WritableLedger ledger;
    private final ObjectMapper json;
    private final CampusDirectory directory;
    private final GrowthArchives archives;
    private final Spaces spaces;
    private final SubjectKeys keys;
    private final ProjectedStream<PersonalEvent> stream;
    private final ProjectionLock lock;

    private final Map<PersonId, Held> held = new TreeMap<>();
    private @Nullable RetentionPolicy adopted;

    /** What the stream says of one person: the last sealed details, and the erasure that followed them, if any. */
    private record Held(DetailsSealed sealed, Instant recordedAt, @Nullable Instant erasedAt, @Nullable ErasureReason reason) {
        boolean erased() {
            return erasedAt != null;
        }
    }

    /**
     * The personal data kept in {@code ledger}, rebuilt from its store: records are read and written with
     * {@code mapper}, keys kept by {@code keys}, people, archives and spaces read from the other modules; every record put
     * to {@code access} first (recording or erasing a person's details is maintaining people, {@code directory.people}).
     */
    public PersonalDataService(WritableLedger ledger, ObjectMapper mapper, CampusDirectory directory, GrowthArchives archives,
            Spaces spaces, SubjectKeys keys, Access access) {
        this.ledger = Objects.requireNonNull(ledger, "ledger is null");
        this.access = Objects.requireNonNull(access, "access is null");
        this.json = Objects.requireNonNull(mapper, "mapper is null");
        this.directory = Objects.requireNonNull(directory, "directory is null");
        this.archives = Objects.requireNonNull(archives, "archives is null");
        this.spaces = Objects.requireNonNull(spaces, "spaces is null");
        this.keys = Objects.requireNonNull(keys, "keys is null");
        this.stream = new ProjectedStream<>(ledger, STREAM, PersonalEvent.codec(mapper, access), this::apply);
        this.lock = ProjectionLock.following(ledger, Set.of(STREAM.kind()), Follower.of(stream));
        stream.catchUp();
    }

    // ---------------------------------------------------------------- details

    @Override
    public StoredDetails record(PersonId person, PersonalDetails details) {
        Objects.requireNonNull(person, "person is null");
        Objects.requireNonNull(details, "details is null");
        return lock.write(() -> {
            requirePerson(person);
            Held before = held.get(person);
            SubjectKey key = before == null || before.erased() ? null : keys.get(person, before.sealed().keyId()).orElse(null);
            SubjectKey sealing = key != null ? key : keys.create(person);
            byte[] plaintext = YibanJson.write(json, details);
            String[] sealed = Sealer.seal(sealing, person, plaintext);
            Arrays.fill(plaintext, (byte) 0);
            DetailsSealed record = new DetailsSealed(person, Sealer.ALGORITHM, sealing.id(), sealed[0], sealed[1]);
            List<StoredRecord> written = stream.write(() -> List.of(record));
            return new StoredDetails(person, DetailsState.PRESENT, Optional.of(details), written.get(0).recordedAt(),
                    Optional.empty(), Optional.empty());
        });
    }

    @Override
    public Optional<StoredDetails> details(PersonId person) {
        Objects.requireNonNull(person, "person is null");
        checkRead(person);
        return lock.read(() -> Optional.ofNullable(held.get(person))).map(h -> unsealed(person, h));
    }

    /**
     * Checks that the thread's actor may read {@code person}'s personal information ({@code personal.read}): asked of the
     * person's student record where they have one, so that their class's counsellor stands to them as such.
     */
    private void checkRead(PersonId person) {
        Subject subject = directory.studentOf(person).map(s -> Subject.student(s.studentNo())).orElse(Subject.person(person));
        access.check(Action.PERSONAL_READ, subject);
    }

    /** What {@code h} says of {@code person}'s details: unsealed with their key, or why they cannot be read. */
    private StoredDetails unsealed(PersonId person, Held h) {
        if (h.erased()) {
            return new StoredDetails(person, DetailsState.ERASED, Optional.empty(), h.recordedAt(), Optional.ofNullable(h.erasedAt()),
                    Optional.ofNullable(h.reason()));
        }
        Optional<SubjectKey> key = keys.get(person, h.sealed().keyId());
        if (key.isEmpty()) {
            return new StoredDetails(person, DetailsState.KEY_MISSING, Optional.empty(), h.recordedAt(), Optional.empty(), Optional.empty());
        }
        byte[] plaintext = Sealer.open(key.get(), person, h.sealed().nonce(), h.sealed().ciphertext());
        try {
            PersonalDetails details = YibanJson.read(json, plaintext, PersonalDetails.class);
            return new StoredDetails(person, DetailsState.PRESENT, Optional.of(details), h.recordedAt(), Optional.empty(), Optional.empty());
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    @Override
    public StoredDetails erase(PersonId person) {
        Objects.requireNonNull(person, "person is null");
        return lock.write(() -> {
            Held h = held.get(person);
            if (h == null) {
                throw new NotFoundException(BUNDLE.text("personal.none", person.value()));
            }
            if (!h.erased()) {
                stream.write(() -> List.of(new DetailsErased(person, ErasureReason.SUBJECT_REQUEST)));
            }
            keys.destroy(person);
            return unsealed(person, Objects.requireNonNull(held.get(person), "erased details are held"));
        });
    }

    // ---------------------------------------------------------------- retention

    @Override
    public RetentionPolicy retention() {
        return lock.read(this::policy);
    }

    private RetentionPolicy policy() {
        RetentionPolicy policy = adopted;
        return policy != null ? policy : Defaults.POLICY;
    }

    /** The library's default policy, read once. */
    private static final class Defaults {
        static final RetentionPolicy POLICY = RetentionPolicy.defaults();
    }

    @Override
    public void adoptRetention(RetentionPolicy policy) {
        Objects.requireNonNull(policy, "policy is null");
        lock.write(() -> stream.write(() -> List.of(new RetentionAdopted(policy))));
    }

    @Override
    public RetentionReport pastRetention(LocalDate on) {
        Objects.requireNonNull(on, "on is null");
        RetentionPolicy policy = retention();
        Set<PersonId> readable = lock.read(() -> held.entrySet().stream().filter(e -> !e.getValue().erased()).map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
        TreeMap<String, List<EntryRef>> entries = new TreeMap<>();
        List<PersonId> details = new ArrayList<>();
        for (Student student : directory.students()) {
            Optional<LocalDate> left = student.leftOn();
            if (left.isEmpty()) {
                continue;
            }
            for (ArchiveRecord r : archives.of(student.studentNo()).history(Viewer.of(student.person()))) {
                if (policy.forCategory(r.entry().category()).pastOn(left.get(), on)) {
                    entries.computeIfAbsent(r.entry().category().code(), c -> new ArrayList<>()).add(r.ref());
                }
            }
            if (policy.personalDetails().pastOn(left.get(), on) && readable.contains(student.person())) {
                details.add(student.person());
            }
        }
        return new RetentionReport(on, entries, details, List.of());
    }

    @Override
    public RetentionReport applyRetention(LocalDate on) {
        RetentionReport report = pastRetention(on);
        List<PersonId> erased = lock.write(() -> {
            List<PersonId> due = report.details().stream().filter(p -> held.containsKey(p) && !held.get(p).erased()).toList();
            for (int from = 0; from < due.size(); from += ERASURES_PER_APPEND) {
                List<PersonalEvent> batch = due.subList(from, Math.min(due.size(), from + ERASURES_PER_APPEND)).stream()
                        .map(p -> (PersonalEvent) new DetailsErased(p, ErasureReason.RETENTION)).toList();
                stream.write(() -> batch);
            }
            due.forEach(keys::destroy);
            return due;
        });
        return report.withErased(erased);
    }

    // ---------------------------------------------------------------- the subject's copy

    @Override
    public SubjectExport exportFor(StudentNo student) {
        Objects.requireNonNull(student, "student is null");
        Student found = directory.student(student).orElseThrow(() -> new NotFoundException(BUNDLE.text("student.unknown", student.value())));
        return exportFor(found.person());
    }

    @Override
    public SubjectExport exportFor(PersonId person) {
        Objects.requireNonNull(person, "person is null");
        Person found = requirePerson(person);
        checkRead(person);
        Clock clock = ledger.clock();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        ObjectNode doc = json.createObjectNode();
        doc.put("format", SubjectExport.FORMAT);
        doc.put("subject", person.value());
        doc.put("madeAt", now.toString());
        doc.set("person", tree(found));
        Optional<Student> student = directory.studentOf(person);
        student.ifPresent(s -> {
            doc.set("student", tree(s));
            doc.set("parents", tree(new TreeSet<>(directory.parentsOf(s.studentNo()))));
            doc.set("cadrePosts", tree(cadrePosts(s)));
        });
        if (found.has(Role.PARENT)) {
            doc.set("children", tree(directory.students().stream().filter(s -> directory.parentsOf(s.studentNo()).contains(person))
                    .map(Student::studentNo).toList()));
        }
        doc.set("personalDetails", detailsPart(person));
        student.ifPresent(s -> doc.set("archive", archivePart(s, today)));
        doc.set("spaces", spacesPart(person));
        return new SubjectExport(person, now, doc);
    }

    private List<Cadre> cadrePosts(Student s) {
        Set<ClassId> classes = new LinkedHashSet<>();
        for (Placement p : s.placements()) {
            classes.add(p.classId());
        }
        List<Cadre> posts = new ArrayList<>();
        for (ClassId c : classes) {
            directory.cadresOf(c).stream().filter(cadre -> cadre.student().equals(s.studentNo())).forEach(posts::add);
        }
        return posts;
    }

    private JsonNode detailsPart(PersonId person) {
        Optional<StoredDetails> stored = details(person);
        ObjectNode part = json.createObjectNode();
        part.put("recorded", stored.isPresent());
        stored.ifPresent(d -> {
            part.setAll((ObjectNode) tree(d));
            part.set("statement", bilingual(d.describe()));
        });
        return part;
    }

    private JsonNode archivePart(Student s, LocalDate today) {
        RetentionPolicy policy = retention();
        GrowthArchive archive = archives.of(s.studentNo());
        Viewer self = Viewer.of(s.person());
        Optional<LocalDate> left = s.leftOn();
        List<ArchiveRecord> kept = new ArrayList<>();
        int withheld = 0;
        for (ArchiveRecord r : archive.history(self)) {
            if (left.isPresent() && policy.forCategory(r.entry().category()).pastOn(left.get(), today)) {
                withheld++;
            } else {
                kept.add(r);
            }
        }
        ObjectNode part = json.createObjectNode();
        part.set("entries", tree(kept));
        part.set("revocations", tree(archive.revocations(self)));
        part.put("withheldPastRetention", withheld);
        return part;
    }

    /** Each space where {@code person} is a member or published or signed in to something, by space. */
    private JsonNode spacesPart(PersonId person) {
        ArrayNode part = json.createArrayNode();
        for (SpaceProfile profile : spaces.spaces()) {
            Space space = spaces.of(profile.id());
            List<Published<? extends SpaceContent>> published = new ArrayList<>();
            space.notices().stream().filter(p -> p.author().equals(person)).forEach(published::add);
            space.topics().stream().filter(p -> p.author().equals(person)).forEach(published::add);
            List<Published<Post>> posts = space.posts();
            posts.stream().filter(p -> p.author().equals(person)).forEach(published::add);
            for (Published<Post> post : posts) {
                space.replies(post.id()).stream().filter(p -> p.author().equals(person)).forEach(published::add);
            }
            space.polls().stream().map(t -> t.poll()).filter(p -> p.author().equals(person)).forEach(published::add);
            space.resources().stream().filter(p -> p.author().equals(person)).forEach(published::add);
            List<Published<Activity>> activities = space.activities();
            activities.stream().filter(p -> p.author().equals(person)).forEach(published::add);
            ArrayNode signIns = json.createArrayNode();
            for (Published<Activity> activity : activities) {
                space.signIns(activity.id()).stream().filter(s -> s.member().equals(person)).forEach(s -> signIns.add(tree(s)));
            }
            var member = space.member(person);
            if (published.isEmpty() && signIns.isEmpty() && member.isEmpty()) {
                continue;
            }
            published.sort(Comparator.comparing(p -> p.id()));
            ObjectNode one = json.createObjectNode();
            one.put("space", profile.id().toString());
            one.put("title", profile.title());
            member.ifPresent(m -> one.set("member", tree(m)));
            ArrayNode items = one.putArray("published");
            for (Published<? extends SpaceContent> p : published) {
                ObjectNode item = (ObjectNode) tree(p);
                item.put("kind", p.kind().name());
                items.add(item);
            }
            one.set("signIns", signIns);
            part.add(one);
        }
        return part;
    }

    private JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    private ObjectNode bilingual(Text text) {
        ObjectNode node = json.createObjectNode();
        node.put("zh", text.render(MessageBundle.ZH));
        node.put("en", text.render(MessageBundle.EN));
        return node;
    }

    // ---------------------------------------------------------------- the projection

    @Override
    public long version() {
        return lock.read(stream::version);
    }

    private void apply(StoredRecord stored, PersonalEvent event) {
        if (event instanceof DetailsSealed e) {
            held.put(e.person(), new Held(e, stored.recordedAt(), null, null));
        } else if (event instanceof DetailsErased e) {
            Held h = held.get(e.person());
            if (h != null) {
                held.put(e.person(), new Held(h.sealed(), h.recordedAt(), stored.recordedAt(), e.reason()));
            }
        } else if (event instanceof RetentionAdopted e) {
            adopted = e.policy();
        }
    }

    private Person requirePerson(PersonId person) {
        return directory.person(person).orElseThrow(() -> new NotFoundException(BUNDLE.text("person.unknown", person.value())));
    }
}

package edu.yiban.core.internal.access;

import org.apiguardian.api.API;
import edu.yiban.core.access.Actor;
import edu.yiban.core.access.Audit;
import edu.yiban.core.access.AuditEntry;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.ledger.Ledger;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.ledger.StreamId;
import edu.yiban.core.ledger.append.RecordCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@link Audit} of a ledger: a student's archive stream, and the records of other streams a module says concern
 * the student; an actor's records found by reading the whole ledger's leading {@code "@by"} fields.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class LedgerAudit implements Audit {
    private static final String ARCHIVE_KIND = "archive";
    private final Ledger ledger;
    private final Map<StreamId, Function<StudentNo, Predicate<StoredRecord>>> concerns = new ConcurrentHashMap<>();

    public LedgerAudit(Ledger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger is null");
    }

    /**
     * Adds the records of {@code stream} that concern a student to the audit about them: {@code about} gives, for a
     * student, the test of a record of that stream.
     */
    public void add(StreamId stream, Function<StudentNo, Predicate<StoredRecord>> about) {
        concerns.put(Objects.requireNonNull(stream, "stream is null"), Objects.requireNonNull(about, "about is null"));
    }

    @Override
    public List<AuditEntry> about(StudentNo student) {
        Objects.requireNonNull(student, "student is null");
        List<StoredRecord> found = new ArrayList<>(ledger.read(StreamId.of(ARCHIVE_KIND, student.value()), 1));
        concerns.forEach((stream, about) -> {
            Predicate<StoredRecord> isAbout = about.apply(student);
            for (StoredRecord r : ledger.read(stream, 1)) {
                if (isAbout.test(r)) {
                    found.add(r);
                }
            }
        });
        found.sort(Comparator.comparingLong(StoredRecord::position));
        return found.stream().map(LedgerAudit::entry).toList();
    }

    @Override
    public List<AuditEntry> by(PersonId person) {
        Objects.requireNonNull(person, "person is null");
        Optional<PersonId> wanted = Optional.of(person);
        return scan(actor -> actor.person().equals(wanted));
    }

    @Override
    public List<AuditEntry> by(Actor actor) {
        Objects.requireNonNull(actor, "actor is null");
        return scan(actor::equals);
    }

    private List<AuditEntry> scan(Predicate<Actor> wanted) {
        List<AuditEntry> found = new ArrayList<>();
        ledger.replayAll(0, r -> {
            Optional<Actor> actor = RecordCodec.actorOf(r);
            if (actor.isPresent() && wanted.test(actor.get())) {
                found.add(entry(r, actor));
            }
        });
        return found;
    }

    private static AuditEntry entry(StoredRecord r) {
        return entry(r, RecordCodec.actorOf(r));
    }

    private static AuditEntry entry(StoredRecord r, Optional<Actor> actor) {
        String json = new String(r.payload(), StandardCharsets.UTF_8);
        String content = json;
        if (actor.isPresent() && json.startsWith("{\"" + RecordCodec.ACTOR_FIELD + "\":")) {
            int end = json.indexOf('}') + 1; // the actor's object holds no braces
            content = json.charAt(end) == ',' ? "{" + json.substring(end + 1) : "{}";
        }
        return new AuditEntry(r.recordedAt(), actor, r.stream(), r.sequence(), r.type(), content);
    }
}

package edu.yiban.core.internal.privacy;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.privacy.SubjectKey;
import edu.yiban.core.privacy.SubjectKeys;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/** Subject keys in memory ({@link SubjectKeys#inMemory()}). */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class InMemorySubjectKeys implements SubjectKeys {
    private final Map<PersonId, Map<String, SubjectKey>> keys = new ConcurrentHashMap<>();

    @Override
    public SubjectKey create(PersonId subject) {
        SubjectKey key = SubjectKey.generate(Objects.requireNonNull(subject, "subject is null"));
        keys.computeIfAbsent(subject, s -> new ConcurrentHashMap<>()).put(key.id(), key);
        return key;
    }

    @Override
    public Optional<SubjectKey> get(PersonId subject, String keyId) {
        Map<String, SubjectKey> its = keys.get(subject);
        return its == null ? Optional.empty() : Optional.ofNullable(its.get(keyId));
    }

    @Override
    public int destroy(PersonId subject) {
        Map<String, SubjectKey> its = keys.remove(subject);
        return its == null ? 0 : its.size();
    }

    @Override
    public String toString() {
        return "subject keys in memory";
    }
}

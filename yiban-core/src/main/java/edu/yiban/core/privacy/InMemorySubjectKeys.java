package edu.yiban.core.privacy;

import edu.yiban.core.id.PersonId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Subject keys in memory ({@link SubjectKeys#inMemory()}). */
final class InMemorySubjectKeys implements SubjectKeys {
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

package edu.yiban.store;

import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.spi.StoreException;
import edu.yiban.core.privacy.PrivacyException;
import edu.yiban.core.privacy.SubjectKey;
import edu.yiban.core.privacy.SubjectKeys;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The subjects' keys in the store's database ({@link JdbcLedgerStore#subjectKeys()}): a row a key of
 * {@value Dialect#SUBJECT_KEYS} (person, key id, the key's 32 bytes). A database failure is a
 * {@link PrivacyException} ({@value PrivacyException#KEYS}) whose cause is the store's bilingual {@link StoreException}.
 */
final class JdbcSubjectKeys implements SubjectKeys {
    private final JdbcStore store;

    JdbcSubjectKeys(JdbcStore store) {
        this.store = store;
    }

    @Override
    public SubjectKey create(PersonId subject) {
        SubjectKey key = SubjectKey.generate(Objects.requireNonNull(subject, "subject is null"));
        run(subject, c -> {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + Dialect.SUBJECT_KEYS + " (person, key_id, material) VALUES (?, ?, ?)")) {
                insert.setString(1, subject.value());
                insert.setString(2, key.id());
                insert.setBytes(3, key.material());
                return insert.executeUpdate();
            }
        });
        return key;
    }

    @Override
    public Optional<SubjectKey> get(PersonId subject, String keyId) {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(keyId, "keyId is null");
        byte[] material = run(subject, c -> {
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT material FROM " + Dialect.SUBJECT_KEYS + " WHERE person = ? AND key_id = ?")) {
                query.setString(1, subject.value());
                query.setString(2, keyId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getBytes(1) : new byte[0];
                }
            }
        });
        return material.length == 0 ? Optional.empty() : Optional.of(SubjectKey.of(subject, keyId, material));
    }

    @Override
    public int destroy(PersonId subject) {
        Objects.requireNonNull(subject, "subject is null");
        return run(subject, c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + Dialect.SUBJECT_KEYS + " WHERE person = ?")) {
                delete.setString(1, subject.value());
                return delete.executeUpdate();
            }
        });
    }

    private <T> T run(PersonId subject, JdbcStore.Work<T> work) {
        try {
            return store.inTransaction(work, detail -> StoreMessages.BUNDLE.text("store.keys", subject.value(), detail));
        } catch (StoreException e) {
            throw PrivacyException.keysFailed(subject, e);
        }
    }

    @Override
    public String toString() {
        return "subject keys in " + store;
    }
}

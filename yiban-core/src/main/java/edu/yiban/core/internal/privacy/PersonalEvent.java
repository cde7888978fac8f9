package edu.yiban.core.internal.privacy;

import edu.yiban.core.access.Access;
import edu.yiban.core.access.Action;
import edu.yiban.core.access.Subject;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.privacy.ErasureReason;
import edu.yiban.core.privacy.RetentionPolicy;
import java.util.Objects;

/** The records of the {@code personal} stream. None holds a personal detail in clear. */
sealed interface PersonalEvent {

    /**
     * A person's details, sealed: {@code ciphertext} (base64) is the details' JSON, padded, encrypted with
     * {@code algorithm} under the subject's key {@code keyId} with {@code nonce} (base64); the tag authenticates the
     * person and the key id too, so a ciphertext moved to another person's record does not open.
     */
    record DetailsSealed(PersonId person, String algorithm, String keyId, String nonce, String ciphertext) implements PersonalEvent {
        public DetailsSealed {
            Objects.requireNonNull(person, "person is null");
            Objects.requireNonNull(algorithm, "algorithm is null");
            Objects.requireNonNull(keyId, "keyId is null");
            Objects.requireNonNull(nonce, "nonce is null");
            Objects.requireNonNull(ciphertext, "ciphertext is null");
        }
    }

    /** A person's details were erased: their keys are destroyed after this record is written. */
    record DetailsErased(PersonId person, ErasureReason reason) implements PersonalEvent {
        public DetailsErased {
            Objects.requireNonNull(person, "person is null");
            Objects.requireNonNull(reason, "reason is null");
        }
    }

    /** The campus adopted a retention policy. */
    record RetentionAdopted(RetentionPolicy policy) implements PersonalEvent {
        public RetentionAdopted {
            Objects.requireNonNull(policy, "policy is null");
        }
    }

    /** The codec of these records, with their stable type names. */
    static RecordCodec<PersonalEvent> codec(ObjectMapper mapper, Access access) {
        return RecordCodec.builder(PersonalEvent.class, mapper)
                .admission((stream, event) -> access.check(Action.DIRECTORY_PEOPLE, subject(event)))
                .add("personal.details-sealed", DetailsSealed.class)
                .add("personal.details-erased", DetailsErased.class)
                .add("personal.retention-adopted", RetentionAdopted.class)
                .build();
    }

    /** Whom a record is about: a person's details, or the whole campus for its retention periods. */
    private static Subject subject(PersonalEvent event) {
        if (event instanceof DetailsSealed e) {
            return Subject.person(e.person());
        }
        if (event instanceof DetailsErased e) {
            return Subject.person(e.person());
        }
        return Subject.campus();
    }
}

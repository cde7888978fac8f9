package edu.yiban.core.privacy;

import edu.yiban.core.i18n.Text;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.internal.CoreMessages;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A person's personal details as {@link PersonalData} holds them: unsealed when their key is kept, else the state
 * that says why they cannot be read, and, once erased, when and why.
 *
 * @param person     whose details
 * @param state      where they stand
 * @param details    the details, unsealed; present exactly when the state is {@link DetailsState#PRESENT}
 * @param recordedAt when the last details were recorded
 * @param erasedAt   when they were erased, if they were
 * @param reason     why they were erased, if they were
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StoredDetails(
        PersonId person,
        DetailsState state,
        Optional<PersonalDetails> details,
        Instant recordedAt,
        Optional<Instant> erasedAt,
        Optional<ErasureReason> reason) {

    public StoredDetails {
        Objects.requireNonNull(person, "person is null");
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(recordedAt, "recordedAt is null");
        details = details == null ? Optional.empty() : details;
        erasedAt = erasedAt == null ? Optional.empty() : erasedAt;
        reason = reason == null ? Optional.empty() : reason;
        if (details.isPresent() != (state == DetailsState.PRESENT)) {
            throw new IllegalArgumentException("details are present exactly when the state is PRESENT, not " + state);
        }
        if (erasedAt.isPresent() != (state == DetailsState.ERASED) || reason.isPresent() != erasedAt.isPresent()) {
            throw new IllegalArgumentException("a time and a reason of erasure go with the state ERASED, and only with it");
        }
    }

    /** Whether the details were erased. */
    public boolean erased() {
        return state == DetailsState.ERASED;
    }

    /**
     * What a person reads about these details, e.g. 个人信息已于 2026-12-08T02:00:00Z 删除（本人申请），密钥已销毁 / the personal details
     * were erased on 2026-12-08T02:00:00Z (at the subject's request); their key was destroyed.
     */
    public Text describe() {
        return switch (state) {
            case PRESENT -> CoreMessages.BUNDLE.text("personal.present", person.value(), recordedAt.toString());
            case ERASED -> CoreMessages.BUNDLE.text("personal.erased", person.value(), erasedAt.orElseThrow().toString(),
                    reason.orElseThrow().label());
            case KEY_MISSING -> CoreMessages.BUNDLE.text("personal.key-missing", person.value(), recordedAt.toString());
        };
    }
}

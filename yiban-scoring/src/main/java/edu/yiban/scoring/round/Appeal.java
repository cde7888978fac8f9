package edu.yiban.scoring.round;

import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An appeal (申诉) filed in a round, with its answer once given.
 *
 * @param number      its number in the round, from 1
 * @param subject     whose result it is about
 * @param node        the explanation node it names, if any
 * @param reason      the appellant's reason
 * @param by          who filed it
 * @param filed       the day it was filed
 * @param computation the computation whose results it was filed against
 * @param answer      the answer, once given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Appeal(
        int number,
        String subject,
        Optional<String> node,
        String reason,
        PersonId by,
        LocalDate filed,
        int computation,
        Optional<AppealAnswer> answer) {

    public Appeal {
        Objects.requireNonNull(subject, "subject is null");
        node = node == null ? Optional.empty() : node;
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(by, "by is null");
        Objects.requireNonNull(filed, "filed is null");
        answer = answer == null ? Optional.empty() : answer;
    }

    /** Whether it has been answered. */
    public boolean answered() {
        return answer.isPresent();
    }

    /** The same appeal with {@code given} as its answer. */
    public Appeal with(AppealAnswer given) {
        return new Appeal(number, subject, node, reason, by, filed, computation, Optional.of(given));
    }
}

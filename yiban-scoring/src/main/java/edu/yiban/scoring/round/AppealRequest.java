package edu.yiban.scoring.round;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an appeal (申诉) asks: whose result, optionally which part of it (a node of the explanation, e.g.
 * {@code study-part}), and why.
 *
 * @param subject the subject whose result is appealed (the appellant's own: their 学号)
 * @param node    the explanation node it is about, if the appellant names one
 * @param reason  why, up to 500 characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AppealRequest(
        @NotBlank @Size(max = 64) String subject,
        Optional<@Size(min = 1, max = 64) String> node,
        @NotBlank @Size(max = 500) String reason) {

    public AppealRequest {
        node = node == null ? Optional.empty() : node;
    }

    /** An appeal about {@code subject}'s whole result. */
    public static AppealRequest of(String subject, String reason) {
        return new AppealRequest(subject, Optional.empty(), reason);
    }

    /** The same appeal, about the node {@code code} of the explanation. */
    public AppealRequest about(String code) {
        return new AppealRequest(subject, Optional.of(code), reason);
    }
}

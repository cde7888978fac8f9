package edu.yiban.core.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * A reply (回复) to a post of the same space.
 *
 * @param inReplyTo the post replied to
 * @param body      its text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Reply(@NotNull ContentId inReplyTo, @NotBlank @Size(max = 10_000) String body) implements SpaceContent {

    @Override
    public ContentKind kind() {
        return ContentKind.REPLY;
    }
}

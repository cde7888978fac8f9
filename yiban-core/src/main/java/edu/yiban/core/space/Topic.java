package edu.yiban.core.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * A topic (话题): a subject members post under, e.g. 期末复习经验.
 *
 * @param title its title
 * @param body  what it is about
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Topic(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 10_000) String body)
        implements SpaceContent {

    @Override
    public ContentKind kind() {
        return ContentKind.TOPIC;
    }
}

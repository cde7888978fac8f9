package edu.yiban.core.space;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A post (帖子), on its own or under a topic of the same space.
 *
 * <pre>{@code
 * space.post(student, Post.under(topic, "整理了高数的错题，放在网盘里了。"));
 * }</pre>
 *
 * @param topic the topic it is posted under, if any
 * @param body  its text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Post(Optional<ContentId> topic, @NotBlank @Size(max = 10_000) String body) implements SpaceContent {

    /** Reads a missing topic as none; the rest is checked when the post is published. */
    public Post {
        topic = topic == null ? Optional.empty() : topic;
    }

    /** A post under no topic. */
    public static Post of(String body) {
        return new Post(Optional.empty(), body);
    }

    /** A post under {@code topic}. */
    public static Post under(ContentId topic, String body) {
        return new Post(Optional.ofNullable(topic), body);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.POST;
    }
}

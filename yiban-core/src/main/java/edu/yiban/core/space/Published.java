package edu.yiban.core.space;

import edu.yiban.core.id.PersonId;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A piece of content as published in a space: its name, its author, when it was published (the time of
 * its record in the ledger) and the content itself.
 *
 * @param id          the content's name: its space and the sequence of the record that published it
 * @param author      the member who published it
 * @param publishedAt when its record was written
 * @param content     what was published
 * @param <T>         the kind of content
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Published<T extends SpaceContent>(ContentId id, PersonId author, Instant publishedAt, T content) {
    /** Checks that no part is missing. */
    public Published {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(author, "author is null");
        Objects.requireNonNull(publishedAt, "publishedAt is null");
        Objects.requireNonNull(content, "content is null");
    }

    /** The content's kind. */
    public ContentKind kind() {
        return content.kind();
    }
}

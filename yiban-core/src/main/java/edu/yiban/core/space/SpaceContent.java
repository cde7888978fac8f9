package edu.yiban.core.space;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.apiguardian.api.API;

/**
 * Something a member publishes in a space (空间内容). Once published it is named by a {@link ContentId}
 * and handed out as {@link Published}; it is never edited or deleted.
 *
 * <p>In JSON every piece of content names its kind first, e.g. {@code {"kind":"notice","body":…,"title":…}},
 * so that content of any kind reads back as what it was.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Notice.class, name = "notice"),
        @JsonSubTypes.Type(value = Topic.class, name = "topic"),
        @JsonSubTypes.Type(value = Post.class, name = "post"),
        @JsonSubTypes.Type(value = Reply.class, name = "reply"),
        @JsonSubTypes.Type(value = Poll.class, name = "poll"),
        @JsonSubTypes.Type(value = SharedResource.class, name = "resource"),
        @JsonSubTypes.Type(value = Activity.class, name = "activity")})
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface SpaceContent permits Notice, Topic, Post, Reply, Poll, SharedResource, Activity {

    /** The content's kind. */
    ContentKind kind();
}

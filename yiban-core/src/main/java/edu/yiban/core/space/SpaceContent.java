package edu.yiban.core.space;

/**
 * Something a member publishes in a space (空间内容). Once published it is named by a {@link ContentId}
 * and handed out as {@link Published}; it is never edited or deleted.
 */
public sealed interface SpaceContent permits Notice, Topic, Post, Reply, Poll, SharedResource, Activity {

    /** The content's kind. */
    ContentKind kind();
}

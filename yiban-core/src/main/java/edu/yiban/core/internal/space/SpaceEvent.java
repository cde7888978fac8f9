package edu.yiban.core.internal.space;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.ledger.append.RecordCodec;
import edu.yiban.core.space.Activity;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.Notice;
import edu.yiban.core.space.Poll;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Reply;
import edu.yiban.core.space.SharedResource;
import edu.yiban.core.space.SignInChannel;
import edu.yiban.core.space.SpaceContent;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.space.Topic;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The records of a space's stream ({@code space:kind.key}). */
sealed interface SpaceEvent {

    /** A record that publishes content; the content is named by the record's sequence. */
    sealed interface Publication extends SpaceEvent {
        PersonId author();

        SpaceContent content();
    }

    /** The first record of every space. */
    record SpaceOpened(@NotNull SpaceId space, @NotBlank @Size(max = 64) String title) implements SpaceEvent {
    }

    record MemberJoined(PersonId member, boolean admin) implements SpaceEvent {
    }

    record MemberLeft(PersonId member) implements SpaceEvent {
    }

    record RealNameVerified(PersonId member) implements SpaceEvent {
    }

    record AdminGranted(PersonId member, PersonId by) implements SpaceEvent {
    }

    record NoticePublished(PersonId author, Notice content) implements Publication {
    }

    record TopicOpened(PersonId author, Topic content) implements Publication {
    }

    record PostPublished(PersonId author, Post content) implements Publication {
    }

    record ReplyPublished(PersonId author, Reply content) implements Publication {
    }

    record PollOpened(PersonId author, Poll content) implements Publication {
    }

    record ResourceShared(PersonId author, SharedResource content) implements Publication {
    }

    record ActivityPlanned(PersonId author, Activity content) implements Publication {
    }

    /** A vote: the chosen options of the poll, from 0, ascending. */
    record VoteCast(PersonId voter, ContentId poll, List<Integer> choices) implements SpaceEvent {
        public VoteCast {
            choices = List.copyOf(choices);
        }
    }

    record SignedIn(PersonId member, ContentId activity, SignInChannel channel) implements SpaceEvent {
    }

    /** The codec of these records, with their stable type names. */
    static RecordCodec<SpaceEvent> codec(ObjectMapper mapper, RecordCodec.Admission<SpaceEvent> admission) {
        return RecordCodec.builder(SpaceEvent.class, mapper)
                .add("space.opened", SpaceOpened.class)
                .add("space.member-joined", MemberJoined.class)
                .add("space.member-left", MemberLeft.class)
                .add("space.real-name-verified", RealNameVerified.class)
                .add("space.admin-granted", AdminGranted.class)
                .add("space.notice-published", NoticePublished.class)
                .add("space.topic-opened", TopicOpened.class)
                .add("space.post-published", PostPublished.class)
                .add("space.reply-published", ReplyPublished.class)
                .add("space.poll-opened", PollOpened.class)
                .add("space.resource-shared", ResourceShared.class)
                .add("space.activity-planned", ActivityPlanned.class)
                .add("space.vote-cast", VoteCast.class)
                .add("space.signed-in", SignedIn.class)
                .admission(admission)
                .build();
    }
}

package edu.yiban.core.space;

import edu.yiban.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One open space: its members, what they publish, and how active they are. A handle, got from
 * {@link Spaces}; every call reads or changes the space's current state.
 *
 * <p>Only current members publish, vote and sign in; only admins publish notices and grant admin. Every
 * write is one record of the space's stream, and what it publishes is named by that record's sequence
 * ({@link ContentId}).
 *
 * <pre>{@code
 * Space space = spaces.ofClass(ClassId.of("EDU2201"));
 * ContentId poll = space.openPoll(monitor, new Poll("春游去哪里？", List.of("东寨港", "火山口公园"), 1, closesAt));
 * space.vote(student, poll, Set.of(1));
 * PollTally tally = space.poll(poll);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Space {

    /** The space's name. */
    SpaceId id();

    /** The space's name, title and opening time. */
    SpaceProfile profile();

    /** The version of the space's stream this handle's state has applied. */
    long version();

    // ------------------------------------------------------------ membership

    /**
     * Makes a person the directory knows a member (加入), which registers their YiBan account; a member
     * who left may join again. In a class space, the class's counsellor joins as an admin.
     *
     * @throws edu.yiban.core.error.NotFoundException if the directory does not know {@code person}
     * @throws edu.yiban.core.error.ConflictException if they are a member already
     */
    Member join(PersonId person);

    /**
     * Ends a membership (退出); an admin's admin right ends with it. The last admin may leave only when
     * nobody else is a member.
     *
     * @throws edu.yiban.core.error.ConflictException if {@code person} is not a member, or is the last admin
     */
    void leave(PersonId person);

    /**
     * Records that a member's real name was verified (实名认证). It stays verified if they leave and join again.
     *
     * @throws edu.yiban.core.error.ConflictException if {@code member} is not a member or is verified already
     */
    Member verifyRealName(PersonId member);

    /**
     * Makes a member an admin (管理员), by an admin.
     *
     * @throws edu.yiban.core.error.ConflictException if {@code admin} is not an admin, {@code member} is not a
     *                                          member, or is an admin already
     */
    Member grantAdmin(PersonId admin, PersonId member);

    // ------------------------------------------------------------ content

    /**
     * Publishes a notice (公告), by an admin.
     *
     * @throws edu.yiban.core.error.InvalidInputException if the notice is malformed
     * @throws edu.yiban.core.error.ConflictException     if {@code author} is not an admin of the space
     */
    ContentId publishNotice(PersonId author, Notice notice);

    /** Opens a topic (话题), by a member. */
    ContentId openTopic(PersonId author, Topic topic);

    /**
     * Publishes a post (帖子), by a member, under a topic of this space if it names one.
     *
     * @throws edu.yiban.core.error.NotFoundException if the topic is not a topic of this space
     */
    ContentId post(PersonId author, Post post);

    /**
     * Publishes a reply (回复) to a post of this space, by a member.
     *
     * @throws edu.yiban.core.error.NotFoundException if the post is not a post of this space
     */
    ContentId reply(PersonId author, Reply reply);

    /**
     * Opens a poll (投票), by a member; it must close after now and allow 1 to all of its options per vote.
     *
     * @throws edu.yiban.core.error.InvalidInputException if the poll is malformed
     */
    ContentId openPoll(PersonId author, Poll poll);

    /**
     * Casts a member's vote: between 1 and the poll's maximum of its options (numbered from 0), once,
     * before the poll closes.
     *
     * @throws edu.yiban.core.error.InvalidInputException if the choices are none, too many or out of range
     * @throws edu.yiban.core.error.ConflictException     if {@code voter} is not a member, voted already, or the poll is closed
     * @throws edu.yiban.core.error.NotFoundException     if {@code poll} is not a poll of this space
     */
    void vote(PersonId voter, ContentId poll, Set<Integer> choices);

    /** Shares a file's metadata on the space's network disk (网盘), by a member. */
    ContentId shareResource(PersonId author, SharedResource resource);

    /**
     * Plans an activity (活动), by a member. An online activity needs a URL, an on-site one a place, a
     * blended one both; it must end after it starts.
     *
     * @throws edu.yiban.core.error.InvalidInputException if the activity is malformed
     */
    ContentId planActivity(PersonId organiser, Activity activity);

    /**
     * Signs a member in (签到) to an activity: once, through a channel its mode allows, within its
     * sign-in window.
     *
     * @throws edu.yiban.core.error.ConflictException if {@code member} is not a member, signed in already, the
     *                                          channel does not fit the mode, or the window is not open
     * @throws edu.yiban.core.error.NotFoundException if {@code activity} is not an activity of this space
     */
    SignIn signIn(PersonId member, ContentId activity, SignInChannel channel);

    // ------------------------------------------------------------ queries

    /** The current members, by identity. */
    List<Member> members();

    /** The current member {@code person}, if they are one. */
    Optional<Member> member(PersonId person);

    /** The notices, oldest first. */
    List<Published<Notice>> notices();

    /** The topics, oldest first. */
    List<Published<Topic>> topics();

    /** Every post, oldest first. */
    List<Published<Post>> posts();

    /**
     * The posts under {@code topic}, oldest first.
     *
     * @throws edu.yiban.core.error.NotFoundException if it is not a topic of this space
     */
    List<Published<Post>> posts(ContentId topic);

    /**
     * The replies to {@code post}, oldest first.
     *
     * @throws edu.yiban.core.error.NotFoundException if it is not a post of this space
     */
    List<Published<Reply>> replies(ContentId post);

    /** Every poll with its tally, oldest first. */
    List<PollTally> polls();

    /**
     * The poll {@code poll} with its tally.
     *
     * @throws edu.yiban.core.error.NotFoundException if it is not a poll of this space
     */
    PollTally poll(ContentId poll);

    /** The shared resources, oldest first. */
    List<Published<SharedResource>> resources();

    /** The activities, oldest first. */
    List<Published<Activity>> activities();

    /**
     * The sign-ins to {@code activity}, first first.
     *
     * @throws edu.yiban.core.error.NotFoundException if it is not an activity of this space
     */
    List<SignIn> signIns(ContentId activity);

    /**
     * The space's activity figures between {@code from} and {@code to}, both included, as
     * {@link SpaceMetrics} defines them.
     *
     * @throws edu.yiban.core.error.InvalidInputException if a day is missing or {@code to} is before {@code from}
     */
    SpaceMetrics metrics(LocalDate from, LocalDate to);
}

package edu.yiban.core.internal.space;

import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.directory.Person;
import edu.yiban.core.directory.Role;
import edu.yiban.core.id.ClassId;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.internal.rules.IdRules;
import edu.yiban.core.ledger.append.ProjectedStream;
import edu.yiban.core.ledger.append.ProjectionLock;
import edu.yiban.core.internal.space.SpaceColumns.Action;
import edu.yiban.core.internal.space.SpaceEvent.ActivityPlanned;
import edu.yiban.core.internal.space.SpaceEvent.AdminGranted;
import edu.yiban.core.internal.space.SpaceEvent.MemberJoined;
import edu.yiban.core.internal.space.SpaceEvent.MemberLeft;
import edu.yiban.core.internal.space.SpaceEvent.NoticePublished;
import edu.yiban.core.internal.space.SpaceEvent.PollOpened;
import edu.yiban.core.internal.space.SpaceEvent.PostPublished;
import edu.yiban.core.internal.space.SpaceEvent.Publication;
import edu.yiban.core.internal.space.SpaceEvent.RealNameVerified;
import edu.yiban.core.internal.space.SpaceEvent.ReplyPublished;
import edu.yiban.core.internal.space.SpaceEvent.ResourceShared;
import edu.yiban.core.internal.space.SpaceEvent.SignedIn;
import edu.yiban.core.internal.space.SpaceEvent.SpaceOpened;
import edu.yiban.core.internal.space.SpaceEvent.TopicOpened;
import edu.yiban.core.internal.space.SpaceEvent.VoteCast;
import edu.yiban.core.ledger.StoredRecord;
import edu.yiban.core.space.Activity;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.ContentKind;
import edu.yiban.core.space.Member;
import edu.yiban.core.space.Notice;
import edu.yiban.core.space.Poll;
import edu.yiban.core.space.PollTally;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Published;
import edu.yiban.core.space.Reply;
import edu.yiban.core.space.SharedResource;
import edu.yiban.core.space.SignIn;
import edu.yiban.core.space.SignInChannel;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.SpaceContent;
import edu.yiban.core.space.SpaceId;
import edu.yiban.core.space.SpaceMetrics;
import edu.yiban.core.space.SpaceProfile;
import edu.yiban.core.space.Topic;
import edu.yiban.core.validation.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

import static edu.yiban.core.internal.CoreMessages.BUNDLE;
import static edu.yiban.core.internal.space.Refusals.conflict;
import static edu.yiban.core.internal.space.Refusals.notFound;

/**
 * One space as a projection of its stream, and the handle that changes it: decisions are taken under the
 * space's write lock against the projection, then appended at the projection's version and applied.
 */
final class SpaceProjection implements Space {
    private final SpaceId id;
    private final SpaceService service;
    private final ProjectionLock lock = new ProjectionLock();
    private final ProjectedStream<SpaceEvent> stream;
    /** Whether the store's log moved the stream past what the projection applied. */
    private volatile boolean behind;

    /** Null until the stream's first record, which opens the space. */
    private @Nullable SpaceProfile profile;
    private final Map<PersonId, MemberState> members = new TreeMap<>();
    private final List<PersonId> people = new ArrayList<>();
    private final Map<Long, Published<?>> content = new HashMap<>();
    private final Map<ContentKind, List<Published<?>>> byKind = new EnumMap<>(ContentKind.class);
    private final Map<Long, List<Published<?>>> postsByTopic = new HashMap<>();
    private final Map<Long, List<Published<?>>> repliesByPost = new HashMap<>();
    private final Map<Long, PollState> polls = new HashMap<>();
    private final Map<Long, ActivityState> activities = new HashMap<>();
    private final SpaceColumns columns = new SpaceColumns();

    SpaceProjection(SpaceService service, SpaceId id) {
        this.service = service;
        this.id = id;
        this.stream = new ProjectedStream<>(service.ledger(), id.stream(), service.codec(), this::apply);
        for (ContentKind kind : ContentKind.values()) {
            byKind.put(kind, new ArrayList<>());
        }
    }

    /** Applies what the store has past the projection's version. */
    void catchUp() {
        lock.write(() -> stream.catchUp());
    }

    /** Notes that the store's log moved the stream on: the next call reads it first. */
    void behind() {
        behind = true;
    }

    /** Reads what the store has past the projection's version if the stream moved on; not inside this space's own call. */
    private void catchUpIfBehind() {
        if (behind && !lock.heldByCurrentThread()) {
            lock.write(() -> {
                behind = false;
                stream.catchUp();
            });
        }
    }

    boolean opened() {
        return read(() -> profile != null);
    }

    /** Writes the records that open the space, unless it is open already. */
    void open(Supplier<List<SpaceEvent>> decide) {
        write(() -> {
            if (profile != null) {
                throw conflict("space.exists", id);
            }
            return decide.get();
        });
    }

    // ---------------------------------------------------------------- membership

    @Override
    public Member join(PersonId person) {
        return write(() -> {
            required(person, "person");
            service.requirePerson(person);
            MemberState m = members.get(person);
            if (m != null && m.current) {
                throw conflict("space.member.exists", person, id);
            }
            return List.of(new MemberJoined(person, isClassCounsellor(person)));
        }, stored -> toMember(person, state(person)));
    }

    private boolean isClassCounsellor(PersonId person) {
        return SpaceId.CLASS.equals(id.kind())
                && service.directory().counsellorOf(ClassId.of(id.key())).filter(person::equals).isPresent();
    }

    @Override
    public void leave(PersonId person) {
        write(() -> {
            MemberState m = requireMember(person, "person");
            if (m.admin) {
                long admins = members.values().stream().filter(s -> s.current && s.admin).count();
                long current = members.values().stream().filter(s -> s.current).count();
                if (admins == 1 && current > 1) {
                    throw conflict("space.admin.last", person, id);
                }
            }
            return List.of(new MemberLeft(person));
        });
    }

    @Override
    public Member verifyRealName(PersonId member) {
        return write(() -> {
            MemberState m = requireMember(member, "member");
            if (m.verifiedAt != null) {
                throw conflict("space.verified", member, id);
            }
            return List.of(new RealNameVerified(member));
        }, stored -> toMember(member, state(member)));
    }

    @Override
    public Member grantAdmin(PersonId admin, PersonId member) {
        return write(() -> {
            requireAdmin(admin, "admin", "space.admin.grant");
            MemberState m = requireMember(member, "member");
            if (m.admin) {
                throw conflict("space.admin.held", member, id);
            }
            return List.of(new AdminGranted(member, admin));
        }, stored -> toMember(member, state(member)));
    }

    // ---------------------------------------------------------------- content

    @Override
    public ContentId publishNotice(PersonId author, Notice notice) {
        return publish(author, notice, NoticePublished::new, m -> requireAdmin(author, "author", "space.notice.admin"));
    }

    @Override
    public ContentId openTopic(PersonId author, Topic topic) {
        return publish(author, topic, TopicOpened::new, m -> { });
    }

    @Override
    public ContentId post(PersonId author, Post post) {
        return publish(author, post, PostPublished::new,
                m -> post.topic().ifPresent(topic -> requireContent(topic, ContentKind.TOPIC, "topic")));
    }

    @Override
    public ContentId reply(PersonId author, Reply reply) {
        return publish(author, reply, ReplyPublished::new,
                m -> requireContent(reply.inReplyTo(), ContentKind.POST, "inReplyTo"));
    }

    @Override
    public ContentId openPoll(PersonId author, Poll poll) {
        return publish(author, poll, PollOpened::new, m -> {
            int options = poll.options().size();
            if (poll.maxChoices() > options) {
                throw InvalidInputException.of("maxChoices", BUNDLE.text("space.poll.max-choices", poll.maxChoices(), options));
            }
            Instant now = service.now();
            if (!poll.closesAt().isAfter(now)) {
                throw InvalidInputException.of("closesAt", BUNDLE.text("space.poll.closes", service.shown(poll.closesAt()), service.shown(now)));
            }
        });
    }

    @Override
    public ContentId shareResource(PersonId author, SharedResource resource) {
        return publish(author, resource, ResourceShared::new, m -> { });
    }

    @Override
    public ContentId planActivity(PersonId organiser, Activity activity) {
        return publish(organiser, activity, ActivityPlanned::new, m -> {
            if (!activity.endsAt().isAfter(activity.startsAt())) {
                throw InvalidInputException.of("endsAt", BUNDLE.text("space.activity.order",
                        service.shown(activity.startsAt()), service.shown(activity.endsAt())));
            }
            if (activity.mode().needsLocation() && activity.location().isEmpty()) {
                throw InvalidInputException.of("location", BUNDLE.text("space.activity.location", activity.mode().label()));
            }
            if (activity.mode().needsUrl() && activity.url().isEmpty()) {
                throw InvalidInputException.of("url", BUNDLE.text("space.activity.url", activity.mode().label()));
            }
        });
    }

    /** Decides and writes one publication by a current member who passes {@code rule}; the result names it. */
    private <T extends SpaceContent> ContentId publish(PersonId author, T item, BiFunction<PersonId, T, SpaceEvent> event,
                                                       Consumer<MemberState> rule) {
        return write(() -> {
            required(author, "author");
            service.validator().check(item);
            rule.accept(requireMember(author, "author"));
            return List.of(event.apply(author, item));
        }, stored -> new ContentId(id, stored.get(0).sequence()));
    }

    @Override
    public void vote(PersonId voter, ContentId poll, Set<Integer> choices) {
        write(() -> {
            requireMember(voter, "voter");
            PollState state = requirePoll(poll);
            Poll p = state.poll.content();
            if (state.voters.contains(voter)) {
                throw conflict("space.poll.voted", voter, poll);
            }
            if (!service.now().isBefore(p.closesAt())) {
                throw conflict("space.poll.closed", poll, service.shown(p.closesAt()));
            }
            required(choices, "choices");
            if (choices.isEmpty() || choices.size() > p.maxChoices()) {
                throw InvalidInputException.of("choices", BUNDLE.text("space.poll.choices.count", choices.size(), p.maxChoices()));
            }
            for (Integer choice : choices) {
                if (choice == null || choice < 0 || choice >= p.options().size()) {
                    throw InvalidInputException.of("choices", BUNDLE.text("space.poll.choices.range",
                            String.valueOf(choice), p.options().size() - 1));
                }
            }
            return List.of(new VoteCast(voter, poll, List.copyOf(new TreeSet<>(choices))));
        });
    }

    @Override
    public SignIn signIn(PersonId member, ContentId activity, SignInChannel channel) {
        return write(() -> {
            requireMember(member, "member");
            ActivityState state = requireActivity(activity);
            Activity a = state.activity.content();
            required(channel, "channel");
            if (state.signedIn.containsKey(member)) {
                throw conflict("space.signin.twice", member, activity);
            }
            if (!a.mode().allows(channel)) {
                throw conflict("space.signin.channel", activity, a.mode().label(), channel.label());
            }
            Instant now = service.now();
            if (now.isBefore(a.signInOpensAt())) {
                throw conflict("space.signin.early", activity, service.shown(a.signInOpensAt()));
            }
            if (!now.isBefore(a.signInClosesAt())) {
                throw conflict("space.signin.late", activity, service.shown(a.signInClosesAt()));
            }
            return List.of(new SignedIn(member, activity, channel));
        }, stored -> activity(activity.sequence()).signedIn.get(member));
    }

    // ---------------------------------------------------------------- the projection

    private void apply(StoredRecord stored, SpaceEvent event) {
        Instant at = stored.recordedAt();
        if (event instanceof SpaceOpened e) {
            profile = new SpaceProfile(e.space(), e.title(), at);
        } else if (event instanceof MemberJoined e) {
            MemberState m = members.computeIfAbsent(e.member(), person -> intern(person, at));
            m.current = true;
            m.admin = e.admin();
            m.joinedAt = at;
            columns.joined(m.index, at.toEpochMilli());
        } else if (event instanceof MemberLeft e) {
            MemberState m = state(e.member());
            m.current = false;
            m.admin = false;
            columns.left(m.index, at.toEpochMilli());
        } else if (event instanceof RealNameVerified e) {
            MemberState m = state(e.member());
            m.verifiedAt = at;
            columns.verified(m.index, at.toEpochMilli());
        } else if (event instanceof AdminGranted e) {
            state(e.member()).admin = true;
        } else if (event instanceof Publication e) {
            applyPublication(new Published<>(new ContentId(id, stored.sequence()), e.author(), at, e.content()));
        } else if (event instanceof VoteCast e) {
            PollState poll = poll(e.poll().sequence());
            poll.voters.add(e.voter());
            e.choices().forEach(choice -> poll.counts[choice]++);
            act(e.voter(), at, Action.VOTE);
        } else if (event instanceof SignedIn e) {
            ActivityState activity = activity(e.activity().sequence());
            activity.signedIn.put(e.member(), new SignIn(e.activity(), e.member(), e.channel(), at));
            columns.signedIn(activity.index);
            act(e.member(), at, Action.SIGN_IN);
        } else {
            throw new IllegalStateException("unhandled space record " + event);
        }
    }

    private void applyPublication(Published<?> published) {
        long sequence = published.id().sequence();
        content.put(sequence, published);
        ofKind(published.kind()).add(published);
        SpaceContent item = published.content();
        if (item instanceof Post post) {
            post.topic().ifPresent(topic -> postsByTopic.computeIfAbsent(topic.sequence(), s -> new ArrayList<>()).add(published));
        } else if (item instanceof Reply reply) {
            repliesByPost.computeIfAbsent(reply.inReplyTo().sequence(), s -> new ArrayList<>()).add(published);
        } else if (item instanceof Poll) {
            polls.put(sequence, new PollState(typed(published)));
        } else if (item instanceof Activity activity) {
            int index = columns.addActivity(activity.signInOpensAt().toEpochMilli(), activity.signInClosesAt().toEpochMilli(),
                    service.epochDay(activity.startsAt()));
            activities.put(sequence, new ActivityState(typed(published), index));
        }
        act(published.author(), published.publishedAt(), Action.valueOf(published.kind().name()));
    }

    private MemberState intern(PersonId person, Instant joinedAt) {
        people.add(person);
        return new MemberState(columns.addMember(), joinedAt);
    }

    private void act(PersonId member, Instant at, Action action) {
        columns.act(state(member).index, service.epochDay(at), action);
    }

    // ---------------------------------------------------------------- reads

    @Override
    public SpaceId id() {
        return id;
    }

    @Override
    public SpaceProfile profile() {
        return read(() -> Objects.requireNonNull(profile, "a space handed out is open"));
    }

    @Override
    public long version() {
        return read(stream::version);
    }

    /** Whether {@code person} is a current member, and then whether an administrator; for the access policy. */
    Optional<Boolean> standing(PersonId person) {
        return read(() -> Optional.ofNullable(members.get(person)).filter(m -> m.current).map(m -> m.admin));
    }

    @Override
    public List<Member> members() {
        service.checkRead(id);
        return read(() -> members.entrySet().stream().filter(e -> e.getValue().current)
                .map(e -> toMember(e.getKey(), e.getValue())).toList());
    }

    @Override
    public Optional<Member> member(PersonId person) {
        return read(() -> Optional.ofNullable(members.get(person)).filter(m -> m.current).map(m -> toMember(person, m)));
    }

    /** The member as handed out, with their roles looked up in the directory (whose lock never waits for a space). */
    private Member toMember(PersonId person, MemberState m) {
        Set<Role> roles = service.directory().person(person).map(Person::roles).orElse(Set.of());
        return new Member(person, roles, m.admin, m.joinedAt, Optional.ofNullable(m.verifiedAt));
    }

    @Override
    public List<Published<Notice>> notices() {
        return listed(ContentKind.NOTICE);
    }

    @Override
    public List<Published<Topic>> topics() {
        return listed(ContentKind.TOPIC);
    }

    @Override
    public List<Published<Post>> posts() {
        return listed(ContentKind.POST);
    }

    @Override
    public List<Published<Post>> posts(ContentId topic) {
        service.checkRead(id);
        return read(() -> {
            requireContent(topic, ContentKind.TOPIC, "topic");
            return typedList(postsByTopic.getOrDefault(topic.sequence(), List.of()));
        });
    }

    @Override
    public List<Published<Reply>> replies(ContentId post) {
        service.checkRead(id);
        return read(() -> {
            requireContent(post, ContentKind.POST, "inReplyTo");
            return typedList(repliesByPost.getOrDefault(post.sequence(), List.of()));
        });
    }

    @Override
    public List<PollTally> polls() {
        service.checkRead(id);
        Instant now = service.now();
        return read(() -> ofKind(ContentKind.POLL).stream().map(p -> poll(p.id().sequence()).tally(now)).toList());
    }

    @Override
    public PollTally poll(ContentId poll) {
        service.checkRead(id);
        Instant now = service.now();
        return read(() -> requirePoll(poll).tally(now));
    }

    @Override
    public List<Published<SharedResource>> resources() {
        return listed(ContentKind.RESOURCE);
    }

    @Override
    public List<Published<Activity>> activities() {
        return listed(ContentKind.ACTIVITY);
    }

    @Override
    public List<SignIn> signIns(ContentId activity) {
        service.checkRead(id);
        return read(() -> List.copyOf(requireActivity(activity).signedIn.values()));
    }

    @Override
    public SpaceMetrics metrics(LocalDate from, LocalDate to) {
        required(from, "from");
        required(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", BUNDLE.text("space.metrics.range", from.toString(), to.toString()));
        }
        return read(() -> columns.metrics(id, from, to, service.zone(), people));
    }

    private <T extends SpaceContent> List<Published<T>> listed(ContentKind kind) {
        service.checkRead(id);
        return read(() -> typedList(ofKind(kind)));
    }

    private <T> T read(Supplier<T> query) {
        return service.atHead(() -> {
            catchUpIfBehind();
            return lock.read(query);
        });
    }

    private void write(Supplier<List<SpaceEvent>> decide) {
        write(decide, stored -> null);
    }

    /** Decides, writes and applies under the space's write lock, then reads {@code result} of what was written. */
    private <R> R write(Supplier<List<SpaceEvent>> decide, Function<List<StoredRecord>, R> result) {
        return service.atHead(() -> lock.write(() -> {
            if (behind) {
                behind = false;
                stream.catchUp();
            }
            return result.apply(stream.write(decide));
        }));
    }

    // ---------------------------------------------------------------- checks

    private static void required(Object value, String field) {
        Checks.required(value, field, IdRules.label(field));
    }

    private MemberState requireMember(PersonId person, String field) {
        required(person, field);
        MemberState m = members.get(person);
        if (m == null || !m.current) {
            throw conflict("space.not-member", person, id);
        }
        return m;
    }

    private void requireAdmin(PersonId person, String field, String refusal) {
        if (!requireMember(person, field).admin) {
            throw conflict(refusal, person, id);
        }
    }

    private Published<?> requireContent(ContentId contentId, ContentKind kind, String field) {
        required(contentId, field);
        Published<?> found = contentId.space().equals(id) ? content.get(contentId.sequence()) : null;
        if (found == null || found.kind() != kind) {
            throw notFound("space.content.unknown", contentId, kind.label(), id);
        }
        return found;
    }

    private PollState requirePoll(ContentId poll) {
        requireContent(poll, ContentKind.POLL, "poll");
        return poll(poll.sequence());
    }

    private ActivityState requireActivity(ContentId activity) {
        requireContent(activity, ContentKind.ACTIVITY, "activity");
        return activity(activity.sequence());
    }

    /** The state of {@code person}, who joined the space at least once. */
    private MemberState state(PersonId person) {
        return Objects.requireNonNull(members.get(person), "not a member of the space");
    }

    /** The state of the poll at {@code sequence}, which the space holds. */
    private PollState poll(long sequence) {
        return Objects.requireNonNull(polls.get(sequence), "no poll at this sequence");
    }

    /** The state of the activity at {@code sequence}, which the space holds. */
    private ActivityState activity(long sequence) {
        return Objects.requireNonNull(activities.get(sequence), "no activity at this sequence");
    }

    /** What the space published of {@code kind} (every kind has its list from the start). */
    private List<Published<?>> ofKind(ContentKind kind) {
        return Objects.requireNonNull(byKind.get(kind), "every kind has its list");
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpaceContent> Published<T> typed(Published<?> published) {
        return (Published<T>) published;
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpaceContent> List<Published<T>> typedList(List<Published<?>> published) {
        return List.copyOf((List<Published<T>>) (List<?>) published);
    }

    // ---------------------------------------------------------------- state

    /** A person who joined the space at least once; {@code index} is theirs in {@link SpaceColumns}. */
    private static final class MemberState {
        final int index;
        boolean current;
        boolean admin;
        Instant joinedAt;
        @Nullable Instant verifiedAt;

        MemberState(int index, Instant joinedAt) {
            this.index = index;
            this.joinedAt = joinedAt;
        }
    }

    private static final class PollState {
        final Published<Poll> poll;
        final int[] counts;
        final Set<PersonId> voters = new HashSet<>();

        PollState(Published<Poll> poll) {
            this.poll = poll;
            this.counts = new int[poll.content().options().size()];
        }

        PollTally tally(Instant now) {
            List<Integer> list = new ArrayList<>(counts.length);
            for (int count : counts) {
                list.add(count);
            }
            return new PollTally(poll, list, voters.size(), !now.isBefore(poll.content().closesAt()));
        }
    }

    private static final class ActivityState {
        final Published<Activity> activity;
        final int index;
        final Map<PersonId, SignIn> signedIn = new LinkedHashMap<>();

        ActivityState(Published<Activity> activity, int index) {
            this.activity = activity;
            this.index = index;
        }
    }
}

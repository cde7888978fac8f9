package edu.yiban.core.space;

import edu.yiban.core.directory.Role;
import edu.yiban.core.id.PersonId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitrary values of every public value type of the spaces, for properties. {@code edu.yiban.core.CoreArbitraries}
 * (which covers {@link SpaceId} and {@link ContentId}) can take them all with {@code all.putAll(SpaceArbitraries.all())}.
 */
public final class SpaceArbitraries {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private SpaceArbitraries() {
    }

    /** Every generator, by the type it makes. */
    public static Map<Class<?>, Arbitrary<?>> all() {
        Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
        all.put(ContentKind.class, Arbitraries.of(ContentKind.class));
        all.put(ActivityMode.class, Arbitraries.of(ActivityMode.class));
        all.put(SignInChannel.class, Arbitraries.of(SignInChannel.class));
        all.put(SignInWindow.class, signInWindows());
        all.put(Notice.class, notices());
        all.put(Topic.class, Combinators.combine(text(1, 20), text(1, 60)).as(Topic::new));
        all.put(Post.class, Combinators.combine(contentIds().optional(), text(1, 60)).as(Post::new));
        all.put(Reply.class, Combinators.combine(contentIds(), text(1, 60)).as(Reply::new));
        all.put(Poll.class, polls());
        all.put(SharedResource.class, resources());
        all.put(Activity.class, activities());
        all.put(Published.class, Combinators.combine(contentIds(), personIds(), instants(), content()).as(Published::new));
        all.put(PollTally.class, tallies());
        all.put(SignIn.class, Combinators.combine(contentIds(), personIds(), Arbitraries.of(SignInChannel.class), instants()).as(SignIn::new));
        all.put(Member.class, Combinators.combine(personIds(), Arbitraries.of(Role.class).set().ofMaxSize(3)
                .map(s -> s.isEmpty() ? Set.<Role>of() : (Set<Role>) EnumSet.copyOf(s)), Arbitraries.of(true, false), instants(),
                instants().optional()).as(Member::new));
        all.put(SpaceProfile.class, Combinators.combine(spaceIds(), text(1, 20), instants()).as(SpaceProfile::new));
        all.put(Ratio.class, ratios());
        all.put(WeeklyActive.class, weeklyActive());
        all.put(MemberCounts.class, memberCounts());
        all.put(SpaceMetrics.class, metrics());
        return all;
    }

    static Arbitrary<SpaceContent> content() {
        return Arbitraries.oneOf(notices(), polls(), resources(), activities(),
                Combinators.combine(contentIds(), text(1, 60)).as(Reply::new));
    }

    static Arbitrary<SpaceId> spaceIds() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8), code())
                .as(SpaceId::new);
    }

    static Arbitrary<ContentId> contentIds() {
        return Combinators.combine(spaceIds(), Arbitraries.longs().between(1, 1_000_000_000L)).as(ContentId::new);
    }

    private static Arbitrary<PersonId> personIds() {
        return code().map(PersonId::new);
    }

    private static Arbitrary<String> code() {
        return Arbitraries.strings().withChars(ALNUM).ofMinLength(1).ofMaxLength(12);
    }

    private static Arbitrary<String> text(int min, int max) {
        return Arbitraries.strings().withChars("班级网络空间公告话题帖子回复投票活动签到 abcXYZ019.,'\"\\")
                .ofMinLength(min).ofMaxLength(max).filter(s -> !s.isBlank());
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2000-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2100-01-01T00:00:00Z").toEpochMilli()).map(Instant::ofEpochMilli);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 36_500).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    private static Arbitrary<SignInWindow> signInWindows() {
        Arbitrary<Duration> durations = Arbitraries.longs().between(0, 86_400).map(Duration::ofSeconds);
        return Combinators.combine(durations, durations).as(SignInWindow::new);
    }

    private static Arbitrary<Notice> notices() {
        return Combinators.combine(text(1, 20), text(1, 60)).as(Notice::new);
    }

    private static Arbitrary<Poll> polls() {
        return Combinators.combine(text(1, 30), text(1, 10).list().ofMinSize(2).ofMaxSize(20),
                Arbitraries.integers().between(1, 20), instants()).as(Poll::new);
    }

    private static Arbitrary<SharedResource> resources() {
        return Combinators.combine(text(1, 20).map(s -> s + ".pdf"), Arbitraries.longs().between(0, 1L << 40),
                Arbitraries.of("application/pdf", "image/png", "text/plain", "application/vnd.ms-excel"),
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).optional()).as(SharedResource::new);
    }

    private static Arbitrary<Activity> activities() {
        return Combinators.combine(text(1, 20), Arbitraries.oneOf(Arbitraries.just(""), text(1, 60)), Arbitraries.of(ActivityMode.class), instants(),
                Arbitraries.longs().between(1, 86_400), text(1, 20).optional(),
                code().map(c -> "https://www.yiban.cn/" + c).optional(), signInWindows())
                .as((title, body, mode, start, seconds, place, url, window) ->
                        new Activity(title, body, mode, start, start.plusSeconds(seconds), place, url, window));
    }

    private static Arbitrary<PollTally> tallies() {
        return Combinators.combine(contentIds(), personIds(), instants(), polls()).as(Published::new)
                .flatMap(poll -> Combinators.combine(
                        Arbitraries.integers().between(0, 500).list().ofSize(poll.content().options().size()),
                        Arbitraries.integers().between(0, 500), Arbitraries.of(true, false))
                        .as((counts, voters, closed) -> new PollTally(poll, counts, voters, closed)));
    }

    private static Arbitrary<Ratio> ratios() {
        return Arbitraries.oneOf(Arbitraries.just(Ratio.NONE),
                Arbitraries.longs().between(1, 1_000_000).flatMap(d -> Arbitraries.longs().between(0, 2 * d).map(n -> new Ratio(n, d))));
    }

    private static Arbitrary<WeeklyActive> weeklyActive() {
        return Combinators.combine(dates().map(d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
                Arbitraries.integers().between(0, 300)).as(WeeklyActive::new);
    }

    private static Arbitrary<MemberCounts> memberCounts() {
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(personIds(), count, count, count, count).as(MemberCounts::new);
    }

    private static Arbitrary<SpaceMetrics> metrics() {
        return Combinators.combine(spaceIds(), dates(), Arbitraries.integers().between(0, 120), weeklyActive().list().ofMaxSize(5),
                        memberCounts().list().ofMaxSize(5), Arbitraries.integers().between(0, 50), ratios(),
                        Arbitraries.integers().between(0, 60))
                .as((space, from, days, weeks, members, activities, rate, registered) ->
                        new SpaceMetrics(space, from, from.plusDays(days), weeks, members, activities, rate, registered, registered / 2));
    }
}

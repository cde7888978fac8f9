package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.EDU2201;
import static edu.yiban.core.space.Campus.OTHER_COUNSELLOR;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static edu.yiban.core.space.Campus.S3;
import static edu.yiban.core.space.Campus.S4;
import static edu.yiban.core.space.Campus.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import edu.yiban.core.error.YibanException;
import edu.yiban.core.id.PersonId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever members do in a space, in whatever order and at whatever times (refused steps included, which
 * write nothing), a projection rebuilt from the store gives the same activity figures and the same
 * answers to every query, and the space's chain verifies.
 */
class SpaceRebuildProperties {
    private static final PersonId[] PEOPLE = {COUNSELLOR, TEACHER, OTHER_COUNSELLOR, S1, S2, S3, S4};

    enum Kind { JOIN, LEAVE, VERIFY, GRANT, NOTICE, TOPIC, POST, REPLY, POLL, VOTE, RESOURCE, ACTIVITY, SIGN_IN }

    /** One step: after {@code minutes}, {@code actor} does {@code kind}; {@code target} and {@code choice} pick what it acts on. */
    record Step(int minutes, int actor, Kind kind, int target, int choice) {
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(
                Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 20)),
                        Tuple.of(2, Arbitraries.integers().between(21, 3 * 24 * 60))),
                Arbitraries.integers().between(0, PEOPLE.length - 1),
                Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 7)).as(Step::new);
    }

    @Property(tries = 100)
    void theFiguresAndQueriesOfARebuiltSpaceAreTheSame(@ForAll @Size(min = 20, max = 100) List<@From("steps") Step> steps,
                                                       @ForAll @IntRange(min = 0, max = 60) int firstDay,
                                                       @ForAll @IntRange(min = 0, max = 60) int days) {
        Campus campus = new Campus("2022-09-01T08:00");
        Space space = campus.classSpaceWithStudents();
        space.join(TEACHER);
        Session session = new Session(campus, space);
        steps.forEach(session::play);

        Space rebuilt = campus.reopened().ofClass(EDU2201);

        LocalDate from = LocalDate.of(2022, 9, 1).plusDays(firstDay);
        List<LocalDate[]> ranges = List.of(new LocalDate[] {from, from.plusDays(days)},
                new LocalDate[] {LocalDate.of(2022, 8, 1), LocalDate.of(2023, 8, 31)});
        for (LocalDate[] range : ranges) {
            SpaceMetrics live = space.metrics(range[0], range[1]);
            assertThat(rebuilt.metrics(range[0], range[1])).isEqualTo(live);
            assertThat(live.signInRate().numerator()).isLessThanOrEqualTo(live.signInRate().denominator());
            assertThat(live.verified()).isLessThanOrEqualTo(live.registered());
            assertThat(live.weeks()).allSatisfy(w -> assertThat(w.activeMembers()).isLessThanOrEqualTo(live.members().size()));
        }
        assertThat(rebuilt.version()).isEqualTo(space.version());
        assertThat(rebuilt.members()).isEqualTo(space.members());
        assertThat(rebuilt.notices()).isEqualTo(space.notices());
        assertThat(rebuilt.topics()).isEqualTo(space.topics());
        assertThat(rebuilt.posts()).isEqualTo(space.posts());
        assertThat(rebuilt.polls()).isEqualTo(space.polls());
        assertThat(rebuilt.resources()).isEqualTo(space.resources());
        assertThat(rebuilt.activities()).isEqualTo(space.activities());
        for (ContentId post : session.posts) {
            assertThat(rebuilt.replies(post)).isEqualTo(space.replies(post));
        }
        for (ContentId activity : session.activities) {
            assertThat(rebuilt.signIns(activity)).isEqualTo(space.signIns(activity));
        }
        assertThat(campus.ledger.verify(space.id().stream()).ok()).isTrue();
    }

    /** Plays steps against a space, keeping what was published so later steps can name it. */
    private static final class Session {
        final Campus campus;
        final Space space;
        final List<ContentId> topics = new ArrayList<>();
        final List<ContentId> posts = new ArrayList<>();
        final List<ContentId> polls = new ArrayList<>();
        final List<ContentId> activities = new ArrayList<>();

        Session(Campus campus, Space space) {
            this.campus = campus;
            this.space = space;
        }

        void play(Step step) {
            campus.clock.advance(Duration.ofMinutes(step.minutes()));
            PersonId actor = PEOPLE[step.actor()];
            PersonId other = PEOPLE[step.target() % PEOPLE.length];
            Instant now = campus.clock.instant();
            long before = space.version();
            try {
                switch (step.kind()) {
                    case JOIN -> space.join(actor);
                    case LEAVE -> space.leave(actor);
                    case VERIFY -> space.verifyRealName(actor);
                    case GRANT -> space.grantAdmin(actor, other);
                    case NOTICE -> space.publishNotice(actor, new Notice("通知 " + step.target(), "内容"));
                    case TOPIC -> topics.add(space.openTopic(actor, new Topic("话题 " + step.target(), "说明")));
                    case POST -> posts.add(space.post(actor, step.choice() % 2 == 0 || topics.isEmpty()
                            ? Post.of("帖子") : Post.under(pick(topics, step.target()), "话题下的帖子")));
                    case REPLY -> space.reply(actor, new Reply(pick(posts, step.target()), "回复"));
                    case POLL -> polls.add(space.openPoll(actor, new Poll("投票", List.of("甲", "乙", "丙"), 1 + step.choice() % 3,
                            now.plus(Duration.ofMinutes(1 + step.target() * 30L)))));
                    case VOTE -> space.vote(actor, pick(polls, step.target()), step.choice() < 6 ? Set.of(step.choice() % 3)
                            : new TreeSet<>(List.of(step.choice() % 3, step.target() % 3)));
                    case RESOURCE -> space.shareResource(actor, SharedResource.of("资料" + step.target() + ".pdf", step.target() * 1024L, "application/pdf"));
                    case ACTIVITY -> activities.add(space.planActivity(actor, Activity.builder().title("活动")
                            .mode(ActivityMode.values()[step.choice() % 3])
                            .startsAt(now.plus(Duration.ofMinutes(step.target() % 8 * 30L - 60)))
                            .endsAt(now.plus(Duration.ofMinutes(step.target() % 8 * 30L + 30)))
                            .location("11 号楼 201").url("https://www.yiban.cn/live/1").build()));
                    case SIGN_IN -> space.signIn(actor, pick(activities, step.target()), SignInChannel.values()[step.target() % 2]);
                }
            } catch (YibanException refused) {
                assertThat(space.version()).isEqualTo(before);
            }
        }

        /**
         * One of {@code published}, one of the latest three more often than not (so that polls are open and
         * sign-in windows too); with none, a name nothing has (the step is then refused as not found).
         */
        private ContentId pick(List<ContentId> published, int index) {
            if (published.isEmpty()) {
                return new ContentId(space.id(), 999_999);
            }
            int latest = Math.min(3, published.size());
            return index % 4 == 0 ? published.get(index % published.size()) : published.get(published.size() - 1 - index % latest);
        }
    }
}

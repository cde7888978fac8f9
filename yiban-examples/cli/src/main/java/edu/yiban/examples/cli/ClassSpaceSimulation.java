package edu.yiban.examples.cli;

import edu.yiban.core.access.Access;
import edu.yiban.core.access.Actor;
import edu.yiban.core.archive.SourceSystem;
import edu.yiban.core.directory.CadrePost;
import edu.yiban.core.id.PersonId;
import edu.yiban.core.id.StudentNo;
import edu.yiban.core.space.Activity;
import edu.yiban.core.space.ActivityMode;
import edu.yiban.core.space.ContentId;
import edu.yiban.core.space.Notice;
import edu.yiban.core.space.Poll;
import edu.yiban.core.space.Post;
import edu.yiban.core.space.Reply;
import edu.yiban.core.space.SharedResource;
import edu.yiban.core.space.SignInChannel;
import edu.yiban.core.space.Space;
import edu.yiban.core.space.Spaces;
import edu.yiban.core.space.Topic;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A term of YiBan use in every class network space (班级网络空间, seed §3.6), week by week on the
 * simulation clock: students join and verify their real names, the counsellor publishes notices and
 * opens a topic and polls, members post, reply and vote, and four activities — online, on site, and two
 * held online and on site at once (线上线下同步) — take sign-ins. Each college's {@link
 * SyntheticCampus.Engagement} sets the chances; each class draws from its own dice. Everyone acts as
 * themself ({@link Actor#of}): the counsellor opens the space and moderates it, each member joins, posts,
 * votes and signs in; the YiBan platform ({@link SourceSystem#YIBAN}) verifies real names.
 */
final class ClassSpaceSimulation {
    /** Teaching weeks of the autumn term. */
    static final int WEEKS = 19;
    private static final List<Integer> NOTICE_WEEKS = List.of(1, 5, 9, 13, 17);
    private static final List<Integer> POLL_WEEKS = List.of(2, 9);
    private static final List<Integer> ACTIVITY_WEEKS = List.of(3, 7, 11, 16);
    private static final List<ActivityMode> ACTIVITY_MODES = List.of(ActivityMode.ONLINE, ActivityMode.OFFLINE,
            ActivityMode.BLENDED, ActivityMode.BLENDED);
    private static final List<Integer> RESOURCE_WEEKS = List.of(5, 15);
    private static final String URL = "https://www.yiban.cn/";

    /** What happened in the spaces over the term. */
    static final class Tally {
        long joined;
        long verified;
        long notices;
        long posts;
        long replies;
        long polls;
        long votes;
        long activities;
        long signIns;
        long resources;
    }

    private final Spaces spaces;
    private final Access access;
    private final SimulationClock clock;
    private final Dice root;
    private final Tally tally = new Tally();

    ClassSpaceSimulation(Spaces spaces, Access access, SimulationClock clock, CampusSpec spec) {
        this.spaces = spaces;
        this.access = access;
        this.clock = clock;
        this.root = new Dice(spec.seed()).derive("spaces");
    }

    Tally tally() {
        return tally;
    }

    /** A member of a class space as the simulation sees them. */
    private static final class Member {
        final PersonId person;
        final int joinWeek;
        final boolean verifies;
        final double activity;

        Member(PersonId person, int joinWeek, boolean verifies, double activity) {
            this.person = person;
            this.joinWeek = joinWeek;
            this.verifies = verifies;
            this.activity = activity;
        }
    }

    /** Runs the term in the space of {@code plan}'s class. */
    void run(SyntheticCampus.ClassPlan plan, SyntheticCampus.Engagement e, java.util.Map<CadrePost, StudentNo> cadres) {
        Dice dice = root.derive(plan.id().value());
        clock.set(monday(1), LocalTime.of(8, 0));
        PersonId counsellor = plan.counsellor();
        Space space = as(counsellor, () -> spaces.openForClass(plan.id()));
        verify(space, counsellor);
        tally.verified++;
        ContentId topic = as(counsellor, () -> space.openTopic(counsellor, new Topic("学习交流", "本学期学习资料与经验在这里分享。")));

        List<Member> everyone = new ArrayList<>();
        for (StudentNo student : plan.students()) {
            int joinWeek = 0;
            if (dice.chance(e.join())) {
                joinWeek = dice.chance(0.7) ? 1 : dice.chance(0.6) ? 2 : dice.between(3, 6);
            }
            double propensity = Math.max(0.15, Math.min(1.6, dice.gaussian(1.0, 0.35)));
            everyone.add(new Member(PersonId.of(student.value()), joinWeek, dice.chance(e.verify()), e.active() * propensity));
        }
        StudentNo study = cadres.get(CadrePost.STUDY);
        PersonId sharer = study == null ? counsellor : PersonId.of(study.value());

        List<Member> members = new ArrayList<>();
        members.add(new Member(counsellor, 1, true, 0.3));
        List<ContentId> posts = new ArrayList<>();
        for (int week = 1; week <= WEEKS; week++) {
            clock.set(monday(week), LocalTime.of(8, 0));
            for (Member m : everyone) {
                if (m.joinWeek == week) {
                    as(m.person, () -> space.join(m.person));
                    tally.joined++;
                    members.add(m);
                    if (m.verifies) {
                        verify(space, m.person);
                        tally.verified++;
                    }
                }
            }
            clock.set(monday(week), LocalTime.of(9, 0));
            int notice = NOTICE_WEEKS.indexOf(week);
            if (notice >= 0) {
                List<String> text = CampusData.NOTICES.get(notice);
                as(counsellor, () -> space.publishNotice(counsellor, new Notice(text.get(0), text.get(1))));
                tally.notices++;
            }
            ContentId poll = null;
            int options = 0;
            int pollNo = POLL_WEEKS.indexOf(week);
            if (pollNo >= 0) {
                List<String> question = CampusData.POLLS.get(pollNo);
                options = question.size() - 1;
                clock.set(monday(week), LocalTime.of(10, 0));
                Poll asked = new Poll(question.get(0), question.subList(1, question.size()), 1,
                        at(monday(week).with(DayOfWeek.SUNDAY), LocalTime.of(22, 0)));
                poll = as(counsellor, () -> space.openPoll(counsellor, asked));
                tally.polls++;
            }
            int activityNo = ACTIVITY_WEEKS.indexOf(week);
            if (activityNo >= 0) {
                signIns(space, dice, e, members, activityNo, week, counsellor);
            }
            if (RESOURCE_WEEKS.contains(week) && members.stream().anyMatch(m -> m.person.equals(sharer))) {
                clock.set(monday(week).plusDays(1), LocalTime.of(12, 0));
                SharedResource resource = SharedResource.of("第" + week + "周学习资料.pdf", 200_000L + dice.nextInt(2_000_000),
                        "application/pdf");
                as(sharer, () -> space.shareResource(sharer, resource));
                tally.resources++;
            }
            LocalDate thursday = monday(week).plusDays(3);
            int minutes = 0;
            Set<PersonId> voted = new HashSet<>();
            for (Member m : members) {
                if (!dice.chance(Math.min(0.97, m.activity))) {
                    continue;
                }
                clock.set(thursday.atTime(8, 0).plusMinutes(minutes));
                minutes += 3;
                if (poll != null && !voted.contains(m.person) && dice.chance(0.8)) {
                    ContentId open = poll;
                    Set<Integer> choice = Set.of(dice.nextInt(options));
                    as(m.person, () -> {
                        space.vote(m.person, open, choice);
                        return open;
                    });
                    voted.add(m.person);
                    tally.votes++;
                } else if (!posts.isEmpty() && dice.chance(0.5)) {
                    ContentId to = posts.get(Math.max(0, posts.size() - 1 - dice.nextInt(Math.min(10, posts.size()))));
                    Reply reply = new Reply(to, dice.pick(CampusData.REPLIES));
                    as(m.person, () -> space.reply(m.person, reply));
                    tally.replies++;
                } else {
                    String body = dice.pick(CampusData.POSTS);
                    Post post = dice.chance(0.3) ? Post.under(topic, body) : Post.of(body);
                    posts.add(as(m.person, () -> space.post(m.person, post)));
                    tally.posts++;
                }
            }
        }
    }

    private void signIns(Space space, Dice dice, SyntheticCampus.Engagement e, List<Member> members, int activityNo, int week,
                         PersonId counsellor) {
        ActivityMode mode = ACTIVITY_MODES.get(activityNo);
        List<String> what = CampusData.ACTIVITIES.get(activityNo);
        LocalDate wednesday = monday(week).plusDays(2);
        clock.set(monday(week), LocalTime.of(10, 30));
        Activity.Builder activity = Activity.builder().title(what.get(0)).body(what.get(0)).mode(mode)
                .startsAt(at(wednesday, LocalTime.of(19, 0))).endsAt(at(wednesday, LocalTime.of(20, 30)));
        if (mode.needsLocation()) {
            activity.location(what.get(1));
        }
        if (mode.needsUrl()) {
            activity.url(URL);
        }
        Activity planned = activity.build();
        ContentId id = as(counsellor, () -> space.planActivity(counsellor, planned));
        tally.activities++;
        int seconds = 0;
        for (Member m : members) {
            if (dice.chance(e.signIn())) {
                clock.set(wednesday.atTime(18, 40).plusSeconds(seconds));
                seconds += 7;
                SignInChannel channel = switch (mode) {
                    case ONLINE -> SignInChannel.ONLINE;
                    case OFFLINE -> SignInChannel.OFFLINE;
                    case BLENDED -> dice.chance(0.5) ? SignInChannel.ONLINE : SignInChannel.OFFLINE;
                };
                as(m.person, () -> space.signIn(m.person, id, channel));
                tally.signIns++;
            }
        }
    }

    /** {@code command}'s answer, done by {@code person} in person. */
    private <T> T as(PersonId person, Supplier<T> command) {
        return access.actingAs(Actor.of(person), command);
    }

    /** {@code member}'s real name verified by the YiBan platform, which checks it against the school's records. */
    private void verify(Space space, PersonId member) {
        access.actingAs(Actor.system(SourceSystem.YIBAN), () -> space.verifyRealName(member));
    }

    static LocalDate monday(int week) {
        return SyntheticCampus.TERM_START.plusWeeks(week - 1L);
    }

    private static java.time.Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(SimulationClock.ZONE).toInstant();
    }
}

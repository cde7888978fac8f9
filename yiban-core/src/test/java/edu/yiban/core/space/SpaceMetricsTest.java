package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.EDU2201;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static edu.yiban.core.space.Campus.S3;
import static edu.yiban.core.space.Campus.S4;
import static edu.yiban.core.space.Campus.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.yiban.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worked example of a class space's activity figures over the two ISO weeks 2022-W41 (Mon 10 to Sun 16
 * October) and 2022-W42 (Mon 17 to Sun 23 October), with every time in Hainan's zone (UTC+8).
 */
class SpaceMetricsTest {
    private static final LocalDate MON_10 = LocalDate.of(2022, 10, 10);
    private static final LocalDate SUN_23 = LocalDate.of(2022, 10, 23);

    private final Campus campus = new Campus("2022-10-01T09:00");
    private Space space;
    private ContentId a1;

    @BeforeEach
    void aFortnightInClassEdu2201() {
        space = campus.classSpaceWithStudents();                        // T001 (admin), S1..S4 members from 1 Oct
        at("2022-10-05T10:00", () -> space.verifyRealName(S1));
        at("2022-10-09T22:00", () -> space.post(S4, Post.of("周日晚上，明天见")));   // Sunday before the range
        at("2022-10-10T07:30", () -> space.post(S2, Post.of("早上好")));         // 09 Oct 23:30 UTC, but Monday here
        at("2022-10-10T08:00", () -> space.publishNotice(COUNSELLOR, new Notice("本周安排", "周三晚主题班会")));
        ContentId p1 = at("2022-10-10T09:00", () -> space.post(S1, Post.of("班会需要准备什么？")));
        ContentId poll = at("2022-10-10T10:00", () -> space.openPoll(S3,
                new Poll("班服颜色", List.of("蓝", "白"), 1, campus.clock.at("2022-10-14T18:00"))));
        at("2022-10-11T12:00", () -> space.reply(S2, new Reply(p1, "带上笔记本")));
        on("2022-10-11T12:30", () -> space.vote(S1, poll, Set.of(0)));
        on("2022-10-11T12:31", () -> space.vote(S3, poll, Set.of(1)));
        a1 = at("2022-10-11T13:00", () -> space.planActivity(COUNSELLOR, activity(ActivityMode.OFFLINE, "2022-10-12T19:00", "2022-10-12T20:30")));
        ContentId a2 = at("2022-10-11T13:01", () -> space.planActivity(COUNSELLOR, activity(ActivityMode.ONLINE, "2022-10-21T19:00", "2022-10-21T20:00")));
        at("2022-10-11T13:02", () -> space.planActivity(COUNSELLOR, activity(ActivityMode.ONLINE, "2022-10-25T19:00", "2022-10-25T20:00")));
        at("2022-10-12T09:00", () -> space.post(S1, Post.of("我来准备投影")));
        at("2022-10-12T18:40", () -> space.signIn(S1, a1, SignInChannel.OFFLINE));
        at("2022-10-12T18:41", () -> space.signIn(S2, a1, SignInChannel.OFFLINE));
        at("2022-10-12T18:42", () -> space.signIn(S3, a1, SignInChannel.OFFLINE));
        at("2022-10-13T10:00", () -> space.reply(S3, new Reply(p1, "还要带学生证")));
        at("2022-10-15T10:00", () -> space.verifyRealName(S3));
        at("2022-10-17T09:00", () -> space.join(TEACHER));
        ContentId p3 = at("2022-10-18T10:00", () -> space.post(S4, Post.of("下周要交实践报告")));
        at("2022-10-19T10:00", () -> space.verifyRealName(S4));
        on("2022-10-20T10:00", () -> space.leave(S4));
        at("2022-10-21T18:50", () -> space.signIn(S1, a2, SignInChannel.ONLINE));
        at("2022-10-21T18:51", () -> space.signIn(TEACHER, a2, SignInChannel.ONLINE));
        at("2022-10-21T18:52", () -> space.signIn(COUNSELLOR, a2, SignInChannel.ONLINE));
        at("2022-10-23T23:30", () -> space.reply(S2, new Reply(p3, "收到")));
        at("2022-10-24T00:10", () -> space.post(S3, Post.of("新的一周")));        // 23 Oct 16:10 UTC, but Monday here
        at("2022-10-24T09:00", () -> space.verifyRealName(TEACHER));
    }

    @Test
    void theFiguresOfTheFortnight() {
        SpaceMetrics m = space.metrics(MON_10, SUN_23);

        // W41: S1 (posts, vote, sign-in), S2 (post at 07:30 Monday, reply, sign-in), S3 (vote, sign-in, reply) = 3;
        //      T001's notice and activities and S3's opening of the poll are not counted as activity.
        // W42: S4 (post 18th), S1, T002, T001 (sign-ins to A2), S2 (reply at 23:30 Sunday) = 5.
        assertThat(m.weeks()).containsExactly(
                new WeeklyActive(LocalDate.of(2022, 10, 10), 3),
                new WeeklyActive(LocalDate.of(2022, 10, 17), 5));
        assertThat(m.weeks()).extracting(WeeklyActive::isoWeek).containsExactly("2022-W41", "2022-W42");

        // Everyone who was a member at some time in the range (S4 left on the 20th), by identity:
        //              posts  replies  votes  sign-ins
        //   S1         2      0        1      2        (S1's posts on the 10th and 12th)
        //   S2         1      2        0      1        (the 07:30 post counts; its Sunday-23:30 reply too)
        //   S3         0      1        1      1        (the 00:10 post of the 24th is outside)
        //   S4         1      0        0      0        (the Sunday-9th post is outside)
        //   T001, T002 0      0        0      1
        assertThat(m.members()).containsExactly(
                new MemberCounts(S1, 2, 0, 1, 2),
                new MemberCounts(S2, 1, 2, 0, 1),
                new MemberCounts(S3, 0, 1, 1, 1),
                new MemberCounts(S4, 1, 0, 0, 0),
                new MemberCounts(COUNSELLOR, 0, 0, 0, 1),
                new MemberCounts(TEACHER, 0, 0, 0, 1));
        // posts 2+1+0+1 = 4, replies 0+2+1+0 = 3: 7 over 6 members
        assertThat(m.posts()).isEqualTo(4);
        assertThat(m.replies()).isEqualTo(3);
        assertThat(m.postsPerMember()).isEqualTo(new Ratio(7, 6));

        // A1 (12th) and A2 (21st) start in the range; A3 (25th) does not.
        // Sign-ins 3 (A1: S1, S2, S3) + 3 (A2: S1, T002, T001) = 6.
        // Possible: A1's window [12th 18:30, 20:30) had T001, S1..S4 = 5 members (T002 joined on the 17th);
        //           A2's window [21st 18:30, 20:00) had T001, S1, S2, S3, T002 = 5 (S4 left on the 20th).
        // Rate = 6 / (5 + 5) = 6/10; with steady members this is members × activities.
        assertThat(m.activities()).isEqualTo(2);
        assertThat(m.signInRate()).isEqualTo(new Ratio(6, 10));
        assertThat(m.signInRate().scaled(4)).isEqualByComparingTo(new BigDecimal("0.6000"));

        // At the end of the 23rd: T001, S1, S2, S3, T002 are members (5); S1 (5th) and S3 (15th) are
        // verified; S4 was verified but left; T002 is verified only on the 24th.
        assertThat(m.registered()).isEqualTo(5);
        assertThat(m.verified()).isEqualTo(2);
        assertThat(m.verifiedShare()).isEqualTo(new Ratio(2, 5));
    }

    @Test
    void oneDayCutsItsWeekToThatDay() {
        SpaceMetrics wednesday = space.metrics(LocalDate.of(2022, 10, 12), LocalDate.of(2022, 10, 12));

        // 12th: S1 posts and signs in, S2 and S3 sign in; A1 is the only activity: 3 of its 5 possible.
        assertThat(wednesday.weeks()).containsExactly(new WeeklyActive(MON_10, 3));
        assertThat(wednesday.signInRate()).isEqualTo(new Ratio(3, 5));
        assertThat(wednesday.members()).extracting(MemberCounts::member).containsExactly(S1, S2, S3, S4, COUNSELLOR);
        assertThat(wednesday.registered()).isEqualTo(5);
        assertThat(wednesday.verified()).isEqualTo(1);
    }

    @Test
    void aRangeWithoutActivitiesHasNoSignInRate() {
        SpaceMetrics before = space.metrics(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 30));

        assertThat(before.signInRate()).isEqualTo(Ratio.NONE);
        assertThat(before.signInRate().defined()).isFalse();
        assertThat(before.members()).isEmpty();
        assertThat(before.weeks()).hasSize(5).allSatisfy(w -> assertThat(w.activeMembers()).isZero());
        assertThat(before.registered()).isZero();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> space.metrics(SUN_23, MON_10)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations().get(0).path()).isEqualTo("to");
            assertThat(e.violations().get(0).zh()).isEqualTo("统计区间的结束日期（2022-10-10）早于开始日期（2022-10-23）");
            assertThat(e.violations().get(0).en()).isEqualTo("the range ends (2022-10-10) before it starts (2022-10-23)");
        });
    }

    @Test
    void theFiguresAreTheSameFromARebuiltProjectionAndTheChainHolds() {
        Space rebuilt = campus.reopened().ofClass(EDU2201);

        assertThat(rebuilt.metrics(MON_10, SUN_23)).isEqualTo(space.metrics(MON_10, SUN_23));
        assertThat(rebuilt.signIns(a1)).isEqualTo(space.signIns(a1));
        assertThat(rebuilt.polls()).isEqualTo(space.polls());
        assertThat(campus.ledger.verify(space.id().stream()).ok()).isTrue();
        assertThat(campus.ledger.verifyAll().ok()).isTrue();
    }

    private Activity activity(ActivityMode mode, String start, String end) {
        return Activity.builder().title("主题班会").mode(mode).startsAt(campus.clock.at(start)).endsAt(campus.clock.at(end))
                .location("11 号楼 201").url("https://www.yiban.cn/live/2201").build();
    }

    /** Does {@code action} at local time {@code local} and gives its result. */
    private <T> T at(String local, Supplier<T> action) {
        campus.clock.set(local);
        return action.get();
    }

    /** Does {@code action} at local time {@code local}. */
    private void on(String local, Runnable action) {
        campus.clock.set(local);
        action.run();
    }
}

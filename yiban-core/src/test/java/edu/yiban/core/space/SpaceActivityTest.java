package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static edu.yiban.core.space.Campus.S3;
import static edu.yiban.core.space.Campus.S4;
import static edu.yiban.core.space.Campus.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import edu.yiban.core.error.ConflictException;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.error.NotFoundException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SpaceActivityTest {
    private final Campus campus = new Campus("2022-10-10T09:00");
    private final Space space = campus.classSpaceWithStudents();

    /** A class meeting on Wednesday 12 October 2022, 19:00 to 20:30 Hainan time. */
    private Activity.Builder meeting(ActivityMode mode) {
        Activity.Builder b = Activity.builder().title("主题班会：网络素养").mode(mode)
                .startsAt(campus.clock.at("2022-10-12T19:00")).endsAt(campus.clock.at("2022-10-12T20:30"));
        return switch (mode) {
            case ONLINE -> b.url("https://www.yiban.cn/live/2201");
            case OFFLINE -> b.location("11 号楼 201");
            case BLENDED -> b.url("https://www.yiban.cn/live/2201").location("11 号楼 201");
        };
    }

    @Test
    void aBlendedActivityTakesSignInsThroughBothChannels() {
        ContentId activity = space.planActivity(COUNSELLOR, meeting(ActivityMode.BLENDED).build());
        campus.clock.set("2022-10-12T18:45");

        SignIn onSite = space.signIn(S1, activity, SignInChannel.OFFLINE);
        campus.clock.set("2022-10-12T19:05");
        space.signIn(S2, activity, SignInChannel.ONLINE);

        assertThat(onSite).isEqualTo(new SignIn(activity, S1, SignInChannel.OFFLINE, campus.clock.at("2022-10-12T18:45")));
        assertThat(space.signIns(activity)).extracting(SignIn::member, SignIn::channel)
                .containsExactly(tuple(S1, SignInChannel.OFFLINE),
                        tuple(S2, SignInChannel.ONLINE));
        assertThat(space.activities()).extracting(Published::id).containsExactly(activity);
    }

    @Test
    void aMemberSignsInOnce() {
        ContentId activity = space.planActivity(COUNSELLOR, meeting(ActivityMode.BLENDED).build());
        campus.clock.set("2022-10-12T19:00");
        space.signIn(S1, activity, SignInChannel.OFFLINE);

        campus.assertRefused(space, () -> space.signIn(S1, activity, SignInChannel.ONLINE), ConflictException.class,
                "2022010101 已在活动 " + activity + " 签到", "2022010101 has already signed in to activity " + activity);
    }

    @Test
    void anOnSiteActivityRefusesOnlineSignIn() {
        assertChannelRefused(ActivityMode.OFFLINE, SignInChannel.ONLINE, "线下形式，不能线上签到", "held on site: signing in online");
    }

    @Test
    void anOnlineActivityRefusesOnSiteSignIn() {
        assertChannelRefused(ActivityMode.ONLINE, SignInChannel.OFFLINE, "线上形式，不能线下签到", "held online: signing in on site");
    }

    private void assertChannelRefused(ActivityMode mode, SignInChannel channel, String zh, String en) {
        ContentId activity = space.planActivity(COUNSELLOR, meeting(mode).build());
        campus.clock.set("2022-10-12T19:00");

        campus.assertRefused(space, () -> space.signIn(S1, activity, channel), ConflictException.class,
                "活动 " + activity + " 为" + zh, "activity " + activity + " is " + en + " is not possible");
    }

    @Test
    void signInOpensThirtyMinutesBeforeTheStartByDefault() {
        ContentId activity = space.planActivity(COUNSELLOR, meeting(ActivityMode.OFFLINE).build());
        campus.clock.set("2022-10-12T18:29:59.999");

        campus.assertRefused(space, () -> space.signIn(S1, activity, SignInChannel.OFFLINE), ConflictException.class,
                "活动 " + activity + " 的签到于 2022-10-12 18:30:00 开始",
                "sign-in to activity " + activity + " opens at 2022-10-12 18:30:00");

        campus.clock.set("2022-10-12T18:30");
        assertThat(space.signIn(S1, activity, SignInChannel.OFFLINE).signedInAt()).isEqualTo(campus.clock.instant());
    }

    @Test
    void signInClosesAtTheEndByDefault() {
        ContentId activity = space.planActivity(COUNSELLOR, meeting(ActivityMode.OFFLINE).build());
        campus.clock.set("2022-10-12T20:29:59.999");
        space.signIn(S1, activity, SignInChannel.OFFLINE);
        campus.clock.set("2022-10-12T20:30");

        campus.assertRefused(space, () -> space.signIn(S2, activity, SignInChannel.OFFLINE), ConflictException.class,
                "活动 " + activity + " 的签到已于 2022-10-12 20:30:00 结束",
                "sign-in to activity " + activity + " closed at 2022-10-12 20:30:00");
    }

    @Test
    void anActivityMayOverrideTheSignInWindow() {
        SignInWindow tight = new SignInWindow(Duration.ofMinutes(10), Duration.ofMinutes(15));
        ContentId activity = space.planActivity(COUNSELLOR, meeting(ActivityMode.OFFLINE).signInWindow(tight).build());

        campus.clock.set("2022-10-12T18:45");
        assertThatThrownBy(() -> space.signIn(S1, activity, SignInChannel.OFFLINE)).isInstanceOf(ConflictException.class);
        campus.clock.set("2022-10-12T18:50");
        space.signIn(S1, activity, SignInChannel.OFFLINE);
        campus.clock.set("2022-10-12T20:44:59");
        space.signIn(S2, activity, SignInChannel.OFFLINE);
        campus.clock.set("2022-10-12T20:45");
        assertThatThrownBy(() -> space.signIn(S3, activity, SignInChannel.OFFLINE)).isInstanceOf(ConflictException.class);

        assertThat(space.signIns(activity)).extracting(SignIn::member).containsExactly(S1, S2);
        assertThat(space.activities().get(0).content().signInWindow()).isEqualTo(tight);
    }

    @Test
    void theDefaultWindowRunsFromHalfAnHourBeforeTheStartToTheEnd() {
        assertThat(SignInWindow.DEFAULT).isEqualTo(new SignInWindow(Duration.ofMinutes(30), Duration.ZERO));
        assertThat(meeting(ActivityMode.ONLINE).build().signInOpensAt()).isEqualTo(campus.clock.at("2022-10-12T18:30"));
        assertThat(meeting(ActivityMode.ONLINE).build().signInClosesAt()).isEqualTo(campus.clock.at("2022-10-12T20:30"));
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThatThrownBy(() -> new SignInWindow(Duration.ofMinutes(-5), Duration.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("opensBefore");
                    assertThat(e.violations().get(0).zh()).isEqualTo("签到提前开放时长不能为负数（PT-5M）");
                    assertThat(e.violations().get(0).en()).isEqualTo("sign-in opening before the start must not be negative, not PT-5M");
                });
    }

    @Test
    void onlyMembersSignIn() {
        ContentId activity = space.planActivity(COUNSELLOR, meeting(ActivityMode.OFFLINE).build());
        campus.clock.set("2022-10-12T19:00");

        campus.assertRefused(space, () -> space.signIn(TEACHER, activity, SignInChannel.OFFLINE), ConflictException.class,
                "T002 不是空间 class:EDU2201 的成员", "T002 is not a member of space class:EDU2201");
    }

    @Test
    void signInNeedsAnActivityOfTheSpace() {
        ContentId notice = space.publishNotice(COUNSELLOR, new Notice("通知", "周三开班会"));

        campus.assertRefused(space, () -> space.signIn(S4, notice, SignInChannel.OFFLINE), NotFoundException.class,
                "空间 class:EDU2201 中没有活动 " + notice, "there is no activity " + notice + " in space class:EDU2201");
    }

    @Test
    void anActivityNeedsWhatItsModeRequiresAndMustEndAfterItStarts() {
        Activity noUrl = meeting(ActivityMode.OFFLINE).mode(ActivityMode.BLENDED).build();
        campus.assertRefused(space, () -> space.planActivity(S1, noUrl), InvalidInputException.class,
                "线上线下同步活动需要填写网址", "an activity held online and on site in step needs a URL");
        Activity noPlace = meeting(ActivityMode.ONLINE).mode(ActivityMode.OFFLINE).build();
        campus.assertRefused(space, () -> space.planActivity(S1, noPlace), InvalidInputException.class,
                "线下活动需要填写地点", "an activity held on site needs a place");
        Activity backwards = meeting(ActivityMode.ONLINE).endsAt(campus.clock.at("2022-10-12T18:00")).build();
        campus.assertRefused(space, () -> space.planActivity(S1, backwards), InvalidInputException.class,
                "活动应在开始之后结束：开始于 2022-10-12 19:00:00，结束于 2022-10-12 18:00:00",
                "the activity must end after it starts: it starts at 2022-10-12 19:00:00 and ends at 2022-10-12 18:00:00");
        Activity badUrl = meeting(ActivityMode.ONLINE).url("ftp://files").build();
        assertThatThrownBy(() -> space.planActivity(S1, badUrl)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("url"));
        assertThat(space.activities()).isEmpty();
    }
}

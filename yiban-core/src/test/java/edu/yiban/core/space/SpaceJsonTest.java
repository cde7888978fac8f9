package edu.yiban.core.space;

import static edu.yiban.core.space.Campus.COUNSELLOR;
import static edu.yiban.core.space.Campus.S1;
import static edu.yiban.core.space.Campus.S2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.yiban.core.error.InvalidInputException;
import edu.yiban.core.json.YibanJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every public value of the spaces reads back from its canonical JSON as an equal value, writing the same bytes. */
class SpaceJsonTest {
    private final ObjectMapper json = YibanJson.newMapper();
    private final Campus campus = new Campus("2022-10-10T09:00");
    private final Space space = campus.classSpaceWithStudents();

    @Test
    void contentRoundTrips() throws IOException {
        ContentId topic = space.openTopic(S1, new Topic("期末复习", "分享资料"));
        ContentId post = space.post(S2, Post.under(topic, "错题整理"));
        space.post(S2, Post.of("独立的帖子"));
        space.reply(S1, new Reply(post, "谢谢"));
        space.publishNotice(COUNSELLOR, new Notice("班会", "周三晚七点"));
        space.shareResource(S1, SharedResource.of("复习.pdf", 2048, "application/pdf")
                .withSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        space.shareResource(S1, SharedResource.of("空文件.txt", 0, "text/plain"));
        space.planActivity(COUNSELLOR, Activity.builder().title("班会").body("网络素养").mode(ActivityMode.BLENDED)
                .startsAt(campus.clock.at("2022-10-12T19:00")).endsAt(campus.clock.at("2022-10-12T20:30"))
                .location("11 号楼 201").url("https://www.yiban.cn/live/2201")
                .signInWindow(new SignInWindow(Duration.ofMinutes(10), Duration.ofMinutes(15))).build());

        roundTrips(space.topics(), new TypeReference<List<Published<Topic>>>() { });
        roundTrips(space.posts(), new TypeReference<List<Published<Post>>>() { });
        roundTrips(space.replies(post), new TypeReference<List<Published<Reply>>>() { });
        roundTrips(space.notices(), new TypeReference<List<Published<Notice>>>() { });
        roundTrips(space.resources(), new TypeReference<List<Published<SharedResource>>>() { });
        roundTrips(space.activities(), new TypeReference<List<Published<Activity>>>() { });
        assertThat(space.posts()).hasSize(2);
        assertThat(space.resources()).hasSize(2);
    }

    @Test
    void pollsSignInsMembersAndProfilesRoundTrip() throws IOException {
        ContentId poll = space.openPoll(S1, new Poll("班服颜色", List.of("蓝", "白"), 1, campus.clock.at("2022-10-14T18:00")));
        space.vote(S2, poll, Set.of(1));
        ContentId activity = space.planActivity(COUNSELLOR, Activity.builder().title("线上分享").mode(ActivityMode.ONLINE)
                .startsAt(campus.clock.at("2022-10-10T09:10")).endsAt(campus.clock.at("2022-10-10T10:00"))
                .url("https://www.yiban.cn/live/1").build());
        space.signIn(S2, activity, SignInChannel.ONLINE);
        space.verifyRealName(S2);

        roundTrips(space.polls(), new TypeReference<List<PollTally>>() { });
        roundTrips(space.signIns(activity), new TypeReference<List<SignIn>>() { });
        roundTrips(space.members(), new TypeReference<List<Member>>() { });
        roundTrips(space.profile(), new TypeReference<SpaceProfile>() { });
        roundTrips(campus.spaces.spaces(), new TypeReference<List<SpaceProfile>>() { });
        roundTrips(space.metrics(LocalDate.of(2022, 10, 10), LocalDate.of(2022, 10, 16)), new TypeReference<SpaceMetrics>() { });
        roundTrips(SignInWindow.DEFAULT, new TypeReference<SignInWindow>() { });
        roundTrips(List.of(ContentKind.values()), new TypeReference<List<ContentKind>>() { });
        roundTrips(List.of(ActivityMode.values()), new TypeReference<List<ActivityMode>>() { });
        roundTrips(List.of(SignInChannel.values()), new TypeReference<List<SignInChannel>>() { });
    }

    @Test
    void theJsonIsCanonicalAndCarriesOnlyTheComponents() throws IOException {
        assertThat(text(new Ratio(6, 10))).isEqualTo("{\"denominator\":10,\"numerator\":6}");
        assertThat(text(SignInWindow.DEFAULT)).isEqualTo("{\"closesAfter\":\"PT0S\",\"opensBefore\":\"PT30M\"}");
        assertThat(text(new WeeklyActive(LocalDate.of(2022, 10, 10), 3))).isEqualTo("{\"activeMembers\":3,\"weekOf\":\"2022-10-10\"}");
        ContentId notice = space.publishNotice(COUNSELLOR, new Notice("班会", "周三"));
        assertThat(text(space.notices().get(0))).isEqualTo("{\"author\":\"T001\",\"content\":{\"kind\":\"notice\",\"body\":\"周三\",\"title\":\"班会\"},"
                + "\"id\":\"" + notice + "\",\"publishedAt\":\"2022-10-10T01:00:00Z\"}");
    }

    @Test
    void contentOfAnyKindReadsBackAsWhatItWas() throws IOException {
        SpaceContent notice = new Notice("班会", "周三");

        byte[] bytes = YibanJson.write(json, notice);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"kind\":\"notice\",");
        assertThat(YibanJson.read(json, bytes, SpaceContent.class)).isEqualTo(notice);
        assertThat(YibanJson.read(json, YibanJson.write(json, space.profile()), SpaceProfile.class)).isEqualTo(space.profile());
    }

    @Test
    void aContentIdFromJsonIsCheckedAndNamesItsPath() {
        byte[] bad = "{\"kind\":\"reply\",\"body\":\"谢谢\",\"inReplyTo\":\"class:EDU2201#0\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> YibanJson.read(json, bad, Reply.class)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).path()).isEqualTo("inReplyTo"));
    }

    private <T> void roundTrips(T value, TypeReference<T> type) throws IOException {
        byte[] bytes = YibanJson.write(json, value);
        T back = json.readValue(bytes, type);
        assertThat(back).isEqualTo(value);
        assertThat(YibanJson.write(json, back)).isEqualTo(bytes);
    }

    private String text(Object value) {
        return new String(YibanJson.write(json, value), StandardCharsets.UTF_8);
    }
}
